import type { TimeWindow } from "@jiaolianti/core";
import type { UnplacedReasonCode } from "./unplacedReasons.js";

/**
 * One weighted term of the cost of a placement: the raw `value` (minutes, a rank …), its `normalized` form in
 * [0, 1], the `weight` it gets, and `cost = weight × normalized` per seat.
 */
export interface CostTerm {
  /** e.g. `"travel"`, `"theme"`, `"grade"`, `"specialty"`, `"subdistrict"`. */
  readonly key: string;
  readonly labelZh: string;
  readonly labelEn: string;
  /** The raw quantity, in `unit`. */
  readonly value: number;
  readonly unit: string;
  /** `value` mapped to [0, 1] (0 = best). */
  readonly normalized: number;
  readonly weight: number;
  /** `weight × normalized`, per seat. */
  readonly cost: number;
}

/** Another feasible offer a placed demand could have had, and how much worse (or better, if full) it was. */
export interface Alternative {
  readonly offerId: string;
  /** Cost per seat of that offer for this demand. */
  readonly costPerSeat: number;
  /** `costPerSeat − ` the chosen offer's cost per seat (negative: cheaper, but taken by others). */
  readonly difference: number;
  /** `difference × seats` of the placement. */
  readonly totalDifference: number;
  /** Seats still free in that offer in this allocation. */
  readonly spareSeats: number;
  readonly terms: ReadonlyArray<CostTerm>;
}

/** Seats of one demand placed in one offer, with why. */
export interface Placement {
  readonly demandId: string;
  readonly offerId: string;
  readonly seats: number;
  /** The offer's time that fits the demand's windows (absent when the offer has no times, e.g. pairing). */
  readonly time?: TimeWindow;
  readonly costPerSeat: number;
  /** `costPerSeat × seats`. */
  readonly cost: number;
  readonly terms: ReadonlyArray<CostTerm>;
  /** Up to 3 other feasible offers, cheapest first. */
  readonly alternatives: ReadonlyArray<Alternative>;
}

/** A demand (or the part of it) that was not placed, with the reason. */
export interface Unplaced {
  readonly demandId: string;
  /** Seats not placed (the whole group, or the rest of a split one). */
  readonly seats: number;
  readonly reason: UnplacedReasonCode;
  readonly labelZh: string;
  readonly labelEn: string;
  /**
   * How many offers each hard constraint removed, in the order they were applied (an offer counts once, at the
   * first constraint it fails); `feasible` offers passed them all.
   */
  readonly filtered: Readonly<Partial<Record<UnplacedReasonCode, number>>>;
  readonly feasible: number;
}

/** How one school (or fairness group) fared. */
export interface GroupShare {
  readonly group: string;
  readonly requestedSeats: number;
  readonly placedSeats: number;
  /** The fairness part of the objective: the convex penalty on this group's unplaced seats. */
  readonly unplacedCost: number;
}

/** Seats used in one offer. */
export interface OfferLoad {
  readonly offerId: string;
  readonly capacity: number;
  readonly used: number;
}

/** A demand and an offer that would both rather be together (stable mode); see `allocate`'s `stable` mode. */
export interface BlockingPair {
  readonly demandId: string;
  readonly offerId: string;
}

/** Lower bounds on the optimal objective (whole-class mode). */
export interface Bounds {
  /**
   * The compact LP relaxation (groups may split across offers, but never use an offer smaller than the group),
   * solved exactly as a transportation problem. Often several % below the optimum when groups are large against
   * the offers' seats.
   */
  readonly lp: number;
  /**
   * Lagrangian relaxation of "each group placed once or left unplaced": one 0/1 knapsack per offer (exact by DP; by
   * its LP relaxation above 2 million DP cells) and, per school, which whole groups to leave unplaced (by DP;
   * fractions of groups above 200 000 cells); the best
   * value `L(λ)` found by the volume algorithm. Every `L(λ)` is at most the LP bound of the set-partitioning
   * (Dantzig–Wolfe) formulation of the generalized assignment problem — its maximum over `λ` equals that bound
   * (Geoffrion 1974, "Lagrangean relaxation for integer programming", Math. Programming Study 2:82–114; Savelsbergh
   * 1997, "A branch-and-price algorithm for the generalized assignment problem", Oper. Res. 45(6):831–841) — so a
   * gap against it also bounds the distance to that stronger LP bound. Absent when the LP is already exact (every
   * size 1).
   */
  readonly lagrangian?: number;
}

/** The result of an allocation: placements and unplaced demands, each explained, and the objective. */
export interface AllocationResult {
  readonly mode: "divisible" | "whole-class" | "stable";
  readonly placements: ReadonlyArray<Placement>;
  readonly unplaced: ReadonlyArray<Unplaced>;
  /** The objective: `placementCost + unplacedCost`. */
  readonly cost: number;
  /** Σ of placements' costs. */
  readonly placementCost: number;
  /** Σ of groups' fairness penalties on unplaced seats. */
  readonly unplacedCost: number;
  /**
   * A lower bound on the optimal objective: equal to `cost` in divisible mode (exact), the best of {@link Bounds} in
   * whole-class mode; absent in stable mode (stability is the goal there, not cost).
   */
  readonly lowerBound?: number;
  readonly bounds?: Bounds;
  /**
   * `(cost − lowerBound) / cost` (0 when the cost is 0): the allocation is at most this far above the optimum (and
   * above the Dantzig–Wolfe LP bound, when `lowerBound` is the Lagrangian bound; see {@link Bounds}).
   */
  readonly gap?: number;
  /** Proven optimal (divisible mode; whole-class with sizes 1 or small enough for exhaustive search). */
  readonly optimal?: boolean;
  /** Stable mode: pairs that block (empty when the allocation is stable). */
  readonly blockingPairs?: ReadonlyArray<BlockingPair>;
  readonly groups: ReadonlyArray<GroupShare>;
  readonly loads: ReadonlyArray<OfferLoad>;
}
