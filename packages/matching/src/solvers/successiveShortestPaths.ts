/** A network on typed arrays, validated (internal input of {@link successiveShortestPaths}). */
export interface FlowNetwork {
  readonly nodes: number;
  /** Net supply of each node (integers; > 0 supplies, < 0 demands), summing to 0. */
  readonly supply: Float64Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Integer capacity of each arc, or `Infinity`; an arc with negative cost has a finite capacity. */
  readonly capacity: Float64Array;
  /** Finite cost per unit of flow. */
  readonly cost: Float64Array;
}

/** Outcome of {@link successiveShortestPaths}: the flow, and when supply is left over, what was reachable. */
export interface FlowOutcome {
  readonly flow: Float64Array;
  /** Supply that could not be shipped (0 when the network is feasible). */
  readonly unplaced: number;
  /** When `unplaced > 0`: 1 for every node reachable in the final residual network from a node still holding supply. */
  readonly reached: Uint8Array | null;
}

/**
 * Minimum-cost flow by successive shortest paths with node potentials (Edmonds & Karp 1972, "Theoretical
 * improvements in algorithmic efficiency for network flow problems", JACM 19(2); Tomizawa 1971; Ahuja, Magnanti &
 * Orlin 1993, *Network Flows*, §9.7), internal kernel of {@link minCostFlow} and of large transportation problems.
 *
 * - Residual arcs are indexed by arc, not by node pair: arc `a` has a forward half `2a` and a backward half `2a + 1`,
 *   so parallel and antiparallel arcs never share residual capacity.
 * - Arcs with negative cost are saturated first (their capacity is finite), which leaves only non-negative residual
 *   costs — so zero potentials are valid, and even negative cycles are handled (they end up saturated) without
 *   Bellman–Ford.
 * - Each round runs Dijkstra (binary heap, lazy deletion) on reduced costs from every node still holding supply at
 *   once (a virtual super-source), stops at the first node with unmet demand, pushes the bottleneck amount and updates
 *   the potentials by `min(distance, distance to that node)` (Ahuja et al. §9.7), which keeps every reduced cost ≥ 0.
 * - If no node with demand is reachable, the remaining supply cannot be shipped: the flow is then a maximum flow and
 *   `reached` marks the source side of a minimum cut (the infeasibility witness).
 */
