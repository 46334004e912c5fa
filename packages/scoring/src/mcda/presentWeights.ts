import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";

/** Options of {@link weightedMean} and {@link weightedGeometricMean}. */
export const WeightedAggregateOptions = z
  .object({
    /**
     * Smallest share of the total weight that must be carried by present values; below it the result is `null`.
     * @default 0 (any present value suffices, as COINr's default)
     */
    minCoverage: z.number().min(0).max(1).default(0),
    /** Flags, one per value, for values the caller imputed upstream; reported back in `imputed`. */
    imputed: z.array(z.boolean()).optional(),
  })
  .strict();
/** Options of {@link weightedMean} and {@link weightedGeometricMean}. */
export type WeightedAggregateOptions = z.input<typeof WeightedAggregateOptions>;

/** An aggregate over indicators with missing values, explaining which values and weights it used. */
export interface WeightedAggregate {
  /** The aggregate, or `null` when coverage is below `minCoverage` or nothing is present. */
  readonly value: number | null;
  /** Share of the total weight carried by the present values, in [0, 1]. */
  readonly coverage: number;
  readonly minCoverage: number;
  /** Weights actually applied: renormalised over the present values (sum 1), `null` for missing ones. */
  readonly weightsUsed: ReadonlyArray<number | null>;
  /** Indices of missing (`null`) values, whose weight was redistributed over the present ones. */
  readonly missing: ReadonlyArray<number>;
  /** Indices of present values the caller flagged as imputed. */
  readonly imputed: ReadonlyArray<number>;
  readonly method: "arithmetic" | "geometric";
}

/** Present values with their renormalised weights (internal). */
export interface PresentWeights {
  readonly index: Int32Array;
  readonly x: Float64Array;
  readonly w: Float64Array;
  readonly coverage: number;
  readonly minCoverage: number;
  readonly weightsUsed: (number | null)[];
  readonly missing: number[];
  readonly imputed: number[];
}

/**
 * Validates values (finite or `null`), weights (finite, ≥ 0, same length, not all zero) and options, and renormalises
 * the weights over the present values (internal). With `positive`, present values ≤ 0 are rejected.
 */
export const presentWeights = (
  values: ArrayLike<number | null>,
  weights: ArrayLike<number>,
  options: WeightedAggregateOptions,
  subject: string,
  positive: boolean,
): Result<PresentWeights, McdaError> => {
  const parsed = parseOptions(WeightedAggregateOptions, options, `${subject} options`);
  if (!parsed.ok) return parsed;
  const { minCoverage, imputed } = parsed.value;
  if (values === null || typeof values !== "object" || typeof values.length !== "number")
    return fail(subject, "empty", [], "expected an array of numbers or null", "应为数值(或 null)数组");
  if (weights === null || typeof weights !== "object" || typeof weights.length !== "number")
    return fail(subject, "invalid-weights", ["weights"], "weights must be an array of numbers", "权重应为数值数组");
  const n = values.length;
  if (n === 0) return fail(subject, "empty", [], "no values", "没有数值");
  if (weights.length !== n)
    return fail(
      subject,
      "length-mismatch",
      ["weights"],
      `${weights.length} weights for ${n} values`,
      `权重个数 ${weights.length} 与数值个数 ${n} 不一致`,
    );
  if (imputed && imputed.length !== n)
    return fail(
      subject,
      "length-mismatch",
      ["imputed"],
      `${imputed.length} imputed flags for ${n} values`,
      `imputed 标记个数 ${imputed.length} 与数值个数 ${n} 不一致`,
    );
  let total = 0;
  let covered = 0;
  let present = 0;
  for (let k = 0; k < n; k++) {
    const wk = weights[k];
    if (typeof wk !== "number" || !Number.isFinite(wk))
      return fail(
        subject,
        "not-finite",
        ["weights", k],
        `${String(wk)} is not a finite number`,
        `${String(wk)} 不是有限数值`,
      );
    if (wk < 0) return fail(subject, "invalid-weights", ["weights", k], `weight ${wk} < 0`, `权重 ${wk} 为负数`);
    const x = values[k];
    if (x !== null) {
      if (typeof x !== "number" || !Number.isFinite(x))
        return fail(
          subject,
          "not-finite",
          [k],
          `${String(x)} is not a finite number (write a missing value as null)`,
          `${String(x)} 不是有限数值(缺失值请写作 null)`,
        );
      if (positive && x <= 0)
        return fail(
          subject,
          "non-positive",
          [k],
          `${x} ≤ 0: the geometric mean needs positive values`,
          `${x} ≤ 0:几何平均要求正数`,
        );
      covered += wk;
      present++;
    }
    total += wk;
  }
  if (total <= 0) return fail(subject, "invalid-weights", ["weights"], "all weights are zero", "权重全为零");
  const index = new Int32Array(present);
  const x = new Float64Array(present);
  const w = new Float64Array(present);
  const weightsUsed: (number | null)[] = new Array(n);
  const missing: number[] = [];
  const flagged: number[] = [];
  for (let k = 0, p = 0; k < n; k++) {
    const v = values[k];
    if (v === null || v === undefined) {
      missing.push(k);
      weightsUsed[k] = null;
      continue;
    }
    const wk = covered > 0 ? (weights[k] as number) / covered : 0;
    index[p] = k;
    x[p] = v;
    w[p] = wk;
    weightsUsed[k] = wk;
    if (imputed?.[k]) flagged.push(k);
    p++;
  }
  return {
    ok: true,
    value: { index, x, w, coverage: covered / total, minCoverage, weightsUsed, missing, imputed: flagged },
  };
};
