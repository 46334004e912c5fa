import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import type { Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";
import { EIGEN_MAX_ITERATIONS, EIGEN_TOLERANCE, principalEigen } from "./principalEigen.js";
import { RANDOM_INDEX } from "./randomIndex.js";

/** Saaty's acceptance threshold: judgments are consistent when CR ≤ 0.10. */
export const AHP_CONSISTENCY_THRESHOLD = 0.1;

/** Options of {@link ahp}. */
export const AhpOptions = z
  .object({
    /** Priority derivation: principal right eigenvector (Saaty) or row geometric mean (Crawford & Williams 1985). @default "eigenvector" */
    method: z.enum(["eigenvector", "geometric"]).default("eigenvector"),
    /** Random-index table for CR. @default "saaty" */
    randomIndex: z.enum(["saaty", "tummala-ling"]).default("saaty"),
    /**
     * Largest accepted `|a_ij × a_ji − 1|` (and `|a_ii − 1|`). The default accepts reciprocals written to three
     * decimals (`6 × 0.167 = 1.002`) and rejects two-decimal ones (`3 × 0.33 = 0.99`). @default 0.005
     */
    reciprocalTolerance: z.number().min(0).max(0.5).default(0.005),
    /** `"flag"` returns the result with `consistent: false`; `"error"` returns an `inconsistent` error. @default "flag" */
    onInconsistent: z.enum(["flag", "error"]).default("flag"),
  })
  .strict();
/** Options of {@link ahp}. */
export type AhpOptions = z.input<typeof AhpOptions>;

/** Priorities from one pairwise comparison matrix, with the consistency check that qualifies them. */
export interface AhpResult {
  /** Priorities, positive, summing to 1, in the order of the matrix rows. */
  readonly weights: ReadonlyArray<number>;
  /** Principal eigenvalue of the matrix (whatever `method` derived the weights). */
  readonly lambdaMax: number;
  /** Consistency index `(λmax − n)/(n − 1)`; 0 for n = 1. */
  readonly ci: number;
  /** Consistency ratio `CI / RI`; 0 for n ≤ 2. */
  readonly cr: number;
  /** `cr ≤ 0.10`. */
  readonly consistent: boolean;
  /** The random index used, from `randomIndex`'s table. */
  readonly ri: number;
  readonly n: number;
  readonly method: "eigenvector" | "geometric";
  readonly randomIndex: "saaty" | "tummala-ling";
  readonly threshold: number;
  /**
   * The judgment farthest from what the priorities imply (largest `|ln(a_ij · w_j / w_i)|`, i < j) — the first one
   * to revisit when the matrix is inconsistent; `null` for n = 1.
   */
  readonly worstJudgment: {
    readonly row: number;
    readonly col: number;
    readonly given: number;
    readonly implied: number;
  } | null;
  /** Power-iteration steps used for λmax (tolerance {@link EIGEN_TOLERANCE} on the eigenvector). */
  readonly iterations: number;
}

const SUBJECT = "ahp pairwise";

/**
 * Analytic Hierarchy Process priorities and consistency (Saaty 1977, 1980). Weights are the principal right
 * eigenvector (power iteration until no component moves by more than 1e-12) or the row geometric mean, normalised to
 * sum 1; `λmax` is always the matrix's principal eigenvalue (consistency is a property of the judgments, not of the
 * derivation method); `CI = (λmax − n)/(n − 1)`, `CR = CI / RI` with RI from one table (Saaty, or Tummala & Ling
 * 1998 — never mixed), `CR = 0` for n ≤ 2, consistent when `CR ≤ 0.10`.
 *
 * Rejected with a typed error naming the cell: a non-square matrix (`not-square`), entries that are not finite
 * (`not-finite`) or ≤ 0 (`non-positive`), a diagonal ≠ 1 or `a_ij × a_ji ≠ 1` beyond `reciprocalTolerance`
 * (`not-reciprocal`), n > 15 (`unsupported-size`: the RI tables stop at 15).
 *
 * @example
 * ```ts
 * import { ahp } from "@jiaolianti/scoring";
 * const r = ahp([
 *   [1, 3, 5],
 *   [1 / 3, 1, 2],
 *   [1 / 5, 1 / 2, 1],
 * ]);
 * if (r.ok) console.log(r.value.weights, r.value.cr, r.value.consistent); // [0.648, 0.230, 0.122] 0.003 true
 * ```
 */
export const ahp = (pairwise: Matrix, options: AhpOptions = {}): Result<AhpResult, McdaError> => {
  const parsed = parseOptions(AhpOptions, options, "ahp options");
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  const checked = checkPairwise(pairwise, o.reciprocalTolerance);
  if (!checked.ok) return checked;
  const { a, n } = checked.value;
  const ri = RANDOM_INDEX[o.randomIndex][n - 1] as number;
  const geometric = rowGeometricMean(a, n);
  const eigen = principalEigen(a, n, geometric);
  if (!eigen.converged)
    return fail(
      SUBJECT,
      "no-convergence",
      [],
      `power iteration did not reach ${EIGEN_TOLERANCE} within ${EIGEN_MAX_ITERATIONS} steps`,
      `幂迭代在 ${EIGEN_MAX_ITERATIONS} 步内未收敛`,
    );
  const w = o.method === "eigenvector" ? eigen.vector : geometric;
  const lambdaMax = eigen.value;
  // λmax ≥ n for a positive reciprocal matrix (Saaty 1977); clamp rounding just below n.
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const cr = n <= 2 ? 0 : ci / ri;
  const consistent = cr <= AHP_CONSISTENCY_THRESHOLD;
  if (!consistent && o.onInconsistent === "error")
    return fail(
      SUBJECT,
      "inconsistent",
      [],
      `CR = ${cr.toFixed(4)} > ${AHP_CONSISTENCY_THRESHOLD} (${o.randomIndex} RI = ${ri}): revise the judgments`,
      `一致性比率 CR = ${cr.toFixed(4)} > ${AHP_CONSISTENCY_THRESHOLD},请修正判断矩阵`,
    );
  return {
    ok: true,
    value: {
      weights: Array.from(w),
      lambdaMax,
      ci,
      cr,
      consistent,
      ri,
      n,
      method: o.method,
      randomIndex: o.randomIndex,
      threshold: AHP_CONSISTENCY_THRESHOLD,
      worstJudgment: worstJudgment(a, n, w),
      iterations: eigen.iterations,
    },
  };
};

/** Validates a pairwise comparison matrix and copies it row-major (internal). */
const checkPairwise = (pairwise: unknown, tol: number): Result<{ a: Float64Array; n: number }, McdaError> => {
  if (!Array.isArray(pairwise))
    return fail(SUBJECT, "not-square", [], "expected an n × n array of rows", "应为 n × n 的矩阵");
  const n = pairwise.length;
  if (n === 0) return fail(SUBJECT, "empty", [], "the matrix has no rows", "矩阵为空");
  if (n > 15)
    return fail(
      SUBJECT,
      "unsupported-size",
      [],
      `n = ${n}: the published random-index tables stop at n = 15 (split the criteria into a hierarchy)`,
      `n = ${n}:随机一致性指标表只到 n = 15,请把指标分层`,
    );
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row: unknown = pairwise[i];
    const len = Array.isArray(row) || ArrayBuffer.isView(row) ? (row as ArrayLike<unknown>).length : -1;
    if (len !== n)
      return fail(
        SUBJECT,
        "not-square",
        [i],
        `row ${i} has ${len < 0 ? "no" : len} entries, expected ${n}`,
        `第 ${i} 行有 ${Math.max(len, 0)} 个元素,应为 ${n} 个`,
      );
    for (let j = 0; j < n; j++) {
      const x = (row as ArrayLike<unknown>)[j];
      if (typeof x !== "number" || !Number.isFinite(x))
        return fail(SUBJECT, "not-finite", [i, j], `${String(x)} is not a finite number`, `${String(x)} 不是有限数值`);
      if (x <= 0)
        return fail(
          SUBJECT,
          "non-positive",
          [i, j],
          `judgment ${x} ≤ 0 (AHP ratios are positive, 1/9 … 9)`,
          `判断值 ${x} ≤ 0(AHP 比值应为正数,1/9 … 9)`,
        );
      a[i * n + j] = x;
    }
  }
  for (let i = 0; i < n; i++) {
    const d = a[i * n + i] as number;
    if (Math.abs(d - 1) > tol)
      return fail(SUBJECT, "not-reciprocal", [i, i], `diagonal entry is ${d}, expected 1`, `对角线元素为 ${d},应为 1`);
    for (let j = i + 1; j < n; j++) {
      const x = a[i * n + j] as number;
      const y = a[j * n + i] as number;
      if (Math.abs(x * y - 1) > tol)
        return fail(
          SUBJECT,
          "not-reciprocal",
          [i, j],
          `a[${i}][${j}] × a[${j}][${i}] = ${x} × ${y} = ${x * y}, expected 1 (a[${j}][${i}] should be 1/${x})`,
          `a[${i}][${j}] × a[${j}][${i}] = ${x * y},应为 1(a[${j}][${i}] 应为 1/${x})`,
        );
    }
  }
  return { ok: true, value: { a, n } };
};

/** Row geometric means normalised to sum 1 (computed in logs to avoid overflow). */
const rowGeometricMean = (a: Float64Array, n: number): Float64Array => {
  const g = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.log(a[i * n + j] as number);
    const v = Math.exp(s / n);
    g[i] = v;
    sum += v;
  }
  for (let i = 0; i < n; i++) g[i] = (g[i] as number) / sum;
  return g;
};

const worstJudgment = (a: Float64Array, n: number, w: ArrayLike<number>): AhpResult["worstJudgment"] => {
  let best: AhpResult["worstJudgment"] = null;
  let dev = -1;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const implied = (w[i] as number) / (w[j] as number);
      const given = a[i * n + j] as number;
      const d = Math.abs(Math.log(given / implied));
      if (d > dev) {
        dev = d;
        best = { row: i, col: j, given, implied };
      }
    }
  return best;
};
