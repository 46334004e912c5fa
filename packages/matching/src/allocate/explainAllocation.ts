import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import type { Alternative, GroupShare, OfferLoad, Placement, Unplaced } from "./AllocationResult.js";
import { bandCost, type PenaltyBand } from "./fairnessPenalty.js";
import { groupsOf, type PenaltyOptions, type SeatPlan } from "./solveDivisible.js";
import { type UnplacedReasonCode, unplacedReasons } from "./unplacedReasons.js";

/** Alternatives listed per placement. */
export const ALTERNATIVES_SHOWN = 3;

/** A seat plan turned into explained placements, unplaced demands with reasons, group shares and loads (internal). */
export interface Explained {
  readonly placements: Placement[];
  readonly unplaced: Unplaced[];
  readonly groups: GroupShare[];
  readonly loads: OfferLoad[];
  readonly placementCost: number;
  readonly unplacedCost: number;
}

/**
 * Explains a seat plan (internal): each placement carries its cost terms and the next-best {@link ALTERNATIVES_SHOWN}
 * feasible offers with their cost differences and the seats they still have; each demand (or rest of one) left
 * unplaced carries a reason — the hard constraint that removed its last candidate offer, or, when candidates existed,
 * `capacity` (none had room left) or `outranked` (stable mode: they admitted groups they rank higher) — and the
 * counts of offers each constraint removed.
 */
export const explainAllocation = (
  problem: AllocationProblem,
  plan: SeatPlan,
  options: PenaltyOptions,
  stable: boolean,
): Explained => {
  const used = new Array<number>(problem.offers.length).fill(0);
  plan.parts.forEach((parts, i) => {
    for (const p of parts) {
      const j = ((problem.candidates[i] as ReadonlyArray<Candidate>)[p.k] as Candidate).offer;
      used[j] = (used[j] as number) + p.seats;
    }
  });
  const spare = problem.offers.map((o, j) => o.capacity - (used[j] as number));
  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  const groups = groupsOf(problem, options);
  const placedByGroup = new Array<number>(groups.names.length).fill(0);
  let placementCost = 0;
  problem.demands.forEach((d, i) => {
    const cands = problem.candidates[i] as ReadonlyArray<Candidate>;
    let placed = 0;
    for (const p of plan.parts[i] ?? []) {
      const c = cands[p.k] as Candidate;
      const alternatives: Alternative[] = [];
      for (let k = 0; k < cands.length && alternatives.length < ALTERNATIVES_SHOWN; k++) {
        const a = cands[k] as Candidate;
        if (plan.parts[i]?.some((q) => q.k === k)) continue;
        const difference = a.perSeat - c.perSeat;
        alternatives.push({
          offerId: problem.offers[a.offer]?.id as string,
          costPerSeat: a.perSeat,
          difference,
          totalDifference: difference * p.seats,
          spareSeats: spare[a.offer] as number,
          terms: a.terms,
        });
      }
      placements.push({
        demandId: d.id,
        offerId: problem.offers[c.offer]?.id as string,
        seats: p.seats,
        ...(c.time ? { time: c.time } : {}),
        costPerSeat: c.perSeat,
        cost: c.perSeat * p.seats,
        terms: c.terms,
        alternatives,
      });
      placementCost += c.perSeat * p.seats;
      placed += p.seats;
    }
    const g = groups.groupOf[i] as number;
    placedByGroup[g] = (placedByGroup[g] as number) + placed;
    if (placed < d.size) {
      const reason: UnplacedReasonCode =
        cands.length > 0 ? (stable ? "outranked" : "capacity") : noCandidateReason(problem, i);
      unplaced.push({
        demandId: d.id,
        seats: d.size - placed,
        reason,
        ...unplacedReasons[reason],
        filtered: problem.filtered[i] ?? {},
        feasible: cands.length,
      });
    }
  });
  let unplacedCost = 0;
  const shares: GroupShare[] = groups.names.map((group, g) => {
    const requestedSeats = groups.requested[g] as number;
    const placedSeats = placedByGroup[g] as number;
    const cost = bandCost(groups.bands[g] as PenaltyBand[], requestedSeats - placedSeats);
    unplacedCost += cost;
    return { group, requestedSeats, placedSeats, unplacedCost: cost };
  });
  const loads = problem.offers.map((o, j) => ({ offerId: o.id, capacity: o.capacity, used: used[j] as number }));
  return { placements, unplaced, groups: shares, loads, placementCost, unplacedCost };
};

/** The hard constraint that removed a demand's last candidate: the last one in `order` that removed any offer. */
const noCandidateReason = (problem: AllocationProblem, i: number): UnplacedReasonCode => {
  const counts = problem.filtered[i] ?? {};
  let reason: UnplacedReasonCode = problem.order[0] ?? "capacity";
  for (const code of problem.order) if ((counts[code] ?? 0) > 0) reason = code;
  return reason;
};
