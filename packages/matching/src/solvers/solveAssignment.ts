import type { Result, ValidationError } from "@jiaolianti/core";
import { assignDense } from "./assignDense.js";
import { checkCostMatrix } from "./checkCostMatrix.js";

/** An optimal assignment found by {@link solveAssignment}. */
export interface Assignment {
  /** Column assigned to each row, `−1` when the row is left unassigned. */
  readonly rowToCol: number[];
  /** Row assigned to each column, `−1` when the column is left unassigned. */
  readonly colToRow: number[];
  /** Number of assigned pairs: `min(rows, cols)` unless forbidden pairs make that impossible. */
  readonly assigned: number;
  /** Total cost of the assigned pairs (`0` when nothing is assigned). */
  readonly cost: number;
}

/**
 * Minimum-cost assignment for a rectangular cost matrix (`cost[row][col]`; more rows than columns or more columns
 * than rows are both fine): every row gets at most one column and every column at most one row, and as many pairs as
 * possible are made — `min(rows, cols)` when the matrix allows it. `Infinity` marks a forbidden pair.
 *
 * Semantics with forbidden pairs: when `Infinity` entries make it impossible to assign every row of the smaller side,
 * the result **maximises the number of assigned pairs first and minimises their total cost second** (rows left out
 * get `−1`); it never pairs a forbidden cell. Exact: shortest augmenting paths with dual potentials on
 * `Float64Array` (Jonker & Volgenant 1987, "A shortest augmenting path algorithm for dense and sparse linear assignment
 * problems", Computing 38:325–340; rectangular form: Crouse 2016, "On implementing 2D rectangular assignment
 * algorithms", IEEE TAES 52(4):1679–1696); the matrix is transposed so that rows ≤ columns, square matrices without
 * forbidden pairs start with the LAPJV reduction phases, and the cardinality-first rule is an exact lexicographic
 * extension of the same method (no "big M"). O(min² · max) in the worst case.
 *
 * Rejects (typed {@link ValidationError}, subject `"cost"`, paths `[row, col]`) a non-rectangular matrix, rows that
 * are not arrays, and entries that are not numbers, `NaN` or `−Infinity`. Negative costs are allowed.
 *
 * @example
 * ```ts
 * import { solveAssignment } from "@jiaolianti/matching";
 * // 3 coaches × 4 schools, minutes of travel; coach 2 may not go to school 0.
 * const r = solveAssignment([
 *   [12, 30, 25, 18],
 *   [20, 10, 40, 35],
 *   [Infinity, 22, 15, 16],
 * ]);
 * if (r.ok) console.log(r.value.rowToCol, r.value.cost); // [0, 1, 2] 37
 * ```
 */
export const solveAssignment = (cost: ReadonlyArray<ArrayLike<number>>): Result<Assignment, ValidationError> => {
  const checked = checkCostMatrix(cost, "cost", { transposeIf: (rows, cols) => rows > cols });
  if (!checked.ok) return checked;
  const { rows, cols, data, finite, transposed } = checked.value;
  const colOf = assignDense(rows, cols, data, finite);
  const nRows = transposed ? cols : rows;
  const nCols = transposed ? rows : cols;
  const rowToCol = new Array<number>(nRows).fill(-1);
  const colToRow = new Array<number>(nCols).fill(-1);
  for (let i = 0; i < rows; i++) {
    const j = colOf[i] as number;
    if (j < 0) continue;
    rowToCol[transposed ? j : i] = transposed ? i : j;
    colToRow[transposed ? i : j] = transposed ? j : i;
  }
  let assigned = 0;
  let total = 0;
  for (let r = 0; r < nRows; r++) {
    const c = rowToCol[r] as number;
    if (c < 0) continue;
    assigned++;
    total += (cost[r] as ArrayLike<number>)[c] as number;
  }
  return { ok: true, value: { rowToCol, colToRow, assigned, cost: total } };
};
