import { assignLexicographic } from "./assignLexicographic.js";
import { jonkerVolgenantStart } from "./jonkerVolgenantStart.js";

/** `colOf[i]` of a row that no real column can take (internal marker, reported as −1). */
export const UNASSIGNED = -1;

/**
 * State of the shortest augmenting path method between two rows (internal): the matching in both directions and
 * the dual potentials `u` (rows) and `v` (columns), with `cost[i][j] − u[i] − v[j] ≥ 0` on every allowed pair and
 * `= 0` on matched pairs.
 */
export interface AugmentingState {
  readonly colOf: Int32Array;
  readonly rowOf: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/**
 * Minimum-cost assignment of every row of a dense `rows × cols` matrix (`rows ≤ cols`, row-major `Float64Array`,
 * `Infinity` = forbidden, no `NaN`/`−Infinity`: callers validate) — the kernel of {@link solveAssignment}. Returns
 * `colOf[i]` for each row, `−1` for rows left unassigned.
 *
 * Shortest augmenting path with dual potentials, one Dijkstra search per row over the reduced costs (Jonker &
 * Volgenant 1987; in the rectangular form of Crouse 2016, "On implementing 2D rectangular assignment algorithms",
 * IEEE TAES 52(4):1679–1696, Algorithm 1 — the method of SciPy's `linear_sum_assignment`): O(rows² · cols) in the
 * worst case, typed arrays only. A square matrix without forbidden pairs (`finite`) is first reduced by the LAPJV
 * initialisation ({@link jonkerVolgenantStart}), which leaves few rows to augment. When forbidden pairs leave a row
 * without an augmenting path, the rows still pending go to {@link assignLexicographic}, which maximises the number of
 * assigned rows first and minimises cost second.
 */
export const assignDense = (rows: number, cols: number, cost: Float64Array, finite: boolean): Int32Array => {
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  const colOf = new Int32Array(rows).fill(UNASSIGNED);
  const rowOf = new Int32Array(cols).fill(UNASSIGNED);
  const state: AugmentingState = { colOf, rowOf, u, v };
  const pending = new Int32Array(rows);
  let nPending = rows;
  if (finite && rows === cols && rows > 0) nPending = jonkerVolgenantStart(rows, cost, state, pending);
  else for (let i = 0; i < rows; i++) pending[i] = i;

  const dist = new Float64Array(cols); // tentative reduced distance of each column in the current search
  const pred = new Int32Array(cols); // row from which each column was reached
  const done = new Uint8Array(cols); // columns settled by the current search
  const seenRows = new Int32Array(rows); // rows scanned by the current search (the first is the new row)
  const seenCols = new Int32Array(cols); // columns settled by the current search

  for (let p = 0; p < nPending; p++) {
    const row = pending[p] as number;
    dist.fill(Infinity);
    done.fill(0);
    let nRows = 0;
    let nCols = 0;
    let reach = 0; // distance of the last settled column
    let i = row;
    let sink = -1;
    while (sink < 0) {
      seenRows[nRows++] = i;
      const base = i * cols;
      const ui = u[i] as number;
      let best = -1;
      let lowest = Infinity;
      for (let j = 0; j < cols; j++) {
        if (done[j] === 1) continue;
        const r = reach + (cost[base + j] as number) - ui - (v[j] as number);
        let d = dist[j] as number;
        if (r < d) {
          pred[j] = i;
          dist[j] = r;
          d = r;
        }
        if (d < lowest || (d === lowest && rowOf[j] === UNASSIGNED)) {
          lowest = d;
          best = j;
        }
      }
      if (lowest === Infinity) {
        // No augmenting path from `row`: maximise cardinality first from here on (the search is discarded).
        assignLexicographic(cost, rows, cols, pending.subarray(p, nPending), state);
        return colOf;
      }
      reach = lowest;
      const j = best;
      done[j] = 1;
      seenCols[nCols++] = j;
      if (rowOf[j] === UNASSIGNED) sink = j;
      else i = rowOf[j] as number;
    }
    // Dual update (Crouse 2016, Algorithm 1 lines 28–31): settled nodes move by their distance below `reach`.
    u[row] = (u[row] as number) + reach;
    for (let k = 1; k < nRows; k++) {
      const r = seenRows[k] as number;
      u[r] = (u[r] as number) + reach - (dist[colOf[r] as number] as number);
    }
    for (let k = 0; k < nCols; k++) {
      const j = seenCols[k] as number;
      v[j] = (v[j] as number) - reach + (dist[j] as number);
    }
    // Augment along the alternating path back to `row`.
    for (let j = sink; ; ) {
      const r = pred[j] as number;
      rowOf[j] = r;
      const next = colOf[r] as number;
      colOf[r] = j;
      if (r === row) break;
      j = next;
    }
  }
  return colOf;
};
