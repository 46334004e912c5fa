import { successiveShortestPaths } from "./successiveShortestPaths.js";
import type { TransportOutcome } from "./transportFewSinks.js";

/**
 * The transportation problem of {@link transportFewSinks} (same arguments and outcome) solved as a min-cost flow on
 * the bipartite network — source `i` → sink `j` for every allowed pair (uncapacitated), sink `j` → one collector with
 * the sink's capacity, the collector demanding the total supply — by {@link successiveShortestPaths} (internal; used
 * for many sinks, where the sink graph would be too large). Supply that cannot be shipped stays in `left`.
 */
export const transportOnNetwork = (
  n: number,
  m: number,
  data: Float64Array,
  supply: Float64Array,
  capacity: Float64Array,
): TransportOutcome => {
  const cells: number[] = [];
  for (let k = 0; k < n * m; k++) if ((data[k] as number) !== Infinity) cells.push(k);
  const arcs = cells.length + m;
  const from = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const cap = new Float64Array(arcs).fill(Infinity);
  const cost = new Float64Array(arcs);
  // Each source ships exactly its supply, so subtracting its cheapest cost from its row changes the total by a
  // constant and leaves only non-negative costs on uncapacitated arcs.
  const rowMin = new Float64Array(n).fill(Infinity);
  for (const k of cells) {
    const i = Math.floor(k / m);
    if ((data[k] as number) < (rowMin[i] as number)) rowMin[i] = data[k] as number;
  }
  cells.forEach((k, a) => {
    const i = Math.floor(k / m);
    from[a] = i;
    to[a] = n + (k % m);
    cost[a] = (data[k] as number) - (rowMin[i] as number);
  });
  const net = new Float64Array(n + m + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    net[i] = supply[i] as number;
    total += supply[i] as number;
  }
  net[n + m] = -total;
  for (let j = 0; j < m; j++) {
    from[cells.length + j] = n + j;
    to[cells.length + j] = n + m;
    cap[cells.length + j] = capacity[j] as number;
  }
  const out = successiveShortestPaths({ nodes: n + m + 1, supply: net, from, to, capacity: cap, cost });
  const flow = new Float64Array(n * m);
  cells.forEach((k, a) => {
    flow[k] = out.flow[a] as number;
  });
  const left = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sent = 0;
    for (let j = 0; j < m; j++) sent += flow[i * m + j] as number;
    left[i] = (supply[i] as number) - sent;
  }
  return { flow, left };
};
