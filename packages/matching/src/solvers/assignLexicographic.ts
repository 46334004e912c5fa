import { type AugmentingState, UNASSIGNED } from "./assignDense.js";

/**
 * Continues {@link assignDense} after a row was found that cannot be augmented (internal): it assigns the `pending`
 * rows (the failed one first) so that the final matching has the **most assigned rows** and, among those, the
 * **least cost**.
 *
 * Every row `i` gets a private dummy column ("stay unassigned") whose cost is the pair `(1, 0)`, while a real pair
 * costs `(0, cost[i][j])`; pairs are compared lexicographically. Dijkstra and the dual potentials work over any
 * totally ordered group, so the shortest augmenting path method stays exact with pair-valued distances and
 * potentials (the `M` part of each pair counts dummy columns, i.e. unassigned rows) — an exact "big M" without a
 * number M that could swallow the real costs in floating point. A dummy is reachable only from its own row, so a row
 * once sent to its dummy is never revisited (its `colOf` is −1). The potentials handed over by the fast path are
 * valid pair potentials with `M` parts 0. Costs O(rows · cols) per remaining row, like the fast path.
 */
export const assignLexicographic = (
  cost: Float64Array,
  rows: number,
  cols: number,
  pending: Int32Array,
  state: AugmentingState,
): void => {
  const { colOf, rowOf, u, v } = state;
  const uM = new Float64Array(rows); // M parts of the row potentials
  const vM = new Float64Array(cols);
  const dM = new Float64Array(rows); // potentials of the dummy columns
  const dR = new Float64Array(rows);
  const distM = new Float64Array(cols);
  const distR = new Float64Array(cols);
  const pred = new Int32Array(cols);
  const todo = new Int32Array(cols);
  const seenRows = new Int32Array(rows);
  const seenCols = new Int32Array(cols);

  for (let p = 0; p < pending.length; p++) {
    const row = pending[p] as number;
    for (let j = 0; j < cols; j++) {
      todo[j] = cols - 1 - j;
      distM[j] = Infinity;
      distR[j] = Infinity;
    }
    let open = cols;
    let nRows = 0;
    let nCols = 0;
    let reachM = 0;
    let reachR = 0;
    let dummyM = Infinity; // best dummy column seen so far, and its row
    let dummyR = Infinity;
    let dummyRow = -1;
    let i = row;
    let sink = -1;
    for (;;) {
      seenRows[nRows++] = i;
      const ui = u[i] as number;
      const uiM = uM[i] as number;
      const cM = reachM + 1 - uiM - (dM[i] as number);
      const cR = reachR - ui - (dR[i] as number);
      if (cM < dummyM || (cM === dummyM && cR < dummyR)) {
        dummyM = cM;
        dummyR = cR;
        dummyRow = i;
      }
      const base = i * cols;
      let best = -1;
      let lowM = Infinity;
      let lowR = Infinity;
      for (let k = 0; k < open; k++) {
        const j = todo[k] as number;
        const c = cost[base + j] as number;
        let dm = distM[j] as number;
        let dr = distR[j] as number;
        if (c !== Infinity) {
          const rM = reachM - uiM - (vM[j] as number);
          const rR = reachR + c - ui - (v[j] as number);
          if (rM < dm || (rM === dm && rR < dr)) {
            pred[j] = i;
            distM[j] = dm = rM;
            distR[j] = dr = rR;
          }
        }
        if (dm < lowM || (dm === lowM && (dr < lowR || (dr === lowR && rowOf[j] === UNASSIGNED)))) {
          lowM = dm;
          lowR = dr;
          best = k;
        }
      }
      if (dummyM < lowM || (dummyM === lowM && dummyR < lowR)) {
        reachM = dummyM;
        reachR = dummyR;
        break; // the cheapest way on leaves row `dummyRow` unassigned
      }
      reachM = lowM;
      reachR = lowR;
      const j = todo[best] as number;
      todo[best] = todo[--open] as number;
      seenCols[nCols++] = j;
      if (rowOf[j] === UNASSIGNED) {
        sink = j;
        break;
      }
      i = rowOf[j] as number;
    }
    uM[row] = (uM[row] as number) + reachM;
    u[row] = (u[row] as number) + reachR;
    for (let k = 1; k < nRows; k++) {
      const r = seenRows[k] as number;
      const j = colOf[r] as number;
      uM[r] = (uM[r] as number) + reachM - (distM[j] as number);
      u[r] = (u[r] as number) + reachR - (distR[j] as number);
    }
    for (let k = 0; k < nCols; k++) {
      const j = seenCols[k] as number;
      vM[j] = (vM[j] as number) - reachM + (distM[j] as number);
      v[j] = (v[j] as number) - reachR + (distR[j] as number);
    }
    let j = sink;
    if (sink < 0) {
      // Sink is the dummy of `dummyRow`: that row gives up its column, which travels back along the path.
      j = colOf[dummyRow] as number;
      colOf[dummyRow] = UNASSIGNED;
      if (dummyRow === row) continue;
    }
    for (;;) {
      const r = pred[j] as number;
      rowOf[j] = r;
      const next = colOf[r] as number;
      colOf[r] = j;
      if (r === row) break;
      j = next;
    }
  }
};
