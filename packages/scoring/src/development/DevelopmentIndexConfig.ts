import { Code, InstrumentVersion } from "@jiaolianti/core";
import { z } from "zod";
import { InstrumentLabel } from "../instruments/Instrument.js";

/**
 * Where an index component's raw value comes from: an instrument's primary score (`instrument-total`), one of its
 * scales (`instrument-scale`), the BMI category turned into points (`bmi-category`: the 2014 standard's BMI item
 * scores by default), or the fitness 标准分 total (`fitness-total`).
 *
 * @example
 * ```ts
 * import { IndexSource } from "@jiaolianti/scoring";
 * IndexSource.parse({ kind: "instrument-scale", instrument: "sdq", scale: "prosocial" });
 * ```
 */
export const IndexSource = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("instrument-total"), instrument: Code }),
  z.strictObject({ kind: z.literal("instrument-scale"), instrument: Code, scale: Code }),
  z.strictObject({
    kind: z.literal("bmi-category"),
    points: z.strictObject({
      underweight: z.number().min(0).max(100),
      normal: z.number().min(0).max(100),
      overweight: z.number().min(0).max(100),
      obese: z.number().min(0).max(100),
    }),
  }),
  z.strictObject({ kind: z.literal("fitness-total") }),
]);
/** Where an index component's raw value comes from. */
export type IndexSource = z.infer<typeof IndexSource>;

/**
 * One component of a domain: its source, goalposts `low`–`high` and direction. The raw value is rescaled to 0–100
 * where 100 is best: `benefit` → `(x − low)/(high − low)`, `cost` → `(high − x)/(high − low)`, truncated to [0, 1]
 * (goalposts normalisation, OECD/JRC Handbook 2008), × 100. `weight` is its weight inside the domain.
 *
 * @example
 * ```ts
 * import { IndexComponent } from "@jiaolianti/scoring";
 * IndexComponent.parse({
 *   id: "gad7", label: { en: "Anxiety (GAD-7)", zh: "焦虑(GAD-7)" },
 *   source: { kind: "instrument-total", instrument: "gad-7" }, low: 0, high: 21, direction: "cost", weight: 1,
 * });
 * ```
 */
export const IndexComponent = z.strictObject({
  id: Code,
  label: InstrumentLabel,
  source: IndexSource,
  low: z.number().min(-1_000_000).max(1_000_000),
  high: z.number().min(-1_000_000).max(1_000_000),
  direction: z.enum(["benefit", "cost"]),
  weight: z.number().min(0).max(1000),
});
/** One component of a domain. */
export type IndexComponent = z.infer<typeof IndexComponent>;

/**
 * One domain of the index (mental health, physical health …): the weighted mean of its present components, `null`
 * when the present components carry less than `minCoverage` of its weight.
 *
 * @example
 * ```ts
 * import { IndexDomain } from "@jiaolianti/scoring";
 * IndexDomain.parse({
 *   id: "family-environment", label: { en: "Family environment", zh: "家庭环境" }, minCoverage: 1,
 *   components: [{ id: "apgar", label: { en: "Family APGAR", zh: "家庭功能" },
 *     source: { kind: "instrument-total", instrument: "family-apgar" }, low: 0, high: 10, direction: "benefit", weight: 1 }],
 * });
 * ```
 */
export const IndexDomain = z.strictObject({
  id: Code,
  label: InstrumentLabel,
  components: z.array(IndexComponent).min(1).max(20),
  minCoverage: z.number().min(0).max(1),
});
/** One domain of the index. */
export type IndexDomain = z.infer<typeof IndexDomain>;

/**
 * How the domains are weighted: `ahp` — priorities of a pairwise comparison matrix in domain order (Saaty's principal
 * eigenvector by default; the judgments must be consistent, CR ≤ 0.10), or `direct` weights in domain order.
 *
 * @example
 * ```ts
 * import { DomainWeights } from "@jiaolianti/scoring";
 * DomainWeights.parse({ kind: "direct", weights: [0.4, 0.2, 0.25, 0.15] });
 * ```
 */
export const DomainWeights = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("ahp"),
    pairwise: z.array(z.array(z.number()).min(1).max(15)).min(1).max(15),
    method: z.enum(["eigenvector", "geometric"]).optional(),
  }),
  z.strictObject({ kind: z.literal("direct"), weights: z.array(z.number().min(0).max(1000)).min(1).max(15) }),
]);
/** How the domains are weighted. */
export type DomainWeights = z.infer<typeof DomainWeights>;

/**
 * A student development index (学生身心发展指数) as versioned data: domains of components, domain weights, and the
 * smallest share of the domain weight that must be present for an index value (`minCoverage`, else `null`).
 *
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008): goalposts normalisation, weighted arithmetic
 * aggregation with weights renormalised over present values and a coverage threshold; Saaty (1980) AHP;
 * REFERENCE.md §2.
 *
 * @example
 * ```ts
 * import { DevelopmentIndexConfig, xuhuiDevelopmentIndex } from "@jiaolianti/scoring";
 * DevelopmentIndexConfig.safeParse(xuhuiDevelopmentIndex).success; // true
 * ```
 */
export const DevelopmentIndexConfig = z.strictObject({
  id: Code,
  version: InstrumentVersion,
  label: InstrumentLabel,
  source: z.string().min(1).max(2000),
  domains: z.array(IndexDomain).min(1).max(15),
  domainWeights: DomainWeights,
  minCoverage: z.number().min(0).max(1),
});
/** A student development index as versioned data. */
export type DevelopmentIndexConfig = z.infer<typeof DevelopmentIndexConfig>;
