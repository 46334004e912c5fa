/** How TOPSIS normalises the columns before weighting. */
export type TopsisNormalization = "vector" | "minmax" | "none";

/** Raw TOPSIS quantities (internal). */
export interface TopsisCore {
  readonly scores: Float64Array;
  readonly dPlus: Float64Array;
  readonly dMinus: Float64Array;
  readonly ideal: Float64Array;
  readonly antiIdeal: Float64Array;
}

/**
 * TOPSIS on validated columns (internal; no checks, used by {@link topsis} and by the Monte Carlo sensitivity loop).
 * `weights` sum to 1, `types[j]` is 1 (benefit) or −1 (cost). Each normalisation is increasing in x, so the ideal of
 * a benefit column is the weighted normalised value of its maximum and the anti-ideal that of its minimum (swapped
 * for cost); one pass per column accumulates the squared distances.
 */
export const topsisCore = (
  columns: ReadonlyArray<Float64Array>,
  rows: number,
  weights: ArrayLike<number>,
  types: ArrayLike<number>,
  normalization: TopsisNormalization,
): TopsisCore => {
  const n = columns.length;
  const dp2 = new Float64Array(rows);
  const dm2 = new Float64Array(rows);
  const ideal = new Float64Array(n);
  const antiIdeal = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const col = columns[j] as Float64Array;
    const w = weights[j] as number;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let ss = 0;
    for (let i = 0; i < rows; i++) {
      const x = col[i] as number;
      if (x < min) min = x;
      if (x > max) max = x;
      ss += x * x;
    }
    // v = a · x + b: the weighted normalised value, an increasing affine map of x (or identically 0).
    let a: number;
    let b: number;
    if (normalization === "vector") {
      const norm = Math.sqrt(ss);
      a = norm > 0 ? w / norm : 0; // a column of zeros stays zero
      b = 0;
    } else if (normalization === "minmax") {
      const span = max - min;
      a = span > 0 ? w / span : 0; // a constant column contributes nothing
      b = span > 0 ? -min * a : 0;
    } else {
      a = w;
      b = 0;
    }
    const vMax = a * max + b;
    const vMin = a * min + b;
    const best = types[j] === -1 ? vMin : vMax;
    const worst = types[j] === -1 ? vMax : vMin;
    ideal[j] = best;
    antiIdeal[j] = worst;
    for (let i = 0; i < rows; i++) {
      const v = a * (col[i] as number) + b;
      const p = v - best;
      const q = v - worst;
      dp2[i] = (dp2[i] as number) + p * p;
      dm2[i] = (dm2[i] as number) + q * q;
    }
  }
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const p = Math.sqrt(dp2[i] as number);
    const q = Math.sqrt(dm2[i] as number);
    dp2[i] = p;
    dm2[i] = q;
    // D+ = D− = 0 only when every weighted criterion is constant: every alternative ties at 0.5.
    scores[i] = p + q > 0 ? q / (p + q) : 0.5;
  }
  return { scores, dPlus: dp2, dMinus: dm2, ideal, antiIdeal };
};
