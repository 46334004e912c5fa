/**
 * Quantile of an ascending-sorted sample by linear interpolation between order statistics — Hyndman & Fan (1996)
 * definition 7, the default of R's `quantile()` (used by COINr's sensitivity summaries) and of NumPy (internal).
 */
export const quantile = (sorted: ArrayLike<number>, p: number): number => {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  return a + (h - lo) * ((sorted[hi] as number) - a);
};
