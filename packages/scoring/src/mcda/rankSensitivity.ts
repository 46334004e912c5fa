import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { checkMatrix } from "./checkMatrix.js";
import { checkTypes } from "./checkTypes.js";
import { checkWeights } from "./checkWeights.js";
import { competitionRanks } from "./competitionRanks.js";
import type { CriterionType, Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";
import { mulberry32 } from "./mulberry32.js";
import { parseOptions } from "./parseOptions.js";
import { quantile } from "./quantile.js";
import { sampleDirichlet } from "./sampleDirichlet.js";
import { type TopsisNormalization, topsisCore } from "./topsisCore.js";

/** Normalisations the sensitivity analysis can draw from: TOPSIS's three, or min–max / z-score for a weighted sum. */
export type SensitivityNormalization = TopsisNormalization | "zscore";

/** Options of {@link rankSensitivity}. */
export const RankSensitivityOptions = z
  .object({
    /** Nominal weights, one per criterion (renormalised to sum 1). */
    weights: z.unknown(),
    /** One type per criterion: `1` benefit, `-1` cost. */
    types: z.unknown(),
    /** Scoring model: TOPSIS closeness, or a weighted sum of normalised indicators (composite index). @default "topsis" */
    model: z.enum(["topsis", "weighted-sum"]).default("topsis"),
    /**
     * Normalisations drawn uniformly per run; the first one also gives the base ranking. TOPSIS: `vector`, `minmax`,
     * `none`; weighted sum: `minmax`, `zscore`. @default ["vector"] for TOPSIS, ["minmax"] for the weighted sum
     */
    normalizations: z
      .array(z.enum(["vector", "minmax", "none", "zscore"]))
      .min(1)
      .optional(),
    /**
     * Weight perturbation per run: `uniform` multiplies each weight by `1 + U(−spread, spread)` then renormalises;
     * `dirichlet` draws from Dirichlet(concentration · w) (mean w); `none` varies only the normalisation.
     * @default { distribution: "uniform", spread: 0.2 }
     */
    perturbation: z
      .discriminatedUnion("distribution", [
        z.object({ distribution: z.literal("uniform"), spread: z.number().min(0).max(1) }).strict(),
        z.object({ distribution: z.literal("dirichlet"), concentration: z.number().positive() }).strict(),
        z.object({ distribution: z.literal("none") }).strict(),
      ])
      .default({ distribution: "uniform", spread: 0.2 }),
    /** Monte Carlo runs. @default 1000 */
    runs: z.number().int().min(1).max(1_000_000).default(1000),
    /** Seed of the {@link mulberry32} generator: the same seed gives the same result. @default 1 */
    seed: z.number().int().default(1),
  })
  .strict();
/** Options of {@link rankSensitivity}. */
export type RankSensitivityOptions = z.input<typeof RankSensitivityOptions> & {
  readonly weights: ArrayLike<number>;
  readonly types: ReadonlyArray<CriterionType>;
};

/** How stable one alternative's rank is under the perturbations. */
export interface RankInterval {
  /** Rank with the nominal weights and the first normalisation. */
  readonly baseRank: number;
  readonly medianRank: number;
  /** 5th percentile of the simulated ranks (the better end). */
  readonly p5: number;
  /** 95th percentile of the simulated ranks (the worse end). */
  readonly p95: number;
}

/** Monte Carlo sensitivity of a ranking, with the settings that reproduce it. */
export interface RankSensitivity {
  /** One interval per alternative (row). */
  readonly alternatives: ReadonlyArray<RankInterval>;
  /** Scores with the nominal weights and the first normalisation. */
  readonly baseScores: ReadonlyArray<number>;
  /** Mean over alternatives of |median rank − base rank|. */
  readonly meanAbsoluteShift: number;
  /** How many runs used each normalisation. */
  readonly normalizationRuns: Readonly<Partial<Record<SensitivityNormalization, number>>>;
  readonly weights: ReadonlyArray<number>;
  readonly model: "topsis" | "weighted-sum";
  readonly perturbation: z.output<typeof RankSensitivityOptions>["perturbation"];
  readonly runs: number;
  readonly seed: number;
  readonly percentiles: "R type 7 (linear interpolation)";
}

const SUBJECT = "rankSensitivity matrix";

/**
 * Monte Carlo uncertainty analysis of a ranking (OECD/JRC Handbook 2008, §7; Saisana, Saltelli & Tarantola 2005):
 * each run perturbs the weights (uniform ±spread or Dirichlet) and draws a normalisation, scores the alternatives
 * (TOPSIS or a weighted sum), and ranks them (competition ranks, 1 = best). Reports per alternative the base rank, the
 * median rank and the 5th–95th percentile rank interval (linear interpolation, R type 7). Seeded and reproducible.
 *
 * @example
 * ```ts
 * import { rankSensitivity } from "@jiaolianti/scoring";
 * const r = rankSensitivity(
 *   [
 *     [0.9, 120, 3],
 *     [0.8, 150, 1],
 *     [0.7, 90, 2],
 *   ],
 *   { weights: [0.5, 0.3, 0.2], types: [1, 1, -1], normalizations: ["vector", "minmax"], runs: 500, seed: 7 },
 * );
 * if (r.ok) console.log(r.value.alternatives); // [{ baseRank: 1, medianRank: 1, p5: 1, p95: 2 }, …]
 * ```
 */
export const rankSensitivity = (
  matrix: Matrix,
  options: RankSensitivityOptions,
): Result<RankSensitivity, McdaError> => {
  const parsed = parseOptions(RankSensitivityOptions, options, "rankSensitivity options");
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  const normalizations: SensitivityNormalization[] = o.normalizations ?? [o.model === "topsis" ? "vector" : "minmax"];
  const allowed = o.model === "topsis" ? ["vector", "minmax", "none"] : ["minmax", "zscore"];
  for (let k = 0; k < normalizations.length; k++)
    if (!allowed.includes(normalizations[k] as string))
      return fail(
        "rankSensitivity options",
        "invalid-option",
        ["normalizations", k],
        `"${normalizations[k]}" is not available for model "${o.model}" (use ${allowed.join(", ")})`,
        `模型 "${o.model}" 不支持归一化方法 "${normalizations[k]}"`,
      );
  const checked = checkMatrix(matrix, SUBJECT);
  if (!checked.ok) return checked;
  const { rows, cols, columns } = checked.value;
  const w0 = checkWeights(o.weights, cols, "rankSensitivity options");
  if (!w0.ok) return w0;
  const types = checkTypes(o.types, cols, "rankSensitivity options");
  if (!types.ok) return types;

  const score = scorer(o.model, columns, rows, types.value);
  const base = score(w0.value, normalizations[0] as SensitivityNormalization);
  const baseRanks = competitionRanks(base);

  const rand = mulberry32(o.seed);
  const runs = o.runs;
  const ranks = new Float64Array(rows * runs); // ranks[i * runs + r]
  const w = new Float64Array(cols);
  const p = o.perturbation;
  const kappa = p.distribution === "dirichlet" ? p.concentration : 1;
  const alpha = w0.value.map((x) => x * kappa);
  const normalizationRuns: Partial<Record<SensitivityNormalization, number>> = {};
  for (let r = 0; r < runs; r++) {
    perturb(p, w0.value, alpha, rand, w);
    const norm = normalizations[Math.floor(rand() * normalizations.length)] as SensitivityNormalization;
    normalizationRuns[norm] = (normalizationRuns[norm] ?? 0) + 1;
    const rk = competitionRanks(score(w, norm));
    for (let i = 0; i < rows; i++) ranks[i * runs + r] = rk[i] as number;
  }
  const alternatives: RankInterval[] = [];
  let shift = 0;
  for (let i = 0; i < rows; i++) {
    const sample = ranks.subarray(i * runs, (i + 1) * runs).sort();
    const medianRank = quantile(sample, 0.5);
    const baseRank = baseRanks[i] as number;
    alternatives.push({ baseRank, medianRank, p5: quantile(sample, 0.05), p95: quantile(sample, 0.95) });
    shift += Math.abs(medianRank - baseRank);
  }
  return {
    ok: true,
    value: {
      alternatives,
      baseScores: Array.from(base),
      meanAbsoluteShift: shift / rows,
      normalizationRuns,
      weights: Array.from(w0.value),
      model: o.model,
      perturbation: o.perturbation,
      runs,
      seed: o.seed,
      percentiles: "R type 7 (linear interpolation)",
    },
  };
};

type Perturbation = z.output<typeof RankSensitivityOptions>["perturbation"];

const perturb = (
  p: Perturbation,
  w0: Float64Array,
  alpha: Float64Array,
  rand: () => number,
  out: Float64Array,
): void => {
  if (p.distribution === "dirichlet") {
    sampleDirichlet(alpha, rand, out);
    return;
  }
  let sum = 0;
  for (let j = 0; j < w0.length; j++) {
    const f = p.distribution === "uniform" ? 1 + p.spread * (2 * rand() - 1) : 1;
    const v = (w0[j] as number) * f;
    out[j] = v;
    sum += v;
  }
  if (!(sum > 0))
    out.set(w0); // spread = 1 can zero every weight at once; keep the nominal weights then
  else for (let j = 0; j < w0.length; j++) out[j] = (out[j] as number) / sum;
};

/** Scores of every alternative for given weights and normalisation (internal; normalised columns are cached). */
const scorer = (
  model: "topsis" | "weighted-sum",
  columns: ReadonlyArray<Float64Array>,
  rows: number,
  types: Int8Array,
): ((w: ArrayLike<number>, norm: SensitivityNormalization) => Float64Array) => {
  if (model === "topsis") return (w, norm) => topsisCore(columns, rows, w, types, norm as TopsisNormalization).scores;
  const cache = new Map<SensitivityNormalization, Float64Array[]>();
  const normalised = (norm: SensitivityNormalization): Float64Array[] => {
    const hit = cache.get(norm);
    if (hit) return hit;
    const out = columns.map((col, j) => normaliseColumn(col, norm, types[j] === -1));
    cache.set(norm, out);
    return out;
  };
  return (w, norm) => {
    const cols = normalised(norm);
    const s = new Float64Array(rows);
    for (let j = 0; j < cols.length; j++) {
      const c = cols[j] as Float64Array;
      const wj = w[j] as number;
      for (let i = 0; i < rows; i++) s[i] = (s[i] as number) + wj * (c[i] as number);
    }
    return s;
  };
};

/** Min–max to [0, 1] or z-score (sample sd) with cost reversed; a constant column becomes 0 (internal). */
const normaliseColumn = (col: Float64Array, norm: SensitivityNormalization, cost: boolean): Float64Array => {
  const n = col.length;
  const out = new Float64Array(n);
  if (norm === "zscore") {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += col[i] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((col[i] as number) - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    if (sd > 0) for (let i = 0; i < n; i++) out[i] = (cost ? -1 : 1) * (((col[i] as number) - mean) / sd);
    return out;
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = col[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const span = max - min;
  if (span > 0)
    for (let i = 0; i < n; i++) out[i] = cost ? (max - (col[i] as number)) / span : ((col[i] as number) - min) / span;
  return out;
};
