import type { AugmentingState } from "./assignDense.js";

/** Budget of augmenting row reduction, in row visits per free row of each round (see {@link jonkerVolgenantStart}). */
export const ROW_REDUCTION_BUDGET = 8;

/**
 * The initialisation phases of LAPJV (Jonker & Volgenant 1987, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38:325–340, §4.1–4.2) for a square matrix with **finite** costs
 * (internal): column reduction with reduction transfer, then two rounds of augmenting row reduction — an auction-like
 * phase that settles most rows at O(n) each. Follows the C implementation of the `lap` package (T. Kazmar).
 *
 * Fills `state` with a partial matching and potentials satisfying the invariant of the shortest augmenting path
 * method (`cost[i][j] − u[i] − v[j] ≥ 0`, `= 0` on matched pairs), writes the rows left free to `free` and returns
 * their number. Augmenting row reduction is known to stall on some structured instances (geometric costs: O(n³));
 * each round is therefore capped at {@link ROW_REDUCTION_BUDGET} row visits per free row, after which the rows still
 * free are left to the augmentation phase — exactness does not depend on this phase.
 */
export const jonkerVolgenantStart = (
  n: number,
  cost: Float64Array,
  state: AugmentingState,
  free: Int32Array,
): number => {
  const { colOf, rowOf, u, v } = state;
  let nFree = columnReduction(n, cost, free, colOf, rowOf, v);
  for (let round = 0; round < 2 && nFree > 0; round++) nFree = rowReduction(n, cost, nFree, free, colOf, rowOf, v);
  for (let i = 0; i < n; i++) {
    const j = colOf[i] as number;
    if (j >= 0) u[i] = (cost[i * n + j] as number) - (v[j] as number);
  }
  return nFree;
};

/** Column reduction and reduction transfer (§4.1); returns the number of free rows listed in `free`. */
const columnReduction = (
  n: number,
  cost: Float64Array,
  free: Int32Array,
  colOf: Int32Array,
  rowOf: Int32Array,
  v: Float64Array,
): number => {
  v.fill(Infinity);
  rowOf.fill(0);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        rowOf[j] = i;
      }
    }
  }
  const unique = new Uint8Array(n).fill(1);
  for (let j = n - 1; j >= 0; j--) {
    const i = rowOf[j] as number;
    if ((colOf[i] as number) < 0) colOf[i] = j;
    else {
      unique[i] = 0;
      rowOf[j] = -1;
    }
  }
  let nFree = 0;
  for (let i = 0; i < n; i++) {
    const j = colOf[i] as number;
    if (j < 0) free[nFree++] = i;
    else if (unique[i] === 1) {
      // Reduction transfer: lower v[j] by the row's second-smallest reduced cost.
      const base = i * n;
      let min = Infinity;
      for (let k = 0; k < n; k++) {
        if (k === j) continue;
        const c = (cost[base + k] as number) - (v[k] as number);
        if (c < min) min = c;
      }
      if (min !== Infinity) v[j] = (v[j] as number) - min;
    }
  }
  return nFree;
};

/** One round of augmenting row reduction (§4.2); returns the number of rows still free, listed in `free`. */
const rowReduction = (
  n: number,
  cost: Float64Array,
  nFreeIn: number,
  free: Int32Array,
  colOf: Int32Array,
  rowOf: Int32Array,
  v: Float64Array,
): number => {
  let current = 0;
  let nFree = 0; // never overtakes `current`: each visit frees at most one row
  let count = 0;
  const budget = ROW_REDUCTION_BUDGET * nFreeIn;
  while (current < nFreeIn) {
    if (++count > budget) {
      while (current < nFreeIn) free[nFree++] = free[current++] as number;
      break;
    }
    const i = free[current++] as number;
    const base = i * n;
    let j1 = 0;
    let v1 = (cost[base] as number) - (v[0] as number);
    let j2 = -1;
    let v2 = Infinity;
    for (let j = 1; j < n; j++) {
      const c = (cost[base + j] as number) - (v[j] as number);
      if (c < v2) {
        if (c >= v1) {
          v2 = c;
          j2 = j;
        } else {
          v2 = v1;
          v1 = c;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = rowOf[j1] as number;
    const v1New = (v[j1] as number) - (v2 - v1);
    const lowers = v1New < (v[j1] as number);
    if (count < current * n) {
      if (lowers) v[j1] = v1New;
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = rowOf[j2] as number;
      }
      if (i0 >= 0) {
        if (lowers) free[--current] = i0;
        else free[nFree++] = i0;
      }
    } else if (i0 >= 0) free[nFree++] = i0;
    colOf[i] = j1;
    rowOf[j1] = i;
    if (i0 >= 0) colOf[i0] = -1;
  }
  return nFree;
};
