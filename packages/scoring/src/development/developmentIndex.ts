import type { Result, ValidationError } from "@jiaolianti/core";
import type { Instrument, InstrumentLabel } from "../instruments/Instrument.js";
import { weightedMean } from "../mcda/weightedMean.js";
import { type CompiledComponent, compileDevelopmentIndex, type DomainWeightsBasis } from "./compileDevelopmentIndex.js";
import type { DevelopmentIndexConfig } from "./DevelopmentIndexConfig.js";
import { goalposts } from "./goalposts.js";
import { type ReadMeasures, readMeasures, type StudentMeasures } from "./StudentMeasures.js";
import { xuhuiDevelopmentIndex } from "./xuhuiDevelopmentIndex.js";

/** One component of a domain for one student: the raw value, its 0–100 rescaling and the weight it got. */
export interface IndexComponentResult {
  readonly id: string;
  readonly label: InstrumentLabel;
  /** Raw value read (`null` = not measured or not usable; see `missingReason`). */
  readonly raw: number | null;
  /** 0–100, 100 = best; `null` when `raw` is. */
  readonly normalised: number | null;
  /** Weight inside the domain after renormalising over the present components; `null` when missing. */
  readonly weightUsed: number | null;
  readonly missingReason: string | null;
}

/** One domain for one student. */
export interface IndexDomainResult {
  readonly id: string;
  readonly label: InstrumentLabel;
  /** 0–100, or `null` when its present components carry less than `minCoverage` of its weight. */
  readonly value: number | null;
  readonly coverage: number;
  readonly minCoverage: number;
  /** The domain's weight in the index (from the AHP matrix or direct weights). */
  readonly weight: number;
  /** Its weight after renormalising over the present domains; `null` when the domain is `null`. */
  readonly weightUsed: number | null;
  readonly components: ReadonlyArray<IndexComponentResult>;
}

/** A student's development index, explained. */
export interface DevelopmentIndexResult {
  /** 0–100 (100 = best), or `null` when the present domains carry less than `minCoverage` of the weight. */
  readonly value: number | null;
  readonly coverage: number;
  readonly minCoverage: number;
  readonly domains: ReadonlyArray<IndexDomainResult>;
  readonly weights: DomainWeightsBasis;
  readonly config: { readonly id: string; readonly version: string };
  readonly summary: ReadonlyArray<string>;
}

/** Options of {@link developmentIndex}. */
export interface DevelopmentIndexOptions {
  /** The instruments components may name, by id. @default instrumentCatalog */
  readonly instruments?: Readonly<Record<string, Instrument>>;
}

/** Reads a component's raw value from a student's measures (internal; the columnar engine mirrors it). */
const componentRaw = (c: CompiledComponent, m: ReadMeasures): { raw: number | null; reason: string | null } => {
  const s = c.source;
  if (s.kind === "bmi") {
    if (m.bmi === null) return { raw: null, reason: m.bmiGiven ? "BMI not usable" : "BMI not measured" };
    return { raw: s.points[m.bmi.category] ?? null, reason: null };
  }
  if (s.kind === "fitness") {
    if (m.fitnessTotal === null)
      return { raw: null, reason: m.fitnessGiven ? "fitness total not usable" : "fitness not tested" };
    return { raw: m.fitnessTotal, reason: null };
  }
  const score = m.byInstrument.get(s.instrument);
  if (!score) return { raw: null, reason: `${s.instrument} not administered` };
  const value = s.scale === null ? score.total : (score.subscales[s.scale]?.value ?? null);
  return value === null
    ? { raw: null, reason: `${s.instrument} score not usable (too many items missing)` }
    : { raw: value, reason: null };
};

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * A student's development index (学生身心发展指数), 0–100 with 100 = best: every component is rescaled between its
 * goalposts, each domain is the weighted mean of its present components (weights renormalised; `null` below the
 * domain's `minCoverage`), and the index is the weighted mean of the present domains with the configuration's domain
 * weights (from {@link ahp} on the shipped pairwise matrix by default), `null` below `minCoverage`. Every component,
 * domain and weight used is reported. The index describes development, not risk: tiers come from
 * {@link warningTier}.
 *
 * Returns a {@link ValidationError} for malformed measures or an invalid configuration.
 *
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008); Saaty (1980); REFERENCE.md §2;
 * 徐汇区“教联体”行动方案 三(二)2.
 *
 * @example
 * ```ts
 * import { developmentIndex, familyApgar, gad7, phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const phq = scoreInstrument(phq9, [1, 0, 1, 0, 0, 1, 0, 0, 0]);
 * const gad = scoreInstrument(gad7, [1, 1, 0, 0, 1, 0, 0]);
 * const apgar = scoreInstrument(familyApgar, [2, 2, 1, 2, 2]);
 * if (phq.ok && gad.ok && apgar.ok) {
 *   const r = developmentIndex({ scores: [phq.value, gad.value, apgar.value], fitnessTotal: 82 });
 *   if (r.ok) console.log(r.value.value, r.value.domains.map((d) => d.value));
 * }
 * ```
 */
