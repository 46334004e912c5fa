import type { AllocationProblem } from "./AllocationProblem.js";
import type { PenaltyOptions, SeatPlan } from "./solveDivisible.js";
import { WholeClassState } from "./wholeClassState.js";

/** Whole-class instances with at most this many complete allocations (Π (candidates + 1)) are solved exhaustively. */
export const EXHAUSTIVE_MAX = 100_000;

/** Number of complete whole-class allocations of a problem (each demand: one of its candidates, or unplaced). */
export const allocationCount = (problem: AllocationProblem): number =>
  problem.candidates.reduce((n, c) => Math.min(Number.MAX_SAFE_INTEGER, n * (c.length + 1)), 1);

/**
 * The optimal whole-class allocation of a small instance (internal; see {@link EXHAUSTIVE_MAX}): depth-first over
 * every demand's options (its candidates with room, or unplaced), the objective kept exact by the same state the
 * heuristic uses. Small districts and tests get a proven optimum instead of a heuristic with a gap.
 */
export const exhaustiveWholeClass = (
  problem: AllocationProblem,
  options: PenaltyOptions,
): { readonly plan: SeatPlan; readonly cost: number } => {
  const s = new WholeClassState(problem, options);
  let best = Infinity;
  let bestAt = Int32Array.from(s.at);
  const visit = (i: number): void => {
    if (i === s.n) {
      if (s.cost < best - 1e-12) {
        best = s.cost;
        bestAt = Int32Array.from(s.at);
      }
      return;
    }
    const cands = problem.candidates[i] ?? [];
    for (let k = -1; k < cands.length; k++) {
      if (!s.fits(i, k)) continue;
      s.move(i, k);
      visit(i + 1);
      s.move(i, -1);
    }
  };
  visit(0);
  for (let i = 0; i < s.n; i++) s.move(i, bestAt[i] as number);
  return {
    plan: { parts: Array.from(bestAt, (k, i) => (k < 0 ? [] : [{ k, seats: problem.demands[i]?.size as number }])) },
    cost: s.recompute(),
  };
};
