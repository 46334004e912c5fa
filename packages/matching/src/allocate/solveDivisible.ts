import { solveTransportation } from "../solvers/solveTransportation.js";
import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import { type PenaltyBand, penaltyBands } from "./fairnessPenalty.js";

/** The objective's fairness settings (internal). */
export interface PenaltyOptions {
  /** Cost of an unplaced seat in a school's first third (must exceed every cost per seat). */
  readonly penalty: number;
  readonly fairness: number;
}

/** Seats of each demand per candidate (internal): `parts[i]` lists (candidate index into `candidates[i]`, seats). */
export interface SeatPlan {
  readonly parts: ReadonlyArray<ReadonlyArray<{ readonly k: number; readonly seats: number }>>;
}

/** Fairness groups by index, and the penalty bands of each (internal). */
export const groupsOf = (problem: AllocationProblem, options: PenaltyOptions) => {
  const index = new Map<string, number>();
  const groupOf = problem.demands.map((d) => {
    let g = index.get(d.group);
    if (g === undefined) {
      g = index.size;
      index.set(d.group, g);
    }
    return g;
  });
  const requested = new Array<number>(index.size).fill(0);
  problem.demands.forEach((d, i) => {
    requested[groupOf[i] as number] = (requested[groupOf[i] as number] as number) + d.size;
  });
  const bands: PenaltyBand[][] = requested.map((r) => penaltyBands(r, options.penalty, options.fairness));
  return { names: [...index.keys()], groupOf, requested, bands };
};

/**
 * The optimal allocation when seats are divisible (a group may be split across offers), and — with `allow` — the LP
 * relaxation of the whole-class problem: one transportation problem whose sources are the demands, whose sinks are
 * the offers plus one "unplaced" sink per fairness group and penalty band (capacity = the band's width, cost = its
 * slope; the bands being convex, cheaper bands fill first, so the penalty is exact). Every seat can always go to an
 * unplaced sink, so the problem is always feasible. Exact by {@link solveTransportation}.
 *
 * @returns the seat plan and its objective (`cost`), or `null` if the solver reported an error (never expected:
 * the problem is built valid and feasible).
 */
export const solveDivisible = (
  problem: AllocationProblem,
  options: PenaltyOptions,
  allow: (i: number, c: Candidate) => boolean = () => true,
): { readonly plan: SeatPlan; readonly cost: number } | null => {
  const n = problem.demands.length;
  const m = problem.offers.length;
  const groups = groupsOf(problem, options);
  const sinks = m + groups.names.length * 3;
  const cost: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(sinks).fill(Infinity);
    for (const c of problem.candidates[i] as ReadonlyArray<Candidate>) if (allow(i, c)) row[c.offer] = c.perSeat;
    const g = groups.groupOf[i] as number;
    (groups.bands[g] as PenaltyBand[]).forEach((b, k) => {
      row[m + 3 * g + k] = b.slope;
    });
    cost.push(row);
  }
  const capacity = [...problem.offers.map((o) => o.capacity), ...groups.bands.flatMap((bs) => bs.map((b) => b.width))];
  const r = solveTransportation({ cost, supply: problem.demands.map((d) => d.size), capacity });
  if (!r.ok) return null;
  const parts = problem.candidates.map((cands, i) => {
    const row = r.value.flows[i] as number[];
    const out: { k: number; seats: number }[] = [];
    cands.forEach((c, k) => {
      const f = row[c.offer] as number;
      if (f > 0) out.push({ k, seats: f });
    });
    return out;
  });
  return { plan: { parts }, cost: r.value.cost };
};
