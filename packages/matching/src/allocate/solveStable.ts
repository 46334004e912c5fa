import { hospitalResident } from "../stable/hospitalResident.js";
import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import type { SeatPlan } from "./solveDivisible.js";

/** Rounds of "let blocking demands propose again" before giving up and reporting the blocking pairs left. */
const MAX_ROUNDS = 200;

/** Priority of demand `i` at an offer where it is candidate `c` (lower = admitted first; ties by input order). */
const before = (pa: number, a: number, pb: number, b: number): boolean => pa < pb || (pa === pb && a < b);

/**
 * The blocking pairs of a whole-group allocation (internal): demand `i` and offer `j` block when `i` prefers `j`
 * (a lower candidate index: cheaper, ties by offer order) to where it is — or is unplaced — and `j` could admit `i`
 * by turning away only groups it ranks below `i`: `size(i) ≤ capacity(j) − Σ size of the groups held by j that j
 * ranks above i`. With sizes 1 this is the usual definition (Gale & Shapley 1962; Roth 1984).
 */
export const blockingPairs = (problem: AllocationProblem, at: Int32Array): [number, number][] => {
  const held: number[][] = problem.offers.map(() => []);
  at.forEach((k, i) => {
    if (k >= 0) held[((problem.candidates[i] as ReadonlyArray<Candidate>)[k] as Candidate).offer]?.push(i);
  });
  const prio = (i: number, j: number): number =>
    ((problem.candidates[i] as ReadonlyArray<Candidate>).find((c) => c.offer === j) as Candidate).priority;
  const out: [number, number][] = [];
  problem.candidates.forEach((cands, i) => {
    const current = at[i] as number;
    const limit = current < 0 ? cands.length : current;
    for (let k = 0; k < limit; k++) {
      const c = cands[k] as Candidate;
      let above = 0;
      for (const h of held[c.offer] as number[]) if (before(prio(h, c.offer), h, c.priority, i)) above += sizeOf(h);
      if (sizeOf(i) <= (problem.offers[c.offer]?.capacity as number) - above) out.push([i, c.offer]);
    }
  });
  return out;

  function sizeOf(i: number): number {
    return problem.demands[i]?.size as number;
  }
};

/**
 * Stable allocation (internal kernel of `allocate`'s `stable` mode). Demands prefer cheaper offers (their candidate
 * order); offers rank demands by `priority` (e.g. nearby schools first).
 *
 * - All sizes 1 (pairing one person per school, or seats counted one by one): the demand-optimal stable matching by
 *   deferred acceptance, reusing {@link hospitalResident} (Gale & Shapley 1962; Roth 1984). Always stable.
 * - Whole groups of several seats ("hospitals/residents with sizes", where a stable matching may not exist and
 *   deciding whether one does is NP-hard — McDermid & Manlove 2010, "Keeping partners together", J. Comb. Optim.
 *   19:279–303): deferred acceptance in which an offer keeps, from the groups proposing to it, the ones that fit in
 *   its priority order (skipping a group too large for the seats left); then, while blocking pairs remain (seats
 *   freed later can re-open an offer that once turned a group away), the blocking groups propose again, up to
 *   {@link MAX_ROUNDS} rounds. Whatever blocking pairs remain are returned, so stability is reported, never assumed.
 */
export const solveStable = (problem: AllocationProblem): { plan: SeatPlan; at: Int32Array } => {
  const n = problem.demands.length;
  const at = new Int32Array(n).fill(-1);
  if (problem.demands.every((d) => d.size === 1)) {
    const residents: Record<string, string[]> = {};
    const hospitalLists: [number, number][][] = problem.offers.map(() => []);
    problem.candidates.forEach((cands, i) => {
      residents[`d${i}`] = cands.map((c) => `o${c.offer}`);
      for (const c of cands) hospitalLists[c.offer]?.push([c.priority, i]);
    });
    const hospitals: Record<string, string[]> = {};
    const capacities: Record<string, number> = {};
    hospitalLists.forEach((list, j) => {
      list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      hospitals[`o${j}`] = list.map(([, i]) => `d${i}`);
      capacities[`o${j}`] = problem.offers[j]?.capacity as number;
    });
    const r = hospitalResident({ residents, hospitals, capacities });
    if (r.ok)
      for (const [h, list] of Object.entries(r.value.matching)) {
        const j = Number(h.slice(1));
        for (const d of list) {
          const i = Number(d.slice(1));
          at[i] = problem.candidates[i]?.findIndex((c) => c.offer === j) as number;
        }
      }
    return { plan: planOf(problem, at), at };
  }

  const held: number[][] = problem.offers.map(() => []);
  const prio = problem.candidates.map((cands) => new Map(cands.map((c) => [c.offer, c.priority])));
  const next = new Int32Array(n);
  const queue: number[] = [];
  for (let i = n - 1; i >= 0; i--) queue.push(i);
  const propose = (i: number): void => {
    const cands = problem.candidates[i] as ReadonlyArray<Candidate>;
    const limit = (at[i] as number) < 0 ? cands.length : (at[i] as number);
    while ((next[i] as number) < limit) {
      const k = next[i] as number;
      next[i] = k + 1;
      const j = (cands[k] as Candidate).offer;
      const pool = [...(held[j] as number[]), i].sort((a, b) =>
        before(prio[a]?.get(j) as number, a, prio[b]?.get(j) as number, b) ? -1 : 1,
      );
      let left = problem.offers[j]?.capacity as number;
      const keep: number[] = [];
      const out: number[] = [];
      for (const h of pool) {
        const s = problem.demands[h]?.size as number;
        if (s <= left) {
          keep.push(h);
          left -= s;
        } else out.push(h);
      }
      if (!keep.includes(i)) continue;
      const old = at[i] as number;
      if (old >= 0) {
        const oj = (cands[old] as Candidate).offer;
        held[oj] = (held[oj] as number[]).filter((h) => h !== i);
      }
      held[j] = keep;
      at[i] = k;
      for (const h of out) {
        at[h] = -1;
        queue.push(h);
      }
      return;
    }
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    while (queue.length > 0) propose(queue.pop() as number);
    const blocking = blockingPairs(problem, at);
    if (blocking.length === 0) break;
    // Each blocking demand proposes again from its best blocking offer.
    const first = new Map<number, number>();
    for (const [i, j] of blocking) {
      const k = problem.candidates[i]?.findIndex((c) => c.offer === j) as number;
      if (!first.has(i) || k < (first.get(i) as number)) first.set(i, k);
    }
    for (const [i, k] of [...first].reverse()) {
      next[i] = k;
      queue.push(i);
    }
  }
  return { plan: planOf(problem, at), at };
};

const planOf = (problem: AllocationProblem, at: Int32Array): SeatPlan => ({
  parts: Array.from(at, (k, i) => (k < 0 ? [] : [{ k, seats: problem.demands[i]?.size as number }])),
});
