import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import type { PenaltyBand } from "./fairnessPenalty.js";
import { groupsOf, type PenaltyOptions } from "./solveDivisible.js";

/** Above this many DP cells (items × capacity) an offer's knapsack is bounded by its LP relaxation instead. */
const DP_MAX_CELLS = 2_000_000;

/**
 * Above this many DP cells (members × seats) a fairness group's unplaced choice is relaxed to fractions of groups
 * (still a bound, weaker) instead of solved over whole groups.
 */
const UNPLACED_DP_MAX_CELLS = 200_000;

/** Options of the multiplier search (internal). */
export interface LagrangianOptions {
  /** Most iterations of the volume algorithm (each solves every offer's knapsack once). */
  readonly iterations: number;
  /** A known objective value (the heuristic's), for the step size; the search stops once the bound meets it. */
  readonly upper: number;
  /**
   * Called every {@link HINT_EVERY} iterations, when the multipliers improved, with the offer each demand was taken
   * by in the knapsacks at the best multipliers (−1 if none; the cheapest if several) — a near-feasible allocation
   * for a Lagrangian heuristic — and returning the best objective known after building an allocation from it (a
   * better upper bound sharpens the step size and may end the search sooner).
   */
  readonly hint?: (offerOf: Int32Array) => number;
  /** Stop when `upper − bound ≤ tolerance × |upper|` (the allocation is proven within that of the optimum). */
  readonly tolerance?: number;
}

/** Iterations between two calls of {@link LagrangianOptions.hint}. */
export const HINT_EVERY = 25;

/** Default of {@link LagrangianOptions.tolerance}: 0.01 %. */
export const BOUND_TOLERANCE = 1e-4;

// Volume algorithm settings (Barahona & Anbil 2000, §3): initial step factor, its cap, the most weight a new
// subproblem solution gets in the averaged one, and the failed steps after which the step factor shrinks.
const STEP_START = 0.1;
const STEP_MAX = 2;
const ALPHA_MAX = 0.1;
const RED_STEPS = 20;

/**
 * A lower bound on the whole-class optimum by Lagrangian relaxation of the "each demand placed once or left
 * unplaced" constraints (Ross & Soland 1975, "A branch and bound algorithm for the generalized assignment problem",
 * Math. Programming 8:91–103; Fisher, Jaikumar & Van Wassenhove 1986, Management Sci. 32(9):1095–1103): with
 * multipliers `λ`, the problem splits into one 0/1 knapsack per offer (take demands with `size × costPerSeat − λ < 0`
 * within the seats) — solved exactly by dynamic programming over seats (capacities are small integers) — and, per
 * fairness group, which whole demands to leave unplaced against the convex penalty (exact by DP over unplaced
 * seats; very large groups fall back to fractions of demands, a relaxation, so still a bound). Every `λ` gives a
 * valid lower bound `L(λ)`; its maximum is the LP over the subproblems' convex hulls (Geoffrion 1974, "Lagrangean
 * relaxation for integer programming", Math. Programming Study 2:82–114) — the LP relaxation of the set-partitioning
 * (Dantzig–Wolfe) formulation, whose columns are feasible loads of one offer (Savelsbergh 1997, Oper. Res.
 * 45(6):831–841), plus here each fairness group's choice of demands left unplaced — so every `L(λ)` is at most that
 * LP bound, and at least as strong as the plain LP relaxation at the best `λ` (neither subproblem has the
 * integrality property). Leaving whole demands unplaced matters when
 * seats run short: with fractions, a school can leave a third of three groups unplaced at the first band's price.
 *
 * `λ` is searched by the volume algorithm (Barahona & Anbil 2000, "The volume algorithm: producing primal solutions
 * with a subgradient method", Math. Programming 87:385–399): a subgradient method that steps along `1 − x̄`, where
 * `x̄` is an exponentially weighted average of the subproblems' solutions (an approximate primal solution), moves
 * its centre only when `L` rises, and grows or shrinks the step factor by the classic green/yellow/red rules. It
 * converges far more reliably than the plain subgradient method (Held, Wolfe & Crowder 1974) on these instances.
 *
 * @returns the best bound found, `L` at the best multipliers (never above the optimum).
 */
