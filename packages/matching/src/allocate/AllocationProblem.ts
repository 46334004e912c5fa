import type { TimeWindow } from "@jiaolianti/core";
import type { CostTerm } from "./AllocationResult.js";
import type { UnplacedReasonCode } from "./unplacedReasons.js";

/**
 * A feasible (demand, offer) pair of an {@link AllocationProblem}: it passed every hard constraint; its cost per seat
 * is the sum of its weighted terms.
 */
export interface Candidate {
  /** Index of the offer. */
  readonly offer: number;
  /** `Σ terms[k].cost`, per seat. */
  readonly perSeat: number;
  readonly terms: ReadonlyArray<CostTerm>;
  /** How the offer ranks this demand in stable mode (lower = higher priority), e.g. travel minutes. */
  readonly priority: number;
  readonly time?: TimeWindow;
}

/**
 * The shared allocation core's input (internal to the allocate and pairing front-ends, which build it from school
 * demands and offers, or schools and staff): demands with a size and a fairness group, offers with a capacity, the
 * feasible pairs with their cost terms, and for each demand how many offers each hard constraint removed.
 */
export interface AllocationProblem {
  readonly demands: ReadonlyArray<{ readonly id: string; readonly group: string; readonly size: number }>;
  readonly offers: ReadonlyArray<{ readonly id: string; readonly capacity: number }>;
  /** Per demand, its feasible offers, cheapest per seat first (ties: offer order). */
  readonly candidates: ReadonlyArray<ReadonlyArray<Candidate>>;
  /** Per demand, the offers removed by each hard constraint, in the order the constraints were applied. */
  readonly filtered: ReadonlyArray<Readonly<Partial<Record<UnplacedReasonCode, number>>>>;
  /** The hard-constraint codes in the order they are applied (for the reason of a demand with no candidate). */
  readonly order: ReadonlyArray<UnplacedReasonCode>;
}

/** Applies hard constraints in order, counting what each removes (internal helper of the front-ends). */
export class ConstraintTally {
  readonly counts: Partial<Record<UnplacedReasonCode, number>> = {};
  /** Counts a removal by `code` and returns `false` (so a filter reads `if (!ok) return tally.fail("grade")`). */
  fail(code: UnplacedReasonCode): false {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    return false;
  }
}

/** Sorts candidates cheapest first, ties by offer index (internal). */
export const byCost = (a: Candidate, b: Candidate): number => a.perSeat - b.perSeat || a.offer - b.offer;
