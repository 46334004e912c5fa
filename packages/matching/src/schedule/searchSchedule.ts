import type { ScheduleState } from "./ScheduleState.js";

/** What the search did (internal). */
export interface SearchOutcome {
  readonly method: "complete" | "greedy";
  readonly nodes: number;
  readonly provedIncomplete: boolean;
  /** Allocations left out by the greedy pass (empty when complete). */
  readonly dropped: ReadonlyArray<number>;
}

/**
 * The unplaced allocation with the fewest free times (minimum remaining values, Haralick & Elliott 1980), larger
 * classes first on ties, then input order; −1 when none is left.
 */
const mostConstrained = (state: ScheduleState, pool: ReadonlyArray<number>, skip?: ReadonlySet<number>): number => {
  let best = -1;
  for (const a of pool) {
    if (state.placed[a] !== -1 || skip?.has(a)) continue;
    if (
      best < 0 ||
      (state.live[a] as number) < (state.live[best] as number) ||
      ((state.live[a] as number) === (state.live[best] as number) &&
        (state.allocations[a]?.size as number) > (state.allocations[best]?.size as number))
    )
      best = a;
  }
  return best;
};

const freeTimes = (state: ScheduleState, a: number): number[] => {
  const out: number[] = [];
  const free = state.free[a] as Uint8Array;
  for (let c = 0; c < free.length; c++) if (free[c] === 1) out.push(c);
  return out;
};

/** Forward checking: placing `a` left some unplaced neighbour (not in `skip`) without a free time. */
const wipesOut = (state: ScheduleState, a: number, skip?: ReadonlySet<number>): boolean => {
  for (const b of state.neighbours[a] ?? [])
    if (state.placed[b] === -1 && state.live[b] === 0 && !skip?.has(b)) return true;
  return false;
};

/**
 * Places every allocation of `pool` (each has at least one feasible time) without conflicts, if it can:
 *
 * 1. **Complete search** — depth-first backtracking with forward checking (Haralick & Elliott 1980, "Increasing tree
 *    search efficiency for constraint satisfaction problems", Artificial Intelligence 14:263–313): the most
 *    constrained allocation next, its free times in chronological order. Deterministic. Stops at the first schedule
 *    placing everyone, after `maxNodes` placements tried, or when every choice has been explored (a proof that no
 *    schedule places them all).
 * 2. Otherwise a **greedy** pass in the same order: each allocation takes its earliest free time that leaves every
 *    neighbour a free time (else its earliest free time); an allocation with no free time left is dropped.
 *
 * Leaves the placements in `state` (internal).
 */
export const searchSchedule = (state: ScheduleState, pool: ReadonlyArray<number>, maxNodes: number): SearchOutcome => {
  const frames: Array<{ a: number; times: number[]; pos: number }> = [];
  let nodes = 0;
  let outcome: "found" | "exhausted" | "budget" = "exhausted";
  search: for (;;) {
    const next = mostConstrained(state, pool);
    if (next < 0) {
      outcome = "found";
      break;
    }
    if (state.live[next] !== 0) frames.push({ a: next, times: freeTimes(state, next), pos: 0 });
    // Advance the deepest frame to its next time, popping exhausted frames.
    for (;;) {
      const top = frames.at(-1);
      if (top === undefined) break search;
      if (state.placed[top.a] !== -1) state.unplace(top.a);
      if (top.pos >= top.times.length) {
        frames.pop();
        continue;
      }
      if (nodes >= maxNodes) {
        outcome = "budget";
        break search;
      }
      nodes++;
      state.place(top.a, top.times[top.pos++] as number);
      if (!wipesOut(state, top.a)) break;
    }
  }
  if (outcome === "found") return { method: "complete", nodes, provedIncomplete: false, dropped: [] };

  for (const f of frames) if (state.placed[f.a] !== -1) state.unplace(f.a);
  const dropped = new Set<number>();
  for (;;) {
    const a = mostConstrained(state, pool, dropped);
    if (a < 0) break;
    const times = freeTimes(state, a);
    if (times.length === 0) {
      dropped.add(a);
      continue;
    }
    let chosen = times[0] as number;
    for (const c of times) {
      state.place(a, c);
      const harmless = !wipesOut(state, a, dropped);
      state.unplace(a);
      if (harmless) {
        chosen = c;
        break;
      }
    }
    state.place(a, chosen);
  }
  return {
    method: "greedy",
    nodes,
    provedIncomplete: outcome === "exhausted",
    dropped: [...dropped].sort((x, y) => x - y),
  };
};
