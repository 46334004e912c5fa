import type { Result } from "@jiaolianti/core";
import { checkMatrix } from "./checkMatrix.js";
import type { Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";

/** Objective weights from Shannon entropy, with every intermediate quantity. */
export interface EntropyWeights {
  /** `w_j = d_j / Σ d`; sums to 1. */
  readonly weights: ReadonlyArray<number>;
  /** `E_j = −Σ_i p_ij ln p_ij / ln m` in [0, 1]; 1 means the criterion does not separate the alternatives. */
  readonly entropy: ReadonlyArray<number>;
  /** Degree of divergence `d_j = 1 − E_j`. */
  readonly divergence: ReadonlyArray<number>;
  /** Columns that are all zero: no information, entropy 1, weight 0. */
  readonly zeroColumns: ReadonlyArray<number>;
  readonly method: "entropy";
}

const SUBJECT = "entropyWeights matrix";

/**
 * Entropy weight method: `p_ij = x_ij / Σ_i x_ij` per column, `E_j = −Σ_i p_ij ln p_ij / ln m` with `0 · ln 0 = 0`,
 * `d_j = 1 − E_j`, `w_j = d_j / Σ d` (Shannon 1948 as used in Hwang & Yoon 1981 and the OECD/JRC Handbook 2008; the
 * pymcdm/pyrepo-mcda convention). Criterion direction is ignored. Rows are alternatives (m ≥ 2).
 *
 * Decisions: negative values are rejected (`negative` — shift the column first, e.g. min–max normalise it); a column
 * of zeros has no distribution, so it is treated like a constant column (entropy 1, weight 0) and listed in
 * `zeroColumns`; if no column separates the alternatives the weights are undefined (`degenerate`).
 *
 * @example
 * ```ts
 * import { entropyWeights } from "@jiaolianti/scoring";
 * const r = entropyWeights([
 *   [1, 5],
 *   [1, 1],
 *   [1, 9],
 * ]);
 * if (r.ok) console.log(r.value.weights); // [0, 1]: the first column is constant
 * ```
 */
export const entropyWeights = (matrix: Matrix): Result<EntropyWeights, McdaError> => {
  const checked = checkMatrix(matrix, SUBJECT, {
    minRows: 2,
    nonNegative: [
      "entropy needs non-negative data: shift the column first (e.g. x − min, or min–max normalise)",
      "熵权法要求非负数据:请先平移该列(如减去最小值,或做极差标准化)",
    ],
  });
  if (!checked.ok) return checked;
  const { rows: m, cols: n, columns } = checked.value;
  const lnM = Math.log(m);
  const entropy = new Array<number>(n);
  const divergence = new Array<number>(n);
  const zeroColumns: number[] = [];
  let total = 0;
  for (let j = 0; j < n; j++) {
    const col = columns[j] as Float64Array;
    let s = 0;
    let constant = true;
    for (let i = 0; i < m; i++) {
      s += col[i] as number;
      if (col[i] !== col[0]) constant = false;
    }
    let e = 1; // a constant column (zeros included) has p = 1/m everywhere: E = 1 exactly, not 1 ± rounding
    if (s === 0) zeroColumns.push(j);
    else if (!constant) {
      let h = 0;
      for (let i = 0; i < m; i++) {
        const p = (col[i] as number) / s;
        if (p > 0) h -= p * Math.log(p); // 0 · ln 0 = 0
      }
      e = h / lnM;
    }
    const d = Math.max(0, 1 - e); // E ≤ 1 in exact arithmetic; clamp rounding below zero
    entropy[j] = e;
    divergence[j] = d;
    total += d;
  }
  if (total === 0)
    return fail(
      SUBJECT,
      "degenerate",
      [],
      "no column separates the alternatives (every column is constant or zero): entropy weights are undefined",
      "所有指标在各对象间都没有差异(常数列或全零列),熵权无定义",
    );
  return {
    ok: true,
    value: { weights: divergence.map((d) => d / total), entropy, divergence, zeroColumns, method: "entropy" },
  };
};
