/**
 * The index of the band a score falls in: the last band whose `from` is at or below the score (bands ascend by
 * `from`, each running up to the next band's `from`, exclusive). `−1` for `NaN` or a score below every band.
 *
 * @example
 * ```ts
 * import { bandIndex } from "@jiaolianti/scoring";
 * const phq = Float64Array.of(0, 5, 10, 15, 20); // minimal, mild, moderate, moderately-severe, severe
 * bandIndex(phq, 9); // 1 (mild)
 * bandIndex(phq, 10); // 2 (moderate)
 * ```
 */
export const bandIndex = (from: Float64Array, score: number): number => {
  let k = -1;
  for (let i = 0; i < from.length; i++) {
    if ((from[i] as number) <= score) k = i;
    else break;
  }
  return k;
};