export const lagrangianBound = (
  problem: AllocationProblem,
  options: PenaltyOptions,
  search: LagrangianOptions,
): number => {
  const oracle = new LagrangianOracle(problem, options);
  const n = oracle.n;
  const tolerance = search.tolerance ?? BOUND_TOLERANCE;
  let upper = search.upper;
  const closed = (bound: number) => upper - bound <= tolerance * Math.max(1, Math.abs(upper));

  const centre = oracle.initial();
  let best = oracle.evaluate(centre);
  if (search.iterations <= 0 || closed(best)) return best;
  const bestOfferOf = Int32Array.from(oracle.offerOf);
  const average = Float64Array.from(oracle.cover);
  const lambda = new Float64Array(n);
  const direction = new Float64Array(n);
  let factor = STEP_START;
  let reds = 0;
  let hinted = true; // the start's knapsack solution is no better than the runs made before
  for (let it = 0; it < search.iterations; it++) {
    if (search.hint && !hinted && it % HINT_EVERY === HINT_EVERY - 1) {
      upper = Math.min(upper, search.hint(bestOfferOf));
      hinted = true;
      if (closed(best)) break;
    }
    let gg = 0;
    for (let i = 0; i < n; i++) {
      const g = 1 - (average[i] as number);
      direction[i] = g;
      gg += g * g;
    }
    if (gg < 1e-12) break; // the averaged solution assigns every demand exactly once: the centre is optimal
    const step = (factor * Math.max(upper - best, 1e-9 * Math.max(1, Math.abs(upper)))) / gg;
    for (let i = 0; i < n; i++) lambda[i] = (centre[i] as number) + step * (direction[i] as number);
    const value = oracle.evaluate(lambda);
    // Weight of the new solution in the average: the one that minimises the averaged subgradient's norm, clipped.
    let vv = 0;
    let vg = 0;
    for (let i = 0; i < n; i++) {
      const v = 1 - (oracle.cover[i] as number);
      vv += v * v;
      vg += v * (direction[i] as number);
    }
    const denominator = vv - 2 * vg + gg;
    const alpha = Math.min(
      ALPHA_MAX,
      Math.max(ALPHA_MAX / 10, denominator > 1e-12 ? (gg - vg) / denominator : ALPHA_MAX),
    );
    for (let i = 0; i < n; i++) average[i] = alpha * (oracle.cover[i] as number) + (1 - alpha) * (average[i] as number);
    if (value > best) {
      // Serious step. Green (the new subgradient still points along the direction): a longer step next time.
      if (vg >= 0) factor = Math.min(STEP_MAX, 1.1 * factor);
      centre.set(lambda);
      bestOfferOf.set(oracle.offerOf);
      best = value;
      reds = 0;
      hinted = false;
      if (closed(best)) break;
    } else if (++reds >= RED_STEPS) {
      factor *= 0.66;
      reds = 0;
      if (factor < 1e-6) break;
    }
  }
  return best;
};

/**
 * `L(λ)` of {@link lagrangianBound} (internal): the offers' knapsacks (exact DP over seats) and the groups' unplaced
 * choices, with what each demand got — `cover[i]` (how many times demand `i` was taken, fractions for unplaced seats)
 * and `offerOf[i]` (the offer whose knapsack took it at the lowest reduced cost, −1 if none).
 */
export class LagrangianOracle {
  readonly n: number;
  readonly cover: Float64Array;
  readonly offerOf: Int32Array;
  private readonly m: number;
  private readonly size: Int32Array;
  private readonly capacity: Int32Array;
  /** Items of offer `j`: `who[start[j] … start[j + 1])` with cost `base` (size × cost per seat). */
  private readonly start: Int32Array;
  private readonly who: Int32Array;
  private readonly base: Float64Array;
  private readonly groupStart: Int32Array;
  private readonly groupMembers: Int32Array;
  private readonly bands: ReadonlyArray<ReadonlyArray<PenaltyBand>>;
  private readonly firstSlope: Float64Array;
  private readonly pickCost: Float64Array;
  private poolW = new Int32Array(0);
  private poolV = new Float64Array(0);
  private poolItem = new Int32Array(0);
  private poolPrev = new Int32Array(0);
  private frontA = new Int32Array(0);
  private frontB = new Int32Array(0);
  private readonly selI: Int32Array;
  private readonly selW: Int32Array;
  private readonly selR: Float64Array;
  private readonly order: Int32Array;
  private readonly ratio: Float64Array;
  private gain = new Float64Array(0);
  private chosen = new Uint8Array(0);