export const developmentIndex = (
  measures: StudentMeasures,
  config: DevelopmentIndexConfig = xuhuiDevelopmentIndex,
  options: DevelopmentIndexOptions = {},
): Result<DevelopmentIndexResult, ValidationError> => {
  const compiled = compileDevelopmentIndex(config, options?.instruments);
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const read = readMeasures(measures, "StudentMeasures");
  if (!read.ok) return read;
  const m = read.value;

  const domainValues: (number | null)[] = [];
  const partial = c.domains.map((d, i) => {
    const spec = c.config.domains[i] as DevelopmentIndexConfig["domains"][number];
    const reads = d.components.map((cc) => {
      const { raw, reason } = componentRaw(cc, m);
      const k = cc.component;
      return {
        cc,
        raw,
        reason,
        normalised: raw === null ? null : goalposts(raw, k.low, k.high, k.direction === "cost"),
      };
    });
    const agg = weightedMean(
      reads.map((r) => r.normalised),
      d.weights,
      { minCoverage: spec.minCoverage },
    );
    // Inputs were validated when the configuration compiled: weightedMean cannot refuse them.
    const a = agg.ok ? agg.value : { value: null, coverage: 0, weightsUsed: reads.map(() => null) };
    domainValues.push(a.value);
    return { spec, reads, a };
  });
  const top = weightedMean(domainValues, c.domainWeights, { minCoverage: c.config.minCoverage });
  const t = top.ok ? top.value : { value: null, coverage: 0, weightsUsed: domainValues.map(() => null) };

  const domains = partial.map(
    ({ spec, reads, a }, i): IndexDomainResult => ({
      id: spec.id,
      label: spec.label,
      value: a.value,
      coverage: a.coverage,
      minCoverage: spec.minCoverage,
      weight: c.domainWeights[i] as number,
      weightUsed: a.value === null ? null : (t.weightsUsed[i] ?? null),
      components: reads.map((r, j) => ({
        id: r.cc.component.id,
        label: r.cc.component.label,
        raw: r.raw,
        normalised: r.normalised,
        weightUsed: a.weightsUsed[j] ?? null,
        missingReason: r.reason,
      })),
    }),
  );
  const summary = [
    `Development index ${t.value === null ? "null (not enough domains measured)" : round(t.value)} — ${c.ref}; coverage ${round(t.coverage * 100)}% (minimum ${c.config.minCoverage * 100}%)`,
    ...domains.map(
      (d) =>
        `${d.id}: ${d.value === null ? `null (coverage ${round(d.coverage * 100)}% < ${d.minCoverage * 100}%)` : round(d.value)}, weight ${round(d.weight * 1000) / 1000}`,
    ),
  ];
  return {
    ok: true,
    value: {
      value: t.value,
      coverage: t.coverage,
      minCoverage: c.config.minCoverage,
      domains,
      weights: c.basis,
      config: { id: c.config.id, version: c.config.version },
      summary,
    },
  };
};
