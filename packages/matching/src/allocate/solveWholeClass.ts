import type { AllocationProblem } from "./AllocationProblem.js";
import type { PenaltyOptions, SeatPlan } from "./solveDivisible.js";
import { WholeClassModel, WholeClassState } from "./wholeClassState.js";

/** Improvements smaller than this are treated as none (guards against floating-point cycling). */
const EPS = 1e-9;

/**
 * Regret greedy construction (Martello & Toth 1981, "An algorithm for the generalized assignment problem", in
 * *Operational Research '81*, pp. 589–603; Martello & Toth 1990, *Knapsack Problems*, §7.4): while some demand is
 * unplaced and fits somewhere, take the one whose best offer beats its second-best option (another offer, or staying
 * unplaced) by the most — the one that would lose most by waiting — and give it its best offer with room. Demands
 * listed in `first` (offer candidate indices, e.g. from the LP relaxation) are placed first where they fit.
 */
const construct = (s: WholeClassState, first?: Int32Array): void => {
  if (first)
    for (let i = 0; i < s.n; i++) {
      const k = first[i] as number;
      if (k >= 0 && s.fits(i, k)) s.move(i, k);
    }
  const open = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) if ((s.at[i] as number) < 0 && s.count(i) > 0) open[i] = 1;
  for (;;) {
    let pick = -1;
    let pickK = -1;
    let pickRegret = -Infinity;
    for (let i = 0; i < s.n; i++) {
      if (open[i] === 0) continue;
      let best = Infinity;
      let bestK = -1;
      let second = s.moveDelta(i, -1); // 0: staying unplaced
      const count = s.count(i);
      for (let k = 0; k < count; k++) {
        if (!s.fits(i, k)) continue;
        const d = s.moveDelta(i, k);
        if (d < best) {
          second = Math.min(second, best);
          best = d;
          bestK = k;
        } else if (d < second) second = d;
      }
      if (bestK < 0 || best >= -EPS) {
        open[i] = 0; // nowhere to go (or not worth it): stays unplaced
        continue;
      }
      const regret = second - best;
      if (regret > pickRegret + EPS || (regret > pickRegret - EPS && (s.size[i] as number) > (s.size[pick] ?? 0))) {
        pick = i;
        pickK = bestK;
        pickRegret = regret;
      }
    }
    if (pick < 0) return;
    s.move(pick, pickK);
    open[pick] = 0;
  }
};

/** Tries moving `i` to `k` (and optionally `i2` to `k2`); keeps the moves if the cost falls, else undoes them. */
const attempt = (s: WholeClassState, i: number, k: number, i2 = -1, k2 = -1): boolean => {
  const before = s.cost;
  const from = s.at[i] as number;
  const from2 = i2 >= 0 ? (s.at[i2] as number) : -1;
  // Move the one that frees seats first.
  if (i2 >= 0) s.move(i2, -1);
  if (!s.fits(i, k)) {
    if (i2 >= 0) s.move(i2, from2);
    return false;
  }
  s.move(i, k);
  if (i2 >= 0) {
    if (!s.fits(i2, k2)) {
      s.move(i, from);
      s.move(i2, from2);
      return false;
    }
    s.move(i2, k2);
  }
  if (s.cost < before - EPS) return true;
  if (i2 >= 0) s.move(i2, -1);
  s.move(i, from);
  if (i2 >= 0) s.move(i2, from2);
  return false;
};

/**
 * Local search to a local optimum of three neighbourhoods, first improvement: *shift* (a demand to another offer with
 * room, or from unplaced into one), *swap* (two demands in different offers exchange them, or a placed and an
 * unplaced one trade places), and *ejection chains* for unplaced demands — the
 * shift/swap neighbourhoods of GAP local search (Osman 1995, "Heuristics for the generalised assignment problem",
 * OR Spektrum 17:211–225) plus ejection chains (see {@link insertByChain}) and,
 * when those are exhausted, exact re-packing of pairs of offers (see {@link repackPair}).
 */
