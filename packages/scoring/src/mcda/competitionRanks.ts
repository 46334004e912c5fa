/** A score ranks above another only when better by more than this (relative to max(1, |a|, |b|)): it absorbs rounding, not real differences. */
export const RANK_TIE_TOLERANCE = 1e-12;

/**
 * Standard competition ranking ("1224"): each score's rank is 1 + the number of scores strictly better than it, so
 * tied scores share the best rank of their group and the next rank skips accordingly: `[0.9, 0.7, 0.7, 0.5]` →
 * `[1, 2, 2, 4]`. "Strictly better" means better by more than {@link RANK_TIE_TOLERANCE} (relative to
 * max(1, |a|, |b|)), which absorbs rounding; a chain of near-ties (a ≈ b, b ≈ c, a clearly above c) then gives
 * `[1, 1, 2]` — every rank still counts exactly the clearly better scores.
 *
 * @example
 * ```ts
 * import { competitionRanks } from "@jiaolianti/scoring";
 * competitionRanks([0.9, 0.7, 0.7, 0.5]); // [1, 2, 2, 4]
 * competitionRanks([3, 1, 2], "ascending"); // [3, 1, 2]
 * ```
 */
export const competitionRanks = (
  scores: ArrayLike<number>,
  order: "descending" | "ascending" = "descending",
): number[] => {
  const n = scores.length;
  const sign = order === "descending" ? 1 : -1;
  // Signed so that larger is better; sorted best first.
  const v = Array.from({ length: n }, (_, i) => sign * (scores[i] as number));
  const sorted = [...v].sort((a, b) => b - a);
  const clearlyBetter = (t: number, s: number) => t - s > RANK_TIE_TOLERANCE * Math.max(1, Math.abs(t), Math.abs(s));
  return v.map((s) => {
    // The clearly better scores form a prefix of `sorted` (t − s − tol·max(1, |t|, |s|) grows with t): binary search.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (clearlyBetter(sorted[mid] as number, s)) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
};
