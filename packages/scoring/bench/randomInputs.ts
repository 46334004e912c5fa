import { mulberry32 } from "../src/mcda/mulberry32.js";

/** Seeded generators of benchmark inputs, so every run measures the same work. */
export const randomInputs = (seed: number) => {
  const rand = mulberry32(seed);
  /** rows × cols values uniform in [lo, hi). */
  const matrix = (rows: number, cols: number, lo: number, hi: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => lo + (hi - lo) * rand()));
  /** A near-consistent Saaty-scale matrix: judgments from hidden weights, perturbed and snapped to 1/9 … 9. */
  const pairwise = (n: number) => {
    const w = Array.from({ length: n }, () => 1 + 8 * rand());
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const v = Math.min(9, Math.max(1 / 9, ((w[i] as number) / (w[j] as number)) * (0.8 + 0.4 * rand())));
        const snapped = v >= 1 ? Math.round(v) : 1 / Math.round(1 / v);
        (a[i] as number[])[j] = snapped;
        (a[j] as number[])[i] = 1 / snapped;
      }
    return a;
  };
  return { rand, matrix, pairwise };
};
