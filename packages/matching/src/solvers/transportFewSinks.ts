/** Outcome of {@link transportFewSinks}: the flow matrix, and the supply of each source left unplaced. */
export interface TransportOutcome {
  /** `flow[i * sinks + j]`: units from source `i` to sink `j`. */
  readonly flow: Float64Array;
  /** Units of each source that could not be placed (all 0 when feasible). */
  readonly left: Float64Array;
}

/**
 * Minimum-cost transportation with many sources and few sinks (internal kernel of {@link solveTransportation}):
 * `cost` is a row-major `sources × sinks` `Float64Array` (`Infinity` = forbidden), `supply` and `capacity` are
 * non-negative integers (capacity may be `Infinity`). Places every source's supply if it can; a source whose remaining
 * supply has no augmenting path keeps it in `left` (it never gets one later: the set reachable from it is closed).
 *
 * Successive shortest paths on the **sink graph** (Kleinschmidt & Schannath 1995, "A strongly polynomial algorithm
 * for the transportation problem", Math. Programming 68:1–13; Brenner 2008, "A faster polynomial algorithm for the
 * unbalanced Hitchcock transportation problem", Oper. Res. Letters 36(4):408–413): sources are inserted one at a
 * time; a shortest augmenting path from a source enters a first sink, then moves from sink `k` to sink `l` by shifting
 * some source `i` that currently sends to `k` over to `l`, at cost `c[i][l] − c[i][k]`. Only the cheapest such shift
 * per ordered sink pair matters, so Dijkstra runs on `sinks` nodes and `sinks²` arcs whose weights are kept up to
 * date as sources join and leave sinks; potentials on the sinks keep reduced weights ≥ 0 (a source sends only to sinks
 * minimising `c[i][l] − h[l]`). Each augmentation pushes the bottleneck amount. Among sinks at equal distance a sink
 * with free capacity is settled first (as in Crouse 2016), and a source whose cheapest sink is free is placed without
 * a search — with integer costs most sources take that path. O(sinks²) per augmentation and O(sinks · |members|) per
 * change of a source's sinks, instead of O(sources · sinks) for a Dijkstra on the bipartite graph.
 */
export const transportFewSinks = (
  sources: number,
  sinks: number,
  cost: Float64Array,
  supply: Float64Array,
  capacity: Float64Array,
): TransportOutcome => {
  const m = sinks;
  const flow = new Float64Array(sources * m);
  const left = new Float64Array(sources);
  const load = new Float64Array(m);
  const members: number[][] = Array.from({ length: m }, () => []); // sources sending to each sink
  const slot = new Int32Array(sources * m); // position of source i in members[k]
  const shift = new Float64Array(m * m).fill(Infinity); // shift[k * m + l] = min over i in k of c[i][l] − c[i][k]
  const via = new Int32Array(m * m).fill(-1); // the source attaining it
  const h = new Float64Array(m); // sink potentials
  const dist = new Float64Array(m);
  const pred = new Int32Array(m); // previous sink on the path, −1 for the first
  const predVia = new Int32Array(m); // source shifted from pred to this sink
  const done = new Uint8Array(m);

  const join = (i: number, k: number) => {
    const list = members[k] as number[];
    slot[i * m + k] = list.length;
    list.push(i);
    const row = i * m;
    const ck = cost[row + k] as number;
    const base = k * m;
    for (let l = 0; l < m; l++) {
      const c = cost[row + l] as number;
      if (l === k || c === Infinity) continue;
      const w = c - ck;
      if (w < (shift[base + l] as number)) {
        shift[base + l] = w;
        via[base + l] = i;
      }
    }
  };
  const leave = (i: number, k: number) => {
    const list = members[k] as number[];
    const at = slot[i * m + k] as number;
    const last = list.pop() as number;
    if (last !== i) {
      list[at] = last;
      slot[last * m + k] = at;
    }
    const base = k * m;
    for (let l = 0; l < m; l++) {
      if (via[base + l] !== i) continue;
      let best = Infinity;
      let arg = -1;
      for (const j of list) {
        const c = cost[j * m + l] as number;
        if (c === Infinity) continue;
        const w = c - (cost[j * m + k] as number);
        if (w < best) {
          best = w;
          arg = j;
        }
      }
      shift[base + l] = best;
      via[base + l] = arg;
    }
  };
  const add = (i: number, k: number, delta: number) => {
    const before = flow[i * m + k] as number;
    const after = before + delta;
    flow[i * m + k] = after;
    if (before === 0 && after > 0) join(i, k);
    else if (before > 0 && after === 0) leave(i, k);
  };

  for (let s = 0; s < sources; s++) {
    let rest = supply[s] as number;
    const row = s * m;
    while (rest > 0) {
      // The cheapest sink by reduced cost, a free one among equals: if it is free, that is the shortest path.
      let base = Infinity;
      let cheapest = -1;
      let free = false;
      for (let l = 0; l < m; l++) {
        const r = (cost[row + l] as number) - (h[l] as number);
        if (r < base || (r === base && !free && r < Infinity && (load[l] as number) < (capacity[l] as number))) {
          base = r;
          cheapest = l;
          free = (load[l] as number) < (capacity[l] as number);
        }
      }
      if (base === Infinity) break;
      if (free) {
        const delta = Math.min(rest, (capacity[cheapest] as number) - (load[cheapest] as number));
        load[cheapest] = (load[cheapest] as number) + delta;
        add(s, cheapest, delta);
        rest -= delta;
        continue; // distance 0: the potentials do not move
      }
      for (let l = 0; l < m; l++) {
        const c = cost[row + l] as number;
        dist[l] = c === Infinity ? Infinity : c - (h[l] as number) - base;
        pred[l] = -1;
      }
      done.fill(0);
      let target = -1;
      for (;;) {
        let k = -1;
        let dk = Infinity;
        for (let l = 0; l < m; l++) {
          if (done[l] === 1) continue;
          const d = dist[l] as number;
          if (d < dk || (d === dk && d < Infinity && (load[l] as number) < (capacity[l] as number))) {
            dk = d;
            k = l;
          }
        }
        if (k < 0) break;
        done[k] = 1;
        if ((load[k] as number) < (capacity[k] as number)) {
          target = k;
          break;
        }
        const offset = dk + (h[k] as number);
        const b = k * m;
        for (let l = 0; l < m; l++) {
          const w = shift[b + l] as number;
          if (w === Infinity || done[l] === 1) continue;
          const d = offset + w - (h[l] as number);
          if (d < (dist[l] as number)) {
            dist[l] = d;
            pred[l] = k;
            predVia[l] = via[b + l] as number;
          }
        }
      }
      if (target < 0) break;
      let delta = Math.min(rest, (capacity[target] as number) - (load[target] as number));
      let first = target;
      while ((pred[first] as number) >= 0) {
        const k = pred[first] as number;
        const f = flow[(predVia[first] as number) * m + k] as number;
        if (f < delta) delta = f;
        first = k;
      }
      load[target] = (load[target] as number) + delta;
      for (let l = target; (pred[l] as number) >= 0; ) {
        const k = pred[l] as number;
        const i = predVia[l] as number;
        add(i, l, delta);
        add(i, k, -delta);
        l = k;
      }
      add(s, first, delta);
      rest -= delta;
      const reach = dist[target] as number;
      for (let l = 0; l < m; l++) {
        const d = dist[l] as number;
        h[l] = (h[l] as number) + (done[l] === 1 && d < reach ? d : reach);
      }
    }
    left[s] = rest;
  }
  return { flow, left };
};