const improve = (s: WholeClassState, linked: Int32Array, chain: ChainBuffers): void => {
  const m = s.m;
  let better = true;
  while (better) {
    better = false;
    for (let i = 0; i < s.n; i++) {
      const count = s.count(i);
      for (let k = 0; k < count; k++)
        if (k !== s.at[i] && s.fits(i, k) && s.moveDelta(i, k) < -EPS) {
          s.move(i, k);
          better = true;
        }
    }
    for (let i = 0; i < s.n; i++) {
      const ki = s.at[i] as number;
      for (let i2 = i + 1; i2 < s.n; i2++) {
        const k2 = s.at[i2] as number;
        if (ki < 0 && k2 < 0) continue;
        const a = s.offerOf(i, ki);
        const b = s.offerOf(i2, k2);
        if (a === b) continue;
        // i takes i2's offer (or i2's "unplaced"), i2 takes i's.
        const kInB = b < 0 ? -1 : (s.slot[i * m + b] as number);
        const k2InA = a < 0 ? -1 : (s.slot[i2 * m + a] as number);
        if ((b >= 0 && kInB < 0) || (a >= 0 && k2InA < 0)) continue;
        if (a >= 0 && b >= 0) {
          // Both placed: the fairness penalty does not change, so price and check the swap before trying it.
          const si = s.size[i] as number;
          const s2 = s.size[i2] as number;
          if ((s.spare[b] as number) + s2 < si || (s.spare[a] as number) + si < s2) continue;
          const delta = s.placeCost(i, kInB) - s.placeCost(i, ki) + s.placeCost(i2, k2InA) - s.placeCost(i2, k2);
          if (delta >= -EPS) continue;
        }
        if (attempt(s, i, kInB, i2, k2InA)) {
          better = true;
          break;
        }
      }
    }
    // Ejection chains: a demand enters an offer (unplaced: any; placed: a cheaper one), making room by moving others.
    for (let u = 0; u < s.n; u++) if (insertByChain(s, u, chain)) better = true;
    if (!better && repackAll(s, linked)) better = true;
  }
};

/** Most demands re-packed together by {@link repackPair} (2^n assignments at most, usually far fewer). */
const REPACK_MAX = 14;

/**
 * Re-packs two offers exactly (a very-large-scale neighbourhood in the sense of Ahuja, Ergun, Orlin & Punnen 2002,
 * "A survey of very large-scale neighborhood search techniques", Discrete Appl. Math. 123:75–102): every demand placed
 * in offer `a` or `b` is re-assigned to `a` or `b`, and unplaced demands that may use them may join, by exhaustive
 * search with capacity pruning; the best packing is kept if it lowers the objective.
 */
const repackPair = (s: WholeClassState, a: number, b: number): boolean => {
  const m = s.m;
  const placedA = s.holders[a] as number[];
  const placedB = s.holders[b] as number[];
  const who: number[] = [...placedA, ...placedB];
  const placedCount = who.length;
  for (let u = 0; u < s.n && who.length <= REPACK_MAX; u++)
    if ((s.at[u] as number) < 0 && ((s.slot[u * m + a] as number) >= 0 || (s.slot[u * m + b] as number) >= 0))
      who.push(u);
  if (placedCount === 0 || who.length > REPACK_MAX) return false;
  const count = who.length;
  const size = new Int32Array(count);
  const ca = new Float64Array(count);
  const cb = new Float64Array(count);
  // Joining from unplaced earns the fall in its group's penalty (exact for one joiner per group; checked below).
  const gain = new Float64Array(count);
  let current = 0;
  for (let x = 0; x < count; x++) {
    const i = who[x] as number;
    size[x] = s.size[i] as number;
    const ka = s.slot[i * m + a] as number;
    const kb = s.slot[i * m + b] as number;
    ca[x] = ka < 0 ? Infinity : s.placeCost(i, ka);
    cb[x] = kb < 0 ? Infinity : s.placeCost(i, kb);
    if (x < placedCount) current += s.placeCost(i, s.at[i] as number);
    else gain[x] = s.groupCost(s.group[i] as number, 0) - s.groupCost(s.group[i] as number, -(s.size[i] as number));
  }
  const gainSuffix = new Float64Array(count + 1);
  for (let x = count - 1; x >= 0; x--) gainSuffix[x] = (gainSuffix[x + 1] as number) + (gain[x] as number);
  let best = current - 1e-9;
  let found = false;
  const choice = new Int8Array(count); // 0 = a, 1 = b, 2 = unplaced
  const bestChoice = new Int8Array(count);
  const visit = (x: number, spareA: number, spareB: number, value: number): void => {
    if (value >= best + (gainSuffix[x] as number)) return;
    if (x === count) {
      best = value;
      bestChoice.set(choice);
      found = true;
      return;
    }
    const sz = size[x] as number;
    if (sz <= spareA && (ca[x] as number) < Infinity) {
      choice[x] = 0;
      visit(x + 1, spareA - sz, spareB, value + (ca[x] as number) - (gain[x] as number));
    }
    if (sz <= spareB && (cb[x] as number) < Infinity) {
      choice[x] = 1;
      visit(x + 1, spareA, spareB - sz, value + (cb[x] as number) - (gain[x] as number));
    }
    if (x >= placedCount) {
      choice[x] = 2;
      visit(x + 1, spareA, spareB, value);
    }
  };
  let spareA = s.spare[a] as number;
  for (const i of placedA) spareA += s.size[i] as number;
  let spareB = s.spare[b] as number;
  for (const i of placedB) spareB += s.size[i] as number;
  visit(0, spareA, spareB, 0);
  if (!found) return false;
  const before = s.cost;
  const undo = who.map((i) => [i, s.at[i] as number] as const);
  for (let x = 0; x < placedCount; x++) s.move(who[x] as number, -1);
  who.forEach((i, x) => {
    const c = bestChoice[x] as number;
    if (c < 2) s.move(i, s.slot[i * m + (c === 0 ? a : b)] as number);
  });
  if (s.cost < before - EPS) return true;
  for (const [i] of undo) s.move(i, -1);
  for (const [i, k] of undo) s.move(i, k);
  return false;
};

