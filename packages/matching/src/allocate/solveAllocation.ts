import type { AllocationProblem } from "./AllocationProblem.js";
import type { AllocationResult, BlockingPair, Bounds } from "./AllocationResult.js";
import { allocationCount, EXHAUSTIVE_MAX, exhaustiveWholeClass } from "./exhaustiveWholeClass.js";
import { explainAllocation } from "./explainAllocation.js";
import { lagrangianBound } from "./lagrangianBound.js";
import { type PenaltyOptions, type SeatPlan, solveDivisible } from "./solveDivisible.js";
import { blockingPairs, solveStable } from "./solveStable.js";
import { WholeClassSearch } from "./solveWholeClass.js";

/** How seats are allocated: see `allocate`. */
export type AllocationMode = "divisible" | "whole-class" | "stable";

/** Settings of the shared core (internal; the front-ends validate them). */
export interface CoreOptions extends PenaltyOptions {
  readonly mode: AllocationMode;
  /** Most iterations of the Lagrangian bound's multiplier search (whole-class). */
  readonly boundIterations: number;
}

const gapOf = (cost: number, bound: number): number => (cost === 0 ? 0 : Math.max(0, (cost - bound) / Math.abs(cost)));

/**
 * The allocation core shared by `allocate` and the pairing presets (internal): solves an {@link AllocationProblem}
 * in the requested mode and explains the result.
 *
 * - `divisible`: exact (transportation), `lowerBound = cost`, `gap = 0`.
 * - `whole-class`: with all sizes 1 the LP relaxation is integral, so the transportation optimum is exact; small
 *   instances (≤ `EXHAUSTIVE_MAX` complete allocations) are solved exhaustively (`optimal: true`); otherwise
 *   the heuristic of `WholeClassSearch` (from the LP solution, from scratch, and from the Lagrangian subproblems
 *   every few iterations of the multiplier search), bounded below by the LP relaxation (groups larger than an offer
 *   may not use it even fractionally — valid, and tighter) and the Lagrangian bound (knapsacks solved by DP,
 *   multipliers by the volume algorithm; it stops once within 0.01 % of the best cost; never above the
 *   Dantzig–Wolfe LP bound, Geoffrion 1974); `lowerBound` is the larger.
 * - `stable`: `solveStable`, with the blocking pairs that remain (none when stable).
 */
export const solveAllocation = (problem: AllocationProblem, options: CoreOptions): AllocationResult => {
  const { mode } = options;
  let plan: SeatPlan;
  let bounds: Bounds | undefined;
  let blocking: BlockingPair[] | undefined;
  let optimal = mode === "divisible";
  const fits = (i: number, offer: number) =>
    (problem.demands[i]?.size as number) <= (problem.offers[offer]?.capacity as number);
  if (mode === "divisible" || (mode === "whole-class" && problem.demands.every((d) => d.size === 1))) {
    const r = solveDivisible(problem, options) as NonNullable<ReturnType<typeof solveDivisible>>;
    plan = r.plan;
    if (mode === "whole-class") {
      bounds = { lp: r.cost };
      optimal = true;
    }
  } else if (mode === "whole-class") {
    const lp = solveDivisible(problem, options, (i, c) => fits(i, c.offer)) as NonNullable<
      ReturnType<typeof solveDivisible>
    >;
    const lpStart = Int32Array.from(lp.plan.parts, (parts, i) =>
      parts.length === 1 && parts[0]?.seats === problem.demands[i]?.size ? (parts[0]?.k as number) : -1,
    );
    if (allocationCount(problem) <= EXHAUSTIVE_MAX) {
      const exact = exhaustiveWholeClass(problem, options);
      plan = exact.plan;
      optimal = true;
      bounds = {
        lp: lp.cost,
        lagrangian: lagrangianBound(problem, options, { iterations: options.boundIterations, upper: exact.cost }),
      };
    } else {
      const search = new WholeClassSearch(problem, options);
      search.run(lpStart);
      const lagrangian = lagrangianBound(problem, options, {
        iterations: options.boundIterations,
        upper: search.run(),
        hint: (offerOf) => search.runFromOffers(offerOf),
      });
      plan = search.result().plan;
      bounds = { lp: lp.cost, lagrangian };
    }
  } else {
    const stable = solveStable(problem);
    plan = stable.plan;
    blocking = blockingPairs(problem, stable.at).map(([i, j]) => ({
      demandId: problem.demands[i]?.id as string,
      offerId: problem.offers[j]?.id as string,
    }));
  }
  const explained = explainAllocation(problem, plan, options, mode === "stable");
  const cost = explained.placementCost + explained.unplacedCost;
  const lowerBound = optimal
    ? cost
    : bounds
      ? Math.min(cost, Math.max(bounds.lp, bounds.lagrangian ?? -Infinity))
      : undefined;
  return {
    mode,
    placements: explained.placements,
    unplaced: explained.unplaced,
    cost,
    placementCost: explained.placementCost,
    unplacedCost: explained.unplacedCost,
    ...(lowerBound === undefined ? {} : { lowerBound, gap: gapOf(cost, lowerBound) }),
    ...(bounds ? { bounds } : {}),
    ...(mode === "stable" ? {} : { optimal }),
    ...(blocking ? { blockingPairs: blocking } : {}),
    groups: explained.groups,
    loads: explained.loads,
  };
};
