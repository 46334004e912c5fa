/** A reusable dense LU factorisation of one m × m matrix at a time (internal). */
export interface DenseLu {
  /** Factorises the matrix whose entry (i, k) is `entry(i, k)`; `false` when it is numerically singular. */
  readonly factor: (entry: (i: number, k: number) => number) => boolean;
  /** `out = M⁻¹ v`. */
  readonly solve: (v: ArrayLike<number>, out: Float64Array) => void;
  /** `out = v M⁻¹` (solves `Mᵀ outᵀ = vᵀ`). */
  readonly solveTransposed: (v: ArrayLike<number>, out: Float64Array) => void;
}

/** Pivots smaller than this (after partial pivoting) mean the matrix is numerically singular. */
const SINGULAR = 1e-13;

/**
 * Dense LU factorisation with partial (row) pivoting, `P M = L U` with unit-diagonal L stored below U in one array
 * (Golub & Van Loan, *Matrix Computations*, alg. 3.4.1), with the two triangular solves the revised simplex needs
 * (internal). Allocates once per size.
 */
export const denseLu = (m: number): DenseLu => {
  const lu = new Float64Array(m * m);
  const perm = new Int32Array(m);
  const work = new Float64Array(m);
  const factor = (entry: (i: number, k: number) => number): boolean => {
    for (let i = 0; i < m; i++) for (let k = 0; k < m; k++) lu[i * m + k] = entry(i, k);
    for (let i = 0; i < m; i++) perm[i] = i;
    for (let c = 0; c < m; c++) {
      let p = c;
      for (let i = c + 1; i < m; i++) if (Math.abs(lu[i * m + c] as number) > Math.abs(lu[p * m + c] as number)) p = i;
      if (Math.abs(lu[p * m + c] as number) < SINGULAR) return false;
      if (p !== c) {
        for (let k = 0; k < m; k++) {
          const t = lu[c * m + k] as number;
          lu[c * m + k] = lu[p * m + k] as number;
          lu[p * m + k] = t;
        }
        const t = perm[c] as number;
        perm[c] = perm[p] as number;
        perm[p] = t;
      }
      const pv = lu[c * m + c] as number;
      for (let i = c + 1; i < m; i++) {
        const f = (lu[i * m + c] as number) / pv;
        lu[i * m + c] = f;
        if (f !== 0)
          for (let k = c + 1; k < m; k++) lu[i * m + k] = (lu[i * m + k] as number) - f * (lu[c * m + k] as number);
      }
    }
    return true;
  };
  const solve = (v: ArrayLike<number>, out: Float64Array): void => {
    for (let i = 0; i < m; i++) {
      let s = v[perm[i] as number] as number;
      for (let k = 0; k < i; k++) s -= (lu[i * m + k] as number) * (out[k] as number);
      out[i] = s;
    }
    for (let i = m - 1; i >= 0; i--) {
      let s = out[i] as number;
      for (let k = i + 1; k < m; k++) s -= (lu[i * m + k] as number) * (out[k] as number);
      out[i] = s / (lu[i * m + i] as number);
    }
  };
  const solveTransposed = (v: ArrayLike<number>, out: Float64Array): void => {
    for (let i = 0; i < m; i++) {
      let s = v[i] as number;
      for (let k = 0; k < i; k++) s -= (lu[k * m + i] as number) * (work[k] as number);
      work[i] = s / (lu[i * m + i] as number);
    }
    for (let i = m - 1; i >= 0; i--) {
      let s = work[i] as number;
      for (let k = i + 1; k < m; k++) s -= (lu[k * m + i] as number) * (work[k] as number);
      work[i] = s;
    }
    for (let i = 0; i < m; i++) out[perm[i] as number] = work[i] as number;
  };
  return { factor, solve, solveTransposed };
};
