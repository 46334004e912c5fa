import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import { bandCost, type PenaltyBand } from "./fairnessPenalty.js";
import { groupsOf, type PenaltyOptions } from "./solveDivisible.js";

/**
 * The fixed data of a whole-class problem in flat arrays (internal), built once and shared by every
 * {@link WholeClassState} of it.
 */
export class WholeClassModel {
  readonly n: number;
  readonly m: number;
  readonly size: Int32Array;
  readonly group: Int32Array;
  readonly bands: ReadonlyArray<ReadonlyArray<PenaltyBand>>;
  readonly requested: ReadonlyArray<number>;
  /** `slot[i × m + j]`: index of offer `j` in demand `i`'s candidates, −1 if infeasible. */
  readonly slot: Int32Array;
  /** Candidates of demand `i` are `candStart[i] … candStart[i + 1]`; their offer and full cost (size × per seat). */
  readonly candStart: Int32Array;
  readonly candOffer: Int32Array;
  readonly candCost: Float64Array;

  constructor(
    readonly problem: AllocationProblem,
    options: PenaltyOptions,
  ) {
    const n = problem.demands.length;
    const m = problem.offers.length;
    this.n = n;
    this.m = m;
    const groups = groupsOf(problem, options);
    this.size = Int32Array.from(problem.demands, (d) => d.size);
    this.group = Int32Array.from(groups.groupOf);
    this.bands = groups.bands;
    this.requested = groups.requested;
    this.slot = new Int32Array(n * m).fill(-1);
    this.candStart = new Int32Array(n + 1);
    problem.candidates.forEach((cands, i) => {
      this.candStart[i + 1] = (this.candStart[i] as number) + cands.length;
    });
    this.candOffer = new Int32Array(this.candStart[n] as number);
    this.candCost = new Float64Array(this.candStart[n] as number);
    problem.candidates.forEach((cands, i) => {
      cands.forEach((c, k) => {
        this.slot[i * m + c.offer] = k;
        this.candOffer[(this.candStart[i] as number) + k] = c.offer;
        this.candCost[(this.candStart[i] as number) + k] = (this.size[i] as number) * c.perSeat;
      });
    });
  }
}

/**
 * A whole-class allocation being improved (internal): each demand in one offer or none, spare seats per offer, the
 * demands in each offer, unplaced seats per fairness group, and the exact objective kept up to date by every move.
 */
export class WholeClassState {
  readonly problem: AllocationProblem;
  readonly n: number;
  readonly m: number;
  readonly size: Int32Array;
  readonly group: Int32Array;
  readonly bands: ReadonlyArray<ReadonlyArray<PenaltyBand>>;
  /** `slot[i × m + j]`: index of offer `j` in demand `i`'s candidates, −1 if infeasible. */
  readonly slot: Int32Array;
  readonly candStart: Int32Array;
  readonly candOffer: Int32Array;
  readonly candCost: Float64Array;
  /** Candidate index of each demand's placement, −1 = unplaced. */
  readonly at: Int32Array;
  readonly spare: Float64Array;
  readonly unplaced: Float64Array;
  /** The demands placed in each offer. */
  readonly holders: number[][];
  cost: number;

  constructor(problem: AllocationProblem, options: PenaltyOptions, model = new WholeClassModel(problem, options)) {
    this.problem = problem;
    this.n = model.n;
    this.m = model.m;
    this.size = model.size;
    this.group = model.group;
    this.bands = model.bands;
    this.slot = model.slot;
    this.candStart = model.candStart;
    this.candOffer = model.candOffer;
    this.candCost = model.candCost;
    this.at = new Int32Array(this.n).fill(-1);
    this.spare = Float64Array.from(problem.offers, (o) => o.capacity);
    this.unplaced = Float64Array.from(model.requested);
    this.holders = Array.from({ length: this.m }, () => []);
    this.cost = 0;
    for (let g = 0; g < this.unplaced.length; g++) this.cost += this.groupCost(g, 0);
  }

  candidate(i: number, k: number): Candidate {
    return (this.problem.candidates[i] as ReadonlyArray<Candidate>)[k] as Candidate;
  }

  /** Number of candidates of demand `i`. */
  count(i: number): number {
    return (this.candStart[i + 1] as number) - (this.candStart[i] as number);
  }

  /** Offer of candidate `k` of demand `i` (−1 for `k` = −1, unplaced). */
  offerOf(i: number, k: number): number {
    return k < 0 ? -1 : (this.candOffer[(this.candStart[i] as number) + k] as number);
  }

  /** The fairness penalty of group `g` with `delta` more unplaced seats than now. */
  groupCost(g: number, delta: number): number {
    return bandCost(this.bands[g] as ReadonlyArray<PenaltyBand>, (this.unplaced[g] as number) + delta);
  }

  /** Cost of placing demand `i` at its candidate `k` (−1 = unplaced contributes 0 here; see {@link groupCost}). */
  placeCost(i: number, k: number): number {
    return k < 0 ? 0 : (this.candCost[(this.candStart[i] as number) + k] as number);
  }

  /** Objective change if demand `i` moves to candidate `k` (−1 = unplaced), capacity not checked. */
  moveDelta(i: number, k: number): number {
    const from = this.at[i] as number;
    if (from === k) return 0;
    const s = this.size[i] as number;
    const g = this.group[i] as number;
    let d = this.placeCost(i, k) - this.placeCost(i, from);
    const du = (k < 0 ? s : 0) - (from < 0 ? s : 0);
    if (du !== 0) d += this.groupCost(g, du) - this.groupCost(g, 0);
    return d;
  }

  /** Whether candidate `k` of demand `i` has room for it (counting the seats it holds there already). */
  fits(i: number, k: number): boolean {
    if (k < 0 || k === this.at[i]) return true;
    return (this.spare[this.offerOf(i, k)] as number) >= (this.size[i] as number);
  }

  /** Moves demand `i` to candidate `k` (−1 = unplaced), updating spare seats, unplaced seats and the cost. */
  move(i: number, k: number): void {
    const from = this.at[i] as number;
    if (from === k) return;
    this.cost += this.moveDelta(i, k);
    const s = this.size[i] as number;
    const g = this.group[i] as number;
    if (from >= 0) {
      const j = this.offerOf(i, from);
      this.spare[j] = (this.spare[j] as number) + s;
      const list = this.holders[j] as number[];
      list.splice(list.indexOf(i), 1);
    } else this.unplaced[g] = (this.unplaced[g] as number) - s;
    if (k >= 0) {
      const j = this.offerOf(i, k);
      this.spare[j] = (this.spare[j] as number) - s;
      (this.holders[j] as number[]).push(i);
    } else this.unplaced[g] = (this.unplaced[g] as number) + s;
    this.at[i] = k;
  }

  /** The objective recomputed from scratch (for checks). */
  recompute(): number {
    let c = 0;
    for (let i = 0; i < this.n; i++) c += this.placeCost(i, this.at[i] as number);
    for (let g = 0; g < this.unplaced.length; g++) c += this.groupCost(g, 0);
    return c;
  }
}
