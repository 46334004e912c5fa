// Internal: what an attacker can infer about the hidden entries of a two-way table with margins. Not exported from the
// package barrel; used by suppressSmallCells (is an entry exactly determined?) and auditSuppression (its interval).
//
// The table with its margins is an (R+1)×(C+1) "augmented" matrix: interior cells, a row-total column, a column-total
// row, and the grand total in the corner. Every augmented row and column is one published equation (interior cells of
// a row sum to its total; the row totals sum to the grand total …). Moving the published entries to the right-hand
// side turns the hidden entries into a flow network: one node per augmented row and per augmented column, interior
// cells and the grand total as arcs row → column, the other margins as arcs column → row, each with a non-negative
// flow equal to its value. Every table consistent with what is published is a feasible flow, so the range of one
// hidden entry is found by max-flow in the residual network (Gusfield 1988; exact, as network matrices are totally
// unimodular, for real-valued and integer attackers alike).

/** An entry of the augmented matrix: `a` in 0…R (R = the total row), `b` in 0…C (C = the total column). */
export interface Entry {
  readonly a: number;
  readonly b: number;
}

interface Arc {
  readonly to: number;
  readonly entry: number;
}

/** The residual network of the hidden entries around their true values. */
export interface HiddenNetwork {
  readonly entries: ReadonlyArray<Entry & { readonly value: number; readonly tail: number; readonly head: number }>;
  readonly arcs: ReadonlyArray<Arc>;
  /** Residual capacity per arc: arc 2i is entry i's tail → head (unbounded), arc 2i+1 its head → tail (its value). */
  readonly caps: Float64Array;
  readonly adjacency: ReadonlyArray<ReadonlyArray<number>>;
}

/**
 * The augmented matrix of `counts`: each row followed by its total, then the row of column totals ending with the
 * grand total.
 */
export const augment = (counts: ReadonlyArray<ReadonlyArray<number>>): number[][] => {
  const cols = counts[0]?.length ?? 0;
  const out = counts.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, b) => out.reduce((s, row) => s + (row[b] as number), 0));
  out.push(totals);
  return out;
};

/** Builds the residual network of the entries flagged in `hidden` (both matrices augmented, same shape). */
export const hiddenNetwork = (
  values: ReadonlyArray<ReadonlyArray<number>>,
  hidden: ReadonlyArray<ReadonlyArray<boolean>>,
): HiddenNetwork => {
  const R = values.length - 1;
  const C = (values[0]?.length ?? 1) - 1;
  const rowNode = (a: number) => a;
  const colNode = (b: number) => R + 1 + b;
  const entries: Array<Entry & { value: number; tail: number; head: number }> = [];
  hidden.forEach((row, a) => {
    row.forEach((h, b) => {
      if (!h) return;
      const value = values[a]?.[b] as number;
      const isMargin = (a === R) !== (b === C);
      // Interior cells and the grand total flow row → column; row and column totals flow column → row.
      const [tail, head] = isMargin ? [colNode(b), rowNode(a)] : [rowNode(a), colNode(b)];
      entries.push({ a, b, value, tail, head });
    });
  });
  const arcs: Arc[] = [];
  const caps = new Float64Array(entries.length * 2);
  const adjacency: number[][] = Array.from({ length: R + C + 2 }, () => []);
  entries.forEach((e, i) => {
    arcs.push({ to: e.head, entry: i }, { to: e.tail, entry: i });
    caps[2 * i] = Number.POSITIVE_INFINITY;
    caps[2 * i + 1] = e.value;
    adjacency[e.tail]?.push(2 * i);
    adjacency[e.head]?.push(2 * i + 1);
  });
  return { entries, arcs, caps, adjacency };
};

// Breadth-first search for a residual path from s to t that does not use `skip`'s own arcs; returns the arc used to
// reach each node (or undefined when t is unreachable).
const bfs = (net: HiddenNetwork, caps: Float64Array, s: number, t: number, skip: number): Int32Array | undefined => {
  const via = new Int32Array(net.adjacency.length).fill(-1);
  const seen = new Uint8Array(net.adjacency.length);
  seen[s] = 1;
  const queue = [s];
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q] as number;
    for (const arc of net.adjacency[u] ?? []) {
      const { to, entry } = net.arcs[arc] as Arc;
      if (entry === skip || seen[to] || (caps[arc] as number) <= 0) continue;
      seen[to] = 1;
      via[to] = arc;
      if (to === t) return via;
      queue.push(to);
    }
  }
  return undefined;
};

const tailOf = (net: HiddenNetwork, arc: number): number => {
  const e = net.entries[(net.arcs[arc] as Arc).entry] as { tail: number; head: number };
  return arc % 2 === 0 ? e.tail : e.head;
};

// Maximum extra flow from s to t around the current values without using entry `skip` (Edmonds–Karp).
const maxFlow = (net: HiddenNetwork, s: number, t: number, skip: number, limit: number): number => {
  const caps = net.caps.slice();
  let total = 0;
  while (total < limit) {
    const via = bfs(net, caps, s, t, skip);
    if (!via) break;
    let bottleneck = Number.POSITIVE_INFINITY;
    for (let v = t; v !== s; v = tailOf(net, via[v] as number)) {
      bottleneck = Math.min(bottleneck, caps[via[v] as number] as number);
    }
    if (bottleneck === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
    for (let v = t; v !== s; v = tailOf(net, via[v] as number)) {
      const arc = via[v] as number;
      caps[arc] = (caps[arc] as number) - bottleneck;
      caps[arc ^ 1] = (caps[arc ^ 1] as number) + bottleneck;
    }
    total += bottleneck;
  }
  return total;
};

/** Whether hidden entry `i` can be neither raised nor lowered by one in any table consistent with what is published. */
export const isDetermined = (net: HiddenNetwork, i: number): boolean => {
  const e = net.entries[i] as { tail: number; head: number; value: number };
  const up = bfs(net, net.caps, e.head, e.tail, i) !== undefined;
  const down = e.value > 0 && bfs(net, net.caps, e.tail, e.head, i) !== undefined;
  return !up && !down;
};

/**
 * The smallest and largest value hidden entry `i` can take in any non-negative table consistent with what is
 * published (`max` is `Infinity` when nothing bounds it, e.g. when the grand total is hidden too).
 */
export const entryInterval = (net: HiddenNetwork, i: number): { readonly min: number; readonly max: number } => {
  const e = net.entries[i] as { tail: number; head: number; value: number };
  const raise = maxFlow(net, e.head, e.tail, i, Number.POSITIVE_INFINITY);
  const lower = maxFlow(net, e.tail, e.head, i, e.value);
  return { min: e.value - Math.min(lower, e.value), max: e.value + raise };
};
