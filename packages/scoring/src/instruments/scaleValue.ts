/**
 * The value of a scale scored from items, or `NaN` when too few items were answered: the rule every engine shares.
 *
 * - `sum` with all `n` items answered: the sum;
 * - `sum` with `minAnswered ≤ answered < n`: the prorated sum `round(sum × n / answered)`, rounded half up, computed
 *   in exact integer arithmetic as `floor((2 × sum × n + answered) / (2 × answered))`. This is the PHQ-9's
 *   `round(sum × 9 / answered)` (REFERENCE §1) and the SDQ's `floor(0.5 + mean × 5)` (Goodman, sdqinfo.org scoring
 *   syntax), since `mean × n = sum × n / answered`;
 * - `mean`: `sum / answered` (MSSMHS factor = sum / 6 when complete; PSDQ scale means).
 *
 * `sum` is over the answered items after reverse scoring. Callers pass `minAnswered = n` when the rule is `complete`.
 *
 * @example
 * ```ts
 * import { scaleValue } from "@jiaolianti/scoring";
 * scaleValue("sum", 14, 8, 9, 7); // 16 — PHQ-9 with one item missing: round(14 × 9 / 8) = round(15.75)
 * scaleValue("sum", 3, 3, 5, 3); // 5 — SDQ scale with two items missing: floor(0.5 + 1 × 5)
 * scaleValue("sum", 10, 6, 9, 7); // NaN — three PHQ-9 items missing
 * ```
 */
export const scaleValue = (
  aggregate: "sum" | "mean",
  sum: number,
  answered: number,
  n: number,
  minAnswered: number,
): number => {
  if (answered < minAnswered || answered === 0) return Number.NaN;
  if (aggregate === "mean") return sum / answered;
  if (answered === n) return sum;
  return Math.floor((2 * sum * n + answered) / (2 * answered));
};