/** The pairs of offers some demand may use both of, as `a × m + b` with `a < b` (for {@link repackAll}). */
const linkedPairs = (model: WholeClassModel): Int32Array => {
  const { m, candStart, candOffer } = model;
  const seen = new Uint8Array(m * m);
  const out: number[] = [];
  for (let i = 0; i < model.n; i++)
    for (let p = candStart[i] as number; p < (candStart[i + 1] as number); p++)
      for (let q = p + 1; q < (candStart[i + 1] as number); q++) {
        const a = Math.min(candOffer[p] as number, candOffer[q] as number);
        const b = Math.max(candOffer[p] as number, candOffer[q] as number);
        if (seen[a * m + b] === 0) {
          seen[a * m + b] = 1;
          out.push(a * m + b);
        }
      }
  return Int32Array.from(out.sort((x, y) => x - y));
};

/** Re-packs every pair of offers that share a demand's candidates, until none improves (see {@link repackPair}). */
const repackAll = (s: WholeClassState, linked: Int32Array): boolean => {
  let any = false;
  for (const ab of linked) if (repackPair(s, Math.floor(ab / s.m), ab % s.m)) any = true;
  return any;
};

/** A step of an ejection chain: `group` enters candidate `k`; `parent` is the step whose group it makes room for. */
interface Step {
  readonly group: number;
  readonly k: number;
  readonly parent: Step | null;
}

/** Scratch arrays of {@link insertByChain}, reused across calls. */
interface ChainBuffers {
  readonly seen: Uint8Array;
  readonly moved: Uint8Array;
}

/**
 * Ejection chain (Glover 1996, "Ejection chains, reference structures and alternating path methods for traveling
 * salesman problems", Discrete Appl. Math. 65:223–253; for GAP: Yagiura, Ibaraki & Glover 2004, INFORMS J.
 * Computing 16(2):133–151): demand `u` enters an offer (a cheaper one, if it is placed); if it lacks room, a group there moves on to another
 * of its offers, and so on, until an offer has room — or, as a last resort, the last group moved is smaller than `u`
 * and is left unplaced. Breadth first (each offer entered at most once per search), so the shortest chain is found
 * first; the chain is kept only if the objective falls.
 */
