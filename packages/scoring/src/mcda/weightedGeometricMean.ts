import type { Result } from "@jiaolianti/core";
import type { McdaError } from "./McdaError.js";
import { presentWeights, type WeightedAggregate, type WeightedAggregateOptions } from "./presentWeights.js";

/**
 * Weighted geometric mean `Π x_k^{w_k}` over the present indicators (OECD/JRC Handbook 2008, §6 "geometric
 * aggregation"; COINr `a_gmean`), computed as `exp(Σ w_k ln x_k)` with the weights renormalised over the present
 * values. Values ≤ 0 are rejected (`non-positive`: shift or rescale them first, e.g. min–max to [1, 100]); missing
 * values and `minCoverage` behave as in {@link weightedMean}.
 *
 * @example
 * ```ts
 * import { weightedGeometricMean } from "@jiaolianti/scoring";
 * const r = weightedGeometricMean([4, 9], [0.5, 0.5]);
 * if (r.ok) console.log(r.value.value); // 6
 * ```
 */
export const weightedGeometricMean = (
  values: ArrayLike<number | null>,
  weights: ArrayLike<number>,
  options: WeightedAggregateOptions = {},
): Result<WeightedAggregate, McdaError> => {
  const p = presentWeights(values, weights, options, "weightedGeometricMean", true);
  if (!p.ok) return p;
  const { x, w, coverage, minCoverage, weightsUsed, missing, imputed } = p.value;
  let value: number | null = null;
  if (x.length > 0 && coverage > 0 && coverage >= minCoverage) {
    let s = 0;
    for (let k = 0; k < x.length; k++) s += (w[k] as number) * Math.log(x[k] as number);
    value = Math.exp(s);
  }
  return { ok: true, value: { value, coverage, minCoverage, weightsUsed, missing, imputed, method: "geometric" } };
};
