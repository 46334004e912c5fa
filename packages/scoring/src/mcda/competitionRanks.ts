/** Scores closer than this (relative to max(1, |a|, |b|)) share a rank: it absorbs rounding, not real differences. */
export const RANK_TIE_TOLERANCE = 1e-12;

/**
 * Standard competition ranking ("1224"): rank 1 is the highest score; tied scores share the best rank of their
 * group and the next rank skips accordingly, so `[0.9, 0.7, 0.7, 0.5]` → `[1, 2, 2, 4]`. Scores within
 * {@link RANK_TIE_TOLERANCE} (relative) of the first score of a group are ties.
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
  const sign = order === "descending" ? -1 : 1;
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => sign * ((scores[a] as number) - (scores[b] as number)) || a - b,
  );
  const ranks = new Array<number>(n);
  let leader = Number.NaN;
  let leaderRank = 0;
  for (let p = 0; p < n; p++) {
    const i = idx[p] as number;
    const s = scores[i] as number;
    if (p > 0 && Math.abs(s - leader) <= RANK_TIE_TOLERANCE * Math.max(1, Math.abs(s), Math.abs(leader)))
      ranks[i] = leaderRank;
    else {
      leader = s;
      leaderRank = p + 1;
      ranks[i] = leaderRank;
    }
  }
  return ranks;
};