const insertByChain = (s: WholeClassState, u: number, buffers: ChainBuffers): boolean => {
  const placed = (s.at[u] as number) >= 0;
  if (!placed && s.count(u) === 0) return false;
  const { seen, moved } = buffers;
  seen.fill(0);
  moved.fill(0);
  moved[u] = 1;
  const frontier: { group: number; parent: Step | null }[] = [{ group: u, parent: null }];
  let fallback: Step | null = null;
  for (let head = 0; head < frontier.length; head++) {
    const { group: g, parent } = frontier[head] as { group: number; parent: Step | null };
    const size = s.size[g] as number;
    // The first step of a placed demand only tries its cheaper offers (candidates are sorted by cost).
    const end = g === u && placed ? (s.at[u] as number) : s.count(g);
    for (let k = 0; k < end; k++) {
      const j = s.offerOf(g, k);
      if (seen[j] === 1 || k === s.at[g]) continue;
      seen[j] = 1;
      const step: Step = { group: g, k, parent };
      if ((s.spare[j] as number) >= size) {
        if (apply(s, step)) return true;
        continue;
      }
      for (const h of s.holders[j] as number[]) {
        if (moved[h] === 1 || (s.spare[j] as number) + (s.size[h] as number) < size) continue;
        moved[h] = 1;
        frontier.push({ group: h, parent: step });
        if (!placed && fallback === null && (s.size[h] as number) < (s.size[u] as number))
          fallback = { group: h, k: -1, parent: step };
      }
    }
  }
  return fallback !== null && apply(s, fallback);
};

/** Carries out a chain from its last step back to its first; undoes it unless the objective fell. */
const apply = (s: WholeClassState, last: Step): boolean => {
  const before = s.cost;
  const undo: [number, number][] = [];
  for (let step: Step | null = last; step !== null; step = step.parent) {
    if (!s.fits(step.group, step.k)) break;
    undo.push([step.group, s.at[step.group] as number]);
    s.move(step.group, step.k);
    if (step.parent === null && s.cost < before - EPS) return true;
  }
  for (let k = undo.length - 1; k >= 0; k--) s.move(...(undo[k] as [number, number]));
  return false;
};

/** Seat plan of a whole-class state (internal). */
const toPlan = (s: WholeClassState): SeatPlan => ({
  parts: Array.from(s.at, (k, i) => (k < 0 ? [] : [{ k, seats: s.size[i] as number }])),
});

/**
 * Whole-class allocation heuristic (internal kernel of `allocate`'s `whole-class` mode — a generalised assignment
 * problem, NP-hard): each `run` builds an allocation by regret greedy from a start (nothing, the groups the LP
 * relaxation places whole, or the offers a Lagrangian subproblem gave each group — a Lagrangian heuristic, Fisher
 * 1981, Management Sci. 27(1):1–18) and improves it by local search; the best allocation over all runs is kept.
 * Deterministic.
 */
export class WholeClassSearch {
  private best: WholeClassState | null = null;
  private readonly model: WholeClassModel;
  private readonly linked: Int32Array;
  private readonly chain: ChainBuffers;
  /** Starts already run (as offer lists), so a repeated start costs nothing. */
  private readonly tried = new Set<string>();

  constructor(
    private readonly problem: AllocationProblem,
    private readonly options: PenaltyOptions,
  ) {
    this.model = new WholeClassModel(problem, options);
    this.linked = linkedPairs(this.model);
    this.chain = { seen: new Uint8Array(this.model.m), moved: new Uint8Array(this.model.n) };
  }

  /** One run from `first` (candidate index per demand, −1 = none); returns the best objective so far. */
  run(first?: Int32Array): number {
    const key = first ? first.join(",") : "";
    if (this.tried.has(key) && this.best !== null) return this.best.cost;
    this.tried.add(key);
    const s = new WholeClassState(this.problem, this.options, this.model);
    construct(s, first);
    improve(s, this.linked, this.chain);
    s.cost = s.recompute();
    if (this.best === null || s.cost < this.best.cost - EPS) this.best = s;
    return this.best.cost;
  }

  /** One run from an offer per demand (−1 = none), e.g. a Lagrangian subproblem's. */
  runFromOffers(offerOf: Int32Array): number {
    const { m, slot } = this.model;
    return this.run(Int32Array.from(offerOf, (j, i) => (j < 0 ? -1 : (slot[i * m + j] as number))));
  }

  /** The best allocation found. */
  result(): { readonly plan: SeatPlan; readonly cost: number } {
    if (this.best === null) this.run();
    const best = this.best as WholeClassState;
    return { plan: toPlan(best), cost: best.cost };
  }
}