export const successiveShortestPaths = (net: FlowNetwork): FlowOutcome => {
  const { nodes, from, to, capacity, cost } = net;
  const arcs = from.length;
  const flow = new Float64Array(arcs);
  const excess = Float64Array.from(net.supply);
  for (let a = 0; a < arcs; a++) {
    const c = cost[a] as number;
    if (c < 0) {
      const u = capacity[a] as number;
      flow[a] = u;
      excess[from[a] as number] = (excess[from[a] as number] as number) - u;
      excess[to[a] as number] = (excess[to[a] as number] as number) + u;
    }
  }
  // Adjacency of residual halves, CSR: node v owns halves start[v] .. start[v + 1].
  const start = new Int32Array(nodes + 1);
  const bump = (a: Int32Array, k: number) => {
    const before = a[k] as number;
    a[k] = before + 1;
    return before;
  };
  for (let a = 0; a < arcs; a++) {
    bump(start, (from[a] as number) + 1);
    bump(start, (to[a] as number) + 1);
  }
  for (let v = 0; v < nodes; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const halves = new Int32Array(2 * arcs);
  const fill = start.slice(0, nodes);
  for (let a = 0; a < arcs; a++) {
    halves[bump(fill, from[a] as number)] = 2 * a;
    halves[bump(fill, to[a] as number)] = 2 * a + 1;
  }

  const potential = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const predHalf = new Int32Array(nodes);
  const heap = new MinHeap(2 * arcs + nodes + 1);
  for (;;) {
    let top = -Infinity;
    for (let v = 0; v < nodes; v++)
      if ((excess[v] as number) > 0 && (potential[v] as number) > top) top = potential[v] as number;
    if (top === -Infinity) return { flow, unplaced: 0, reached: null };
    dist.fill(Infinity);
    done.fill(0);
    heap.clear();
    for (let v = 0; v < nodes; v++)
      if ((excess[v] as number) > 0) {
        const d = top - (potential[v] as number);
        dist[v] = d;
        predHalf[v] = -1;
        heap.push(d, v);
      }
    let target = -1;
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (done[v] === 1 || d > (dist[v] as number)) continue;
      done[v] = 1;
      if ((excess[v] as number) < 0) {
        target = v;
        break;
      }
      const pv = potential[v] as number;
      for (let k = start[v] as number, end = start[v + 1] as number; k < end; k++) {
        const h = halves[k] as number;
        const a = h >> 1;
        let w: number;
        let c: number;
        if ((h & 1) === 0) {
          if ((flow[a] as number) >= (capacity[a] as number)) continue;
          w = to[a] as number;
          c = cost[a] as number;
        } else {
          if ((flow[a] as number) <= 0) continue;
          w = from[a] as number;
          c = -(cost[a] as number);
        }
        if (done[w] === 1) continue;
        const nd = d + c + pv - (potential[w] as number);
        if (nd < (dist[w] as number)) {
          dist[w] = nd;
          predHalf[w] = h;
          heap.push(nd, w);
        }
      }
    }
    if (target < 0) {
      const reached = new Uint8Array(nodes);
      let unplaced = 0;
      for (let v = 0; v < nodes; v++) {
        if ((dist[v] as number) < Infinity) reached[v] = 1;
        if ((excess[v] as number) > 0) unplaced += excess[v] as number;
      }
      return { flow, unplaced, reached };
    }
    // Bottleneck along the path back to the root that supplied it.
    let delta = -(excess[target] as number);
    let v = target;
    while ((predHalf[v] as number) >= 0) {
      const h = predHalf[v] as number;
      const a = h >> 1;
      const room = (h & 1) === 0 ? (capacity[a] as number) - (flow[a] as number) : (flow[a] as number);
      if (room < delta) delta = room;
      v = (h & 1) === 0 ? (from[a] as number) : (to[a] as number);
    }
    if ((excess[v] as number) < delta) delta = excess[v] as number;
    excess[v] = (excess[v] as number) - delta;
    excess[target] = (excess[target] as number) + delta;
    for (let x = target; (predHalf[x] as number) >= 0; ) {
      const h = predHalf[x] as number;
      const a = h >> 1;
      if ((h & 1) === 0) {
        flow[a] = (flow[a] as number) + delta;
        x = from[a] as number;
      } else {
        flow[a] = (flow[a] as number) - delta;
        x = to[a] as number;
      }
    }
    const reach = dist[target] as number;
    for (let x = 0; x < nodes; x++) {
      const d = dist[x] as number;
      potential[x] = (potential[x] as number) + Math.min(d, reach);
    }
  }
};

/** Binary min-heap of (key, node) pairs on typed arrays, duplicates allowed (lazy deletion; internal). */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }
  clear(): void {
    this.size = 0;
  }
  topKey(): number {
    return this.keys[0] as number;
  }
  push(key: number, item: number): void {
    const { keys, items } = this;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (pk <= key) break;
      keys[i] = pk;
      items[i] = items[p] as number;
      i = p;
    }
    keys[i] = key;
    items[i] = item;
  }
  pop(): number {
    const { keys, items } = this;
    const top = items[0] as number;
    const n = --this.size;
    const key = keys[n] as number;
    const item = items[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (keys[c + 1] as number) < (keys[c] as number)) c++;
      if ((keys[c] as number) >= key) break;
      keys[i] = keys[c] as number;
      items[i] = items[c] as number;
      i = c;
    }
    keys[i] = key;
    items[i] = item;
    return top;
  }
}
