import { boundedText, Code, TEXT_MAX } from "@jiaolianti/core";
import { z } from "zod";

/**
 * How an indicator's raw values become scores in [0, 100] (OECD/JRC Handbook 2008, §5), always explicit:
 *
 * - `minmax`: relative to the alternatives evaluated together, `(x − min)/(max − min)` × 100 (cost reversed);
 * - `target`: distance to the indicator's `target`, benefit `(x − min)/(target − min)`, cost
 *   `(max − x)/(max − target)`, capped at 100;
 * - `goalposts`: absolute, `(x − low)/(high − low)` truncated to [0, 1] × 100 (cost reversed) — the only method whose
 *   score does not depend on the other alternatives, so the one to use for standards such as venue admission.
 *
 * z-scores are not offered: they are unbounded, and an evaluation promises scores in [0, 100].
 *
 * @example
 * ```ts
 * import { IndicatorNormalization } from "@jiaolianti/scoring";
 * IndicatorNormalization.parse({ method: "goalposts", low: 1, high: 5 });
 * ```
 */
export const IndicatorNormalization = z.discriminatedUnion("method", [
  z.object({ method: z.literal("minmax") }).strict(),
  z.object({ method: z.literal("target") }).strict(),
  z
    .object({ method: z.literal("goalposts"), low: z.number().finite(), high: z.number().finite() })
    .strict()
    .refine((g) => g.low < g.high, { message: "goalposts need low < high", path: ["high"] }),
]);
/** How an indicator's raw values become scores. */
export type IndicatorNormalization = z.output<typeof IndicatorNormalization>;

/** A short unit label in Chinese and English, e.g. `{ zh: "元/生·时", en: "yuan per student-hour" }`. */
export const IndicatorUnit = z.object({ zh: boundedText(TEXT_MAX.label), en: boundedText(TEXT_MAX.label) }).strict();
/** A unit label. */
export type IndicatorUnit = z.output<typeof IndicatorUnit>;

/**
 * One indicator of an evaluation framework: its id, zh/en names, direction (`benefit`: more is better; `cost`: less
 * is better), unit, optional `target` (needed by the `target` normalisation, shown otherwise), normalisation, the plan
 * target it tracks (`planTargetId`, a target id of `@jiaolianti/core`'s plan) and where it or its numbers come from.
 *
 * @example
 * ```ts
 * import { Indicator } from "@jiaolianti/scoring";
 * Indicator.parse({
 *   id: "competition-participation", nameZh: "区级赛事参赛率", nameEn: "District competition participation",
 *   direction: "benefit", unit: { zh: "%", en: "%" }, target: 30, normalization: { method: "goalposts", low: 0, high: 30 },
 *   planTargetId: "district-competition-participation",
 * });
 * ```
 */
export const Indicator = z
  .object({
    id: Code,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    descriptionZh: boundedText(TEXT_MAX.sentence).optional(),
    descriptionEn: boundedText(TEXT_MAX.sentence).optional(),
    direction: z.enum(["benefit", "cost"]),
    unit: IndicatorUnit,
    target: z.number().finite().optional(),
    normalization: IndicatorNormalization,
    planTargetId: Code.optional(),
    /** Where the indicator, its goalposts or its target come from ("ours" when the district has no published figure). */
    source: boundedText(TEXT_MAX.sentence).optional(),
  })
  .strict()
  .refine((i) => i.normalization.method !== "target" || i.target !== undefined, {
    message: "the target normalisation needs the indicator's target",
    path: ["target"],
  });
/** One indicator of an evaluation framework. */
export type Indicator = z.output<typeof Indicator>;