  constructor(problem: AllocationProblem, options: PenaltyOptions) {
    const n = problem.demands.length;
    const m = problem.offers.length;
    this.n = n;
    this.m = m;
    const groups = groupsOf(problem, options);
    this.size = Int32Array.from(problem.demands, (d) => d.size);
    this.capacity = Int32Array.from(problem.offers, (o) => o.capacity);
    const start = new Int32Array(m + 1);
    const usable = (i: number, c: Candidate) => (this.size[i] as number) <= (this.capacity[c.offer] as number);
    problem.candidates.forEach((cands, i) => {
      for (const c of cands) if (usable(i, c)) start[c.offer + 1] = (start[c.offer + 1] as number) + 1;
    });
    for (let j = 0; j < m; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
    this.start = start;
    this.who = new Int32Array(start[m] as number);
    this.base = new Float64Array(start[m] as number);
    const next = start.slice(0, m);
    problem.candidates.forEach((cands, i) => {
      for (const c of cands)
        if (usable(i, c)) {
          const q = next[c.offer] as number;
          next[c.offer] = q + 1;
          this.who[q] = i;
          this.base[q] = (this.size[i] as number) * c.perSeat;
        }
    });
    let items = 0;
    for (let j = 0; j < m; j++) items = Math.max(items, (start[j + 1] as number) - (start[j] as number));
    this.selI = new Int32Array(items);
    this.selW = new Int32Array(items);
    this.selR = new Float64Array(items);
    const groupCount = groups.names.length;
    this.groupStart = new Int32Array(groupCount + 1);
    for (const g of groups.groupOf) this.groupStart[g + 1] = (this.groupStart[g + 1] as number) + 1;
    for (let g = 0; g < groupCount; g++)
      this.groupStart[g + 1] = (this.groupStart[g + 1] as number) + (this.groupStart[g] as number);
    this.groupMembers = new Int32Array(n);
    const at = this.groupStart.slice(0, groupCount);
    groups.groupOf.forEach((g, i) => {
      this.groupMembers[at[g] as number] = i;
      at[g] = (at[g] as number) + 1;
    });
    this.bands = groups.bands;
    this.firstSlope = Float64Array.from(groups.groupOf, (g) => groups.bands[g]?.[0]?.slope ?? options.penalty);
    this.cover = new Float64Array(n);
    this.offerOf = new Int32Array(n);
    this.pickCost = new Float64Array(n);
    this.order = new Int32Array(n);
    this.ratio = new Float64Array(n);
  }

  /** Starting multipliers: the cheapest way to settle each demand (its best usable offer, or unplaced). */
  initial(): Float64Array {
    const lambda = Float64Array.from(this.firstSlope, (s, i) => s * (this.size[i] as number));
    for (let j = 0; j < this.m; j++)
      for (let q = this.start[j] as number; q < (this.start[j + 1] as number); q++) {
        const i = this.who[q] as number;
        lambda[i] = Math.min(lambda[i] as number, this.base[q] as number);
      }
    return lambda;
  }

  /** `L(λ)`, filling {@link cover} and {@link offerOf}. */
  evaluate(lambda: Float64Array): number {
    this.cover.fill(0);
    this.offerOf.fill(-1);
    this.pickCost.fill(Infinity);
    let bound = 0;
    for (let i = 0; i < this.n; i++) bound += lambda[i] as number;
    for (let j = 0; j < this.m; j++) bound += this.knapsack(j, lambda);
    for (let g = 0; g + 1 < this.groupStart.length; g++) bound += this.unplacedChoice(g, lambda);
    return bound;
  }

  private taken(i: number, j: number, rc: number): void {
    this.cover[i] = (this.cover[i] as number) + 1;
    if (rc < (this.pickCost[i] as number)) {
      this.pickCost[i] = rc;
      this.offerOf[i] = j;
    }
  }

  /** Min-cost 0/1 knapsack of offer `j` over reduced costs `base − λ` (only negative ones matter). */
  private knapsack(j: number, lambda: Float64Array): number {
    const { selI, selW, selR } = this;
    let count = 0;
    let weight = 0;
    let total = 0;
    for (let q = this.start[j] as number; q < (this.start[j + 1] as number); q++) {
      const i = this.who[q] as number;
      const rc = (this.base[q] as number) - (lambda[i] as number);
      if (rc >= 0) continue;
      selI[count] = i;
      selW[count] = this.size[i] as number;
      selR[count] = rc;
      count++;
      weight += this.size[i] as number;
      total += rc;
    }
    if (count === 0) return 0;
    const cap = this.capacity[j] as number;
    if (weight <= cap) {
      for (let k = 0; k < count; k++) this.taken(selI[k] as number, j, selR[k] as number);
      return total;
    }
    const width = cap + 1;
    if (count * width > DP_MAX_CELLS) return this.fractional(j, count, cap);
    // Dynamic programming over seats, sparse (Nemhauser & Ullmann 1969, Management Sci. 15(9):494–505): after
    // each item, the Pareto frontier of (seats used, reduced cost) over its subsets — increasing seats, strictly
    // falling cost — as states in a pool that remember their item and predecessor. Exact, and with groups of tens
    // of seats the frontier holds a handful of states where the dense table has one per seat.
    this.reserve(count * width + 1);
    this.reserveFront(width);
    const { poolW, poolV, poolItem, poolPrev } = this;
    let cur = this.frontA;
    let next = this.frontB;
    let pool = 1;
    poolW[0] = 0;
    poolV[0] = 0;
    poolItem[0] = -1;
    poolPrev[0] = -1;
    cur[0] = 0;
    let size = 1;
    for (let k = 0; k < count; k++) {
      const w = selW[k] as number;
      const r = selR[k] as number;
      let a = 0; // next unchanged state
      let b = 0; // next state to extend by item k
      let kept = 0;
      let last = Infinity;
      while (a < size || b < size) {
        const sa = a < size ? (cur[a] as number) : -1;
        const sb = b < size ? (cur[b] as number) : -1;
        const wb = sb < 0 ? Infinity : (poolW[sb] as number) + w;
        if (sb >= 0 && wb > cap) b = size; // the rest are heavier still
        const extend = sb >= 0 && wb <= cap && (sa < 0 || wb < (poolW[sa] as number));
        if (!extend && sa < 0) break;
        if (extend) {
          const v = (poolV[sb] as number) + r;
          b++;
          if (v < last) {
            poolW[pool] = wb;
            poolV[pool] = v;
            poolItem[pool] = k;
            poolPrev[pool] = sb;
            // A kept state of the same weight is dominated: replace it (weights stay strictly increasing).
            if (kept > 0 && poolW[next[kept - 1] as number] === wb) kept--;
            next[kept++] = pool++;
            last = v;
          }
        } else {
          a++;
          const v = poolV[sa] as number;
          // On equal weights the unchanged state comes first; a cheaper extension then replaces it.
          if (v < last) {
            next[kept++] = sa;
            last = v;
          }
        }
      }
      const t = cur;
      cur = next;
      next = t;
      size = kept;
    }
    const end = cur[size - 1] as number;
    for (let st = end; st > 0; st = poolPrev[st] as number) {
      const k = poolItem[st] as number;
      if (k >= 0) this.taken(selI[k] as number, j, selR[k] as number);
    }
    return poolV[end] as number;
  }

  /** Grows the state pool of {@link knapsack} to at least `states` entries. */
  private reserve(states: number): void {
    if (this.poolW.length >= states) return;
    const n = Math.max(states, 2 * this.poolW.length);
    this.poolW = new Int32Array(n);
    this.poolV = new Float64Array(n);
    this.poolItem = new Int32Array(n);
    this.poolPrev = new Int32Array(n);
  }

  /** Grows the frontier buffers of {@link knapsack} to `width` states (at most one per seat count). */
  private reserveFront(width: number): void {
    if (this.frontA.length >= width) return;
    this.frontA = new Int32Array(width);
    this.frontB = new Int32Array(width);
  }

  /** LP bound of a knapsack too large for the DP (greedy by reduced cost per seat, last item fractional). */
  private fractional(j: number, count: number, cap: number): number {
    const { selI, selW, selR } = this;
    const order = Array.from({ length: count }, (_, k) => k).sort(
      (a, b) => (selR[a] as number) / (selW[a] as number) - (selR[b] as number) / (selW[b] as number),
    );
    let left = cap;
    let value = 0;
    for (const k of order) {
      if (left <= 0) break;
      const f = Math.min(1, left / (selW[k] as number));
      value += f * (selR[k] as number);
      if (f === 1) this.taken(selI[k] as number, j, selR[k] as number);
      else this.cover[selI[k] as number] = (this.cover[selI[k] as number] as number) + f;
      left -= f * (selW[k] as number);
    }
    return value;
  }

  /**
   * Which of group `g`'s demands to leave unplaced: min over u ∈ {0,1} of penalty(Σ size·u) − Σ λ·u — whole groups,
   * as in the problem itself — by DP over unplaced seats (exactly `t` seats at the largest Σ λ, then the penalty of
   * `t`); only demands with λ > 0 can gain. Groups too large for the DP use the continuous relaxation u ∈ [0,1]
   * ({@link unplacedFractions}).
   */
  private unplacedChoice(g: number, lambda: Float64Array): number {
    const { order, size } = this;
    const bands = this.bands[g] as ReadonlyArray<PenaltyBand>;
    let count = 0;
    let total = 0;
    for (let q = this.groupStart[g] as number; q < (this.groupStart[g + 1] as number); q++) {
      const i = this.groupMembers[q] as number;
      if ((lambda[i] as number) > 0) {
        order[count++] = i;
        total += size[i] as number;
      }
    }
    if (count === 0) return 0;
    const width = total + 1;
    if (count * width > UNPLACED_DP_MAX_CELLS) return this.unplacedFractions(count, bands, lambda);
    if (this.gain.length < width) this.gain = new Float64Array(width);
    if (this.chosen.length < count * width) this.chosen = new Uint8Array(count * width);
    const { gain, chosen } = this;
    // gain[t] = largest Σ λ over subsets of exactly t seats (−∞: none).
    gain.fill(-Infinity, 0, width);
    gain[0] = 0;
    let reach = 0;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const w = size[i] as number;
      const l = lambda[i] as number;
      const row = k * width;
      chosen.fill(0, row, row + width);
      reach += w;
      for (let t = reach; t >= w; t--) {
        const v = (gain[t - w] as number) + l;
        if (v > (gain[t] as number)) {
          gain[t] = v;
          chosen[row + t] = 1;
        }
      }
    }
    let best = 0;
    let bestT = 0;
    let penalty = 0;
    let band = 0;
    let usedInBand = 0;
    for (let t = 1; t <= total; t++) {
      // penalty = bandCost(bands, t), built up seat by seat.
      while (band < bands.length && usedInBand >= (bands[band] as PenaltyBand).width) {
        band++;
        usedInBand = 0;
      }
      if (band >= bands.length) break; // never: the bands cover the group's requested seats
      penalty += (bands[band] as PenaltyBand).slope;
      usedInBand++;
      const v = penalty - (gain[t] as number);
      if (v < best) {
        best = v;
        bestT = t;
      }
    }
    let t = bestT;
    for (let k = count - 1; k >= 0 && t > 0; k--)
      if (chosen[k * width + t] === 1) {
        const i = order[k] as number;
        this.cover[i] = (this.cover[i] as number) + 1;
        t -= size[i] as number;
      }
    return best;
  }

  /** Min over u ∈ [0,1]: penalty(Σ size·u) − Σ λ·u over the `count` demands in `order` (continuous relaxation). */
  private unplacedFractions(count: number, bands: ReadonlyArray<PenaltyBand>, lambda: Float64Array): number {
    const { order, ratio, size } = this;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      ratio[i] = (lambda[i] as number) / (size[i] as number);
    }
    const sorted = order.subarray(0, count).sort((a, b) => (ratio[b] as number) - (ratio[a] as number));
    let value = 0;
    let band = 0;
    let usedInBand = 0;
    for (const i of sorted) {
      const r = ratio[i] as number;
      let left = size[i] as number;
      while (left > 0) {
        const b = bands[band];
        if (b === undefined || r <= b.slope) return value;
        const take = Math.min(left, b.width - usedInBand);
        value += take * (b.slope - r);
        this.cover[i] = (this.cover[i] as number) + take / (size[i] as number);
        left -= take;
        usedInBand += take;
        if (usedInBand >= b.width) {
          band++;
          usedInBand = 0;
        }
      }
    }
    return value;
  }
}
