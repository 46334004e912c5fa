/**
 * Ranks ascending from 1, giving tied values the average of the ranks they span (the "fractional" ranking Spearman's
 * ρ needs): `[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`.
 *
 * @example
 * ```ts
 * import { averageRanks } from "@jiaolianti/scoring";
 * averageRanks([10, 20, 20, 30]); // Float64Array [1, 2.5, 2.5, 4]
 * ```
 */
export const averageRanks = (values: ArrayLike<number>): Float64Array => {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end] as number] === values[order[start] as number]) end++;
    const rank = (start + 1 + end) / 2; // mean of ranks start+1 … end
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
};
