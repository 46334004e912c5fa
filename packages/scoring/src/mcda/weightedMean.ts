import type { Result } from "@jiaolianti/core";
import type { McdaError } from "./McdaError.js";
import { presentWeights, type WeightedAggregate, type WeightedAggregateOptions } from "./presentWeights.js";

export type { WeightedAggregate, WeightedAggregateOptions } from "./presentWeights.js";

/**
 * Weighted arithmetic mean over the indicators that are present (OECD/JRC Handbook 2008, §6 "linear aggregation";
 * COINr `a_amean`): `null` marks a missing value, whose weight is redistributed by renormalising the remaining
 * weights to sum 1 (equivalent to imputing it with the weighted mean of the present values — reported in `missing`).
 * When the present values carry less than `minCoverage` of the total weight, or nothing is present, the value is
 * `null`. `NaN` is an error, not a missing value.
 *
 * @example
 * ```ts
 * import { weightedMean } from "@jiaolianti/scoring";
 * const r = weightedMean([80, null, 60], [0.5, 0.25, 0.25], { minCoverage: 0.7 });
 * if (r.ok) console.log(r.value); // { value: 73.33, coverage: 0.75, weightsUsed: [0.667, null, 0.333], missing: [1], … }
 * ```
 */
export const weightedMean = (
  values: ArrayLike<number | null>,
  weights: ArrayLike<number>,
  options: WeightedAggregateOptions = {},
): Result<WeightedAggregate, McdaError> => {
  const p = presentWeights(values, weights, options, "weightedMean", false);
  if (!p.ok) return p;
  const { x, w, coverage, minCoverage, weightsUsed, missing, imputed } = p.value;
  let value: number | null = null;
  if (x.length > 0 && coverage > 0 && coverage >= minCoverage) {
    let s = 0;
    for (let k = 0; k < x.length; k++) s += (w[k] as number) * (x[k] as number);
    value = s;
  }
  return { ok: true, value: { value, coverage, minCoverage, weightsUsed, missing, imputed, method: "arithmetic" } };
};
