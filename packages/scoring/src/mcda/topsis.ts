import type { Result } from "@jiaolianti/core";
import { checkMatrix } from "./checkMatrix.js";
import { checkTypes } from "./checkTypes.js";
import { checkWeights } from "./checkWeights.js";
import { competitionRanks } from "./competitionRanks.js";
import type { CriterionType, Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";
import { type TopsisNormalization, topsisCore } from "./topsisCore.js";

export type { TopsisNormalization } from "./topsisCore.js";

/** Options of {@link topsis}: every choice that changes the ranking is explicit. */
export interface TopsisOptions {
  /** One non-negative weight per criterion; renormalised to sum 1 (closeness does not depend on their scale). */
  readonly weights: ArrayLike<number>;
  /** One type per criterion: `1` benefit, `-1` cost. */
  readonly types: ReadonlyArray<CriterionType>;
  /** Column normalisation: `vector` `x/‖x‖` (Hwang & Yoon), `minmax` `(x − min)/(max − min)`, or `none`. */
  readonly normalization: TopsisNormalization;
}

/** A TOPSIS ranking that explains itself. */
export interface TopsisResult {
  /** Closeness `D− / (D+ + D−)` in [0, 1], one per alternative (row). */
  readonly scores: ReadonlyArray<number>;
  /** Competition ranks ("1224"), 1 = best. */
  readonly ranks: ReadonlyArray<number>;
  /** Euclidean distance to the ideal. */
  readonly dPlus: ReadonlyArray<number>;
  /** Euclidean distance to the anti-ideal. */
  readonly dMinus: ReadonlyArray<number>;
  /** Ideal point in the weighted normalised space (best per column by direction). */
  readonly ideal: ReadonlyArray<number>;
  /** Anti-ideal point in the weighted normalised space. */
  readonly antiIdeal: ReadonlyArray<number>;
  /** The weights used (renormalised to sum 1). */
  readonly weights: ReadonlyArray<number>;
  readonly types: ReadonlyArray<CriterionType>;
  readonly normalization: TopsisNormalization;
}

const SUBJECT = "topsis matrix";
const NORMALIZATIONS: ReadonlyArray<string> = ["vector", "minmax", "none"];

/**
 * TOPSIS (Hwang & Yoon 1981, *Multiple Attribute Decision Making*, ch. 3): normalise each column (vector, min–max or
 * none — rankings can differ, so it is explicit), `V = N · w`, ideal and anti-ideal per column by direction,
 * Euclidean `D+` and `D−`, closeness `D− / (D+ + D−)`, rank 1 = best. Rows are alternatives.
 *
 * Decisions where the source is silent: ties get competition ranks ("1224"); a column that cannot be normalised (all
 * zeros under `vector`, constant under `minmax`) contributes nothing; if every alternative coincides with both the
 * ideal and the anti-ideal (all weighted criteria constant) every score is 0.5 and every rank 1.
 *
 * @example
 * ```ts
 * import { topsis } from "@jiaolianti/scoring";
 * // Hwang & Yoon (1981) fighter-aircraft example: speed, range, payload, cost, reliability, manoeuvrability.
 * const r = topsis(
 *   [
 *     [2.0, 1500, 20000, 5.5, 5, 9],
 *     [2.5, 2700, 18000, 6.5, 3, 5],
 *     [1.8, 2000, 21000, 4.5, 7, 7],
 *     [2.2, 1800, 20000, 5.0, 5, 5],
 *   ],
 *   { weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], types: [1, 1, 1, -1, 1, 1], normalization: "vector" },
 * );
 * if (r.ok) console.log(r.value.scores, r.value.ranks); // [0.643, 0.268, 0.614, 0.312] [1, 4, 2, 3]
 * ```
 */
export const topsis = (matrix: Matrix, options: TopsisOptions): Result<TopsisResult, McdaError> => {
  if (options === null || typeof options !== "object")
    return fail(
      "topsis options",
      "invalid-option",
      [],
      "options { weights, types, normalization } are required",
      "缺少选项 { weights, types, normalization }",
    );
  if (!NORMALIZATIONS.includes(options.normalization))
    return fail(
      "topsis options",
      "invalid-option",
      ["normalization"],
      `normalization must be "vector", "minmax" or "none", got ${String(options.normalization)}`,
      `normalization 应为 "vector"、"minmax" 或 "none"`,
    );
  const checked = checkMatrix(matrix, SUBJECT);
  if (!checked.ok) return checked;
  const { rows, cols, columns } = checked.value;
  const w = checkWeights(options.weights, cols, "topsis options");
  if (!w.ok) return w;
  const t = checkTypes(options.types, cols, "topsis options");
  if (!t.ok) return t;
  const core = topsisCore(columns, rows, w.value, t.value, options.normalization);
  return {
    ok: true,
    value: {
      scores: Array.from(core.scores),
      ranks: competitionRanks(core.scores),
      dPlus: Array.from(core.dPlus),
      dMinus: Array.from(core.dMinus),
      ideal: Array.from(core.ideal),
      antiIdeal: Array.from(core.antiIdeal),
      weights: Array.from(w.value),
      types: Array.from(t.value) as CriterionType[],
      normalization: options.normalization,
    },
  };
};
