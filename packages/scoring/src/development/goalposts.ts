/**
 * Goalposts normalisation to 0–100 (internal): `benefit` → `(x − low)/(high − low)`, `cost` → `(high − x)/(high − low)`,
 * truncated to [0, 1], × 100. The per-student and the columnar engines both call it, so their numbers are identical.
 *
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008), §5 (goalposts); REFERENCE.md §2.
 */
export const goalposts = (x: number, low: number, high: number, cost: boolean): number => {
  const r = cost ? (high - x) / (high - low) : (x - low) / (high - low);
  return Math.min(1, Math.max(0, r)) * 100;
};
