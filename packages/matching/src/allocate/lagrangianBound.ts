import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import type { PenaltyBand } from "./fairnessPenalty.js";
import { groupsOf, type PenaltyOptions } from "./solveDivisible.js";

/** Above this many DP cells (items × capacity) an offer's knapsack is bounded by its LP relaxation instead. */
const DP_MAX_CELLS = 2_000_000;

/** Options of the subgradient search (internal). */
export interface SubgradientOptions {
  /** Iterations of the subgradient method. */
  readonly iterations: number;
  /** A known objective value (the heuristic's), for Polyak's step size. */
  readonly upper: number;
  /**
   * Called every {@link HINT_EVERY} iterations with the offer each demand was taken by in the knapsacks (−1 if none;
   * the cheapest if several) — a near-feasible allocation for a Lagrangian heuristic — and returning the objective of
   * the allocation it made from it (a better upper bound sharpens the step size).
   */
  readonly hint?: (offerOf: Int32Array) => number;
}

/** Iterations between two calls of {@link SubgradientOptions.hint}. */
export const HINT_EVERY = 25;

/**
 * A lower bound on the whole-class optimum by Lagrangian relaxation of the "each demand placed once or left
 * unplaced" constraints (Ross & Soland 1975, "A branch and bound algorithm for the generalized assignment problem",
 * Math. Programming 8:91–103; Fisher, Jaikumar & Van Wassenhove 1986, Management Sci. 32(9):1095–1103): with
 * multipliers `λ`, the problem splits into one 0/1 knapsack per offer (take demands with `size × costPerSeat − λ < 0`
 * within the seats) — solved exactly by dynamic programming over seats — and, per fairness group, a continuous
 * choice of unplaced seats against the convex penalty (a relaxation, so still a bound). Any `λ` gives a valid lower
 * bound, at least as strong as the LP relaxation at the best `λ` (the knapsacks lack the integrality property);
 * `λ` is searched by subgradient optimisation with Polyak's step (Held, Wolfe & Crowder 1974, Math. Programming
 * 6:62–88), step factor halved after 20 iterations without progress.
 *
 * @returns the best bound found.
 */
