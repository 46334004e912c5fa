import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { checkMatrix } from "./checkMatrix.js";
import { type CorrelationMethod, correlationMatrix } from "./correlationMatrix.js";
import type { Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";

/** Options of {@link criticWeights}. */
export const CriticOptions = z
  .object({
    /** Correlation between criteria. @default "pearson" */
    correlation: z.enum(["pearson", "spearman"]).default("pearson"),
  })
  .strict();
/** Options of {@link criticWeights}. */
export type CriticOptions = z.input<typeof CriticOptions>;

/** CRITIC weights with every intermediate quantity. */
export interface CriticWeights {
  /** `w_j = C_j / Σ C`; sums to 1. */
  readonly weights: ReadonlyArray<number>;
  /** Sample standard deviation `s_j` of the min–max normalised column (n − 1; the choice cancels in the weights). */
  readonly sd: ReadonlyArray<number>;
  /** Conflict `Σ_k (1 − r_jk)` over the non-constant criteria. */
  readonly conflict: ReadonlyArray<number>;
  /** Information content `C_j = s_j × conflict_j`. */
  readonly information: ReadonlyArray<number>;
  /** Correlation matrix between criteria (`NaN` in the rows/columns of constant criteria, 1 on the diagonal). */
  readonly correlation: ReadonlyArray<ReadonlyArray<number>>;
  readonly correlationMethod: CorrelationMethod;
  /** Criteria with no spread: weight 0, left out of the others' conflict. */
  readonly constantColumns: ReadonlyArray<number>;
  readonly method: "critic";
}

const SUBJECT = "criticWeights matrix";

/**
 * CRITIC (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas & Papayannakis 1995): min–max
 * normalise each column (as benefit; direction does not matter for spread or |correlation| structure),
 * `C_j = s_j × Σ_k (1 − r_jk)` with Pearson's r (Spearman's ρ with average ranks as an option), `w = C / ΣC`.
 *
 * Decisions where the paper is silent: `s_j` is the sample standard deviation (the n vs n − 1 factor is common to all
 * columns and cancels in `w`); a constant column has no spread and no defined correlation, so it gets weight 0 and
 * is left out of the other columns' conflict sums (listed in `constantColumns`); if every `C_j` is 0 (all columns
 * constant, a single informative column, or perfectly correlated columns) the weights are undefined (`degenerate`).
 *
 * @example
 * ```ts
 * import { criticWeights } from "@jiaolianti/scoring";
 * const r = criticWeights([
 *   [1, 10, 3],
 *   [2, 30, 1],
 *   [3, 20, 2],
 *   [4, 50, 5],
 * ], { correlation: "spearman" });
 * if (r.ok) console.log(r.value.weights);
 * ```
 */
export const criticWeights = (matrix: Matrix, options: CriticOptions = {}): Result<CriticWeights, McdaError> => {
  const parsed = parseOptions(CriticOptions, options, "criticWeights options");
  if (!parsed.ok) return parsed;
  const checked = checkMatrix(matrix, SUBJECT, { minRows: 2 });
  if (!checked.ok) return checked;
  const { rows: m, cols: n, columns } = checked.value;
  const normalised: Float64Array[] = [];
  const sd: number[] = [];
  const constantColumns: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = columns[j] as Float64Array;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const x = col[i] as number;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const z01 = new Float64Array(m);
    if (max === min) constantColumns.push(j);
    else for (let i = 0; i < m; i++) z01[i] = ((col[i] as number) - min) / (max - min);
    let mean = 0;
    for (let i = 0; i < m; i++) mean += z01[i] as number;
    mean /= m;
    let ss = 0;
    for (let i = 0; i < m; i++) ss += ((z01[i] as number) - mean) ** 2;
    normalised.push(z01);
    sd.push(Math.sqrt(ss / (m - 1)));
  }
  const r = correlationMatrix(normalised, parsed.value.correlation);
  const isConstant = new Set(constantColumns);
  const conflict: number[] = [];
  const information: number[] = [];
  let total = 0;
  for (let j = 0; j < n; j++) {
    let c = 0;
    if (!isConstant.has(j))
      for (let k = 0; k < n; k++) if (!isConstant.has(k)) c += 1 - ((r[j] as number[])[k] as number);
    conflict.push(c);
    const info = (sd[j] as number) * c;
    information.push(info);
    total += info;
  }
  if (!(total > 1e-12))
    return fail(
      SUBJECT,
      "degenerate",
      [],
      "no criterion carries both spread and conflict (all constant, a single informative column, or perfectly correlated columns): CRITIC weights are undefined",
      "没有同时具有离散度和冲突性的指标(全为常数列、仅一个有效指标或指标完全相关),CRITIC 权重无定义",
    );
  return {
    ok: true,
    value: {
      weights: information.map((c) => c / total),
      sd,
      conflict,
      information,
      correlation: r,
      correlationMethod: parsed.value.correlation,
      constantColumns,
      method: "critic",
    },
  };
};
