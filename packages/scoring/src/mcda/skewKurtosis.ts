/** Sample skewness and excess kurtosis of a set of values. */
export interface SkewKurtosis {
  /** Adjusted Fisher–Pearson skewness G1 (Excel `SKEW`, e1071 type 2); 0 when the values have no spread. */
  readonly skewness: number;
  /** Sample excess kurtosis G2 (Excel `KURT`, e1071 type 2); 0 when the values have no spread. */
  readonly kurtosis: number;
}

/**
 * Skewness G1 = `√(n(n−1))/(n−2) · g1` and excess kurtosis G2 = `((n+1) g2 + 6)(n−1)/((n−2)(n−3))` with the moment
 * ratios `g1 = m3/m2^{3/2}`, `g2 = m4/m2² − 3` — the definitions COINr's `skew()`/`kurt()` use (e1071 type 2, Excel).
 * Needs n ≥ 4 (the caller checks).
 *
 * @example
 * ```ts
 * import { skewKurtosis } from "@jiaolianti/scoring";
 * skewKurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]); // { skewness: 3.063…, kurtosis: 9.741… }
 * ```
 */
export const skewKurtosis = (values: ArrayLike<number>): SkewKurtosis => {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] as number;
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  if (m2 === 0) return { skewness: 0, kurtosis: 0 };
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const g1 = m3 / m2 ** 1.5;
  const g2 = m4 / (m2 * m2) - 3;
  return {
    skewness: (Math.sqrt(n * (n - 1)) / (n - 2)) * g1,
    kurtosis: (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3)),
  };
};