export const lagrangianBound = (
  problem: AllocationProblem,
  options: PenaltyOptions,
  search: SubgradientOptions,
): number => {
  const n = problem.demands.length;
  const m = problem.offers.length;
  const groups = groupsOf(problem, options);
  const size = problem.demands.map((d) => d.size);
  const items: { i: number[]; base: number[] }[] = problem.offers.map(() => ({ i: [], base: [] }));
  problem.candidates.forEach((cands, i) => {
    for (const c of cands as ReadonlyArray<Candidate>) {
      if ((size[i] as number) > (problem.offers[c.offer]?.capacity as number)) continue;
      const it = items[c.offer] as { i: number[]; base: number[] };
      it.i.push(i);
      it.base.push((size[i] as number) * c.perSeat);
    }
  });
  const members: number[][] = groups.names.map(() => []);
  groups.groupOf.forEach((g, i) => {
    members[g]?.push(i);
  });

  // Start: the cheapest way to settle each demand (its best offer, or unplaced at the first band's slope).
  const lambda = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const firstSlope = (groups.bands[groups.groupOf[i] as number] as PenaltyBand[])[0]?.slope ?? options.penalty;
    let best = (size[i] as number) * firstSlope;
    for (const c of problem.candidates[i] as ReadonlyArray<Candidate>)
      if ((size[i] as number) <= (problem.offers[c.offer]?.capacity as number))
        best = Math.min(best, (size[i] as number) * c.perSeat);
    lambda[i] = best;
  }
  const cover = new Float64Array(n);
  const offerOf = new Int32Array(n);
  const pickCost = new Float64Array(n);
  let upper = search.upper;
  let bestBound = -Infinity;
  let step = 2;
  let stall = 0;
  for (let it = 0; it < search.iterations; it++) {
    cover.fill(0);
    offerOf.fill(-1);
    pickCost.fill(Infinity);
    let bound = 0;
    for (let i = 0; i < n; i++) bound += lambda[i] as number;
    for (let j = 0; j < m; j++)
      bound += knapsack(j, items[j] as { i: number[]; base: number[] }, problem.offers[j]?.capacity as number);
    for (let g = 0; g < members.length; g++) bound += unplacedChoice(members[g] as number[], groups.bands[g] ?? []);
    if (bound > bestBound + 1e-12 * Math.max(1, Math.abs(bound))) {
      bestBound = bound;
      stall = 0;
    } else if (++stall >= 20) {
      step /= 2;
      stall = 0;
    }
    if (search.hint && it % HINT_EVERY === HINT_EVERY - 1) upper = Math.min(upper, search.hint(offerOf));
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const g = 1 - (cover[i] as number);
      norm += g * g;
    }
    if (norm < 1e-12 || upper - bound <= 1e-9 * Math.max(1, Math.abs(upper)) || step < 1e-6) break;
    const t = (step * Math.max(upper - bound, 1e-9 * Math.max(1, Math.abs(upper)))) / norm;
    for (let i = 0; i < n; i++) lambda[i] = (lambda[i] as number) + t * (1 - (cover[i] as number));
  }
  return bestBound;

  /** Min-cost 0/1 knapsack over reduced costs `base − λ` (only negative ones matter); records cover. */
  function knapsack(j: number, it: { i: number[]; base: number[] }, cap: number): number {
    const idx: number[] = [];
    const w: number[] = [];
    const r: number[] = [];
    const take1 = (i: number, amount: number, rc: number) => {
      cover[i] = (cover[i] as number) + amount;
      if (amount === 1 && rc < (pickCost[i] as number)) {
        pickCost[i] = rc;
        offerOf[i] = j;
      }
    };
    let total = 0;
    let weight = 0;
    for (let k = 0; k < it.i.length; k++) {
      const i = it.i[k] as number;
      const rc = (it.base[k] as number) - (lambda[i] as number);
      if (rc >= 0) continue;
      idx.push(i);
      w.push(size[i] as number);
      r.push(rc);
      total += rc;
      weight += size[i] as number;
    }
    if (idx.length === 0) return 0;
    if (weight <= cap) {
      idx.forEach((i, k) => {
        take1(i, 1, r[k] as number);
      });
      return total;
    }
    const c = Math.min(cap, weight);
    if (idx.length * (c + 1) > DP_MAX_CELLS) return fractional(idx, w, r, c, take1);
    // dp[x] = min reduced cost with at most x seats; take[k][x] remembers choices for the cover.
    const dp = new Float64Array(c + 1);
    const take = new Uint8Array(idx.length * (c + 1));
    for (let k = 0; k < idx.length; k++) {
      const wk = w[k] as number;
      const rk = r[k] as number;
      for (let x = c; x >= wk; x--) {
        const v = (dp[x - wk] as number) + rk;
        if (v < (dp[x] as number)) {
          dp[x] = v;
          take[k * (c + 1) + x] = 1;
        }
      }
    }
    let x = c;
    for (let k = idx.length - 1; k >= 0; k--)
      if (take[k * (c + 1) + x] === 1) {
        take1(idx[k] as number, 1, r[k] as number);
        x -= w[k] as number;
      }
    return dp[c] as number;
  }

  /** LP bound of a knapsack too large for the DP (greedy by reduced cost per seat, last item fractional). */
  function fractional(
    idx: number[],
    w: number[],
    r: number[],
    cap: number,
    take1: (i: number, amount: number, rc: number) => void,
  ): number {
    const order = idx
      .map((_, k) => k)
      .sort((a, b) => (r[a] as number) / (w[a] as number) - (r[b] as number) / (w[b] as number));
    let left = cap;
    let value = 0;
    for (const k of order) {
      if (left <= 0) break;
      const f = Math.min(1, left / (w[k] as number));
      value += f * (r[k] as number);
      take1(idx[k] as number, f, r[k] as number);
      left -= f * (w[k] as number);
    }
    return value;
  }

  /** Min over u ∈ [0,1]: penalty(Σ size·u) − Σ λ·u for one group (continuous: a valid relaxation). */
  function unplacedChoice(who: number[], bands: ReadonlyArray<PenaltyBand>): number {
    const order = who
      .filter((i) => (lambda[i] as number) > 0)
      .sort((a, b) => (lambda[b] as number) / (size[b] as number) - (lambda[a] as number) / (size[a] as number));
    let value = 0;
    let band = 0;
    let usedInBand = 0;
    for (const i of order) {
      const ratio = (lambda[i] as number) / (size[i] as number);
      let left = size[i] as number;
      while (left > 0 && band < bands.length) {
        const b = bands[band] as PenaltyBand;
        if (ratio <= b.slope) return value;
        const take = Math.min(left, b.width - usedInBand);
        value += take * (b.slope - ratio);
        cover[i] = (cover[i] as number) + take / (size[i] as number);
        left -= take;
        usedInBand += take;
        if (usedInBand >= b.width) {
          band++;
          usedInBand = 0;
        }
      }
      if (band >= bands.length) return value;
    }
    return value;
  }
};
