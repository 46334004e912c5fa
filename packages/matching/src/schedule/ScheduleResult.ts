import { boundedText, ClassId, IsoDateTime, SchoolId, StaffId, TEXT_MAX, VenueId } from "@jiaolianti/core";
import { z } from "zod";
import { ScheduleAllocationId, ScheduleOfferId } from "./ScheduleAllocation.js";
import type { ScheduleReasonCode } from "./scheduleReasons.js";

/**
 * One placed allocation: which class of which school goes to which offer (at which venue, with which expert), from
 * `start` to `end` (ISO date-times at +08:00, Asia/Shanghai), the occurrence it shares with other classes
 * (`occurrenceId` = offer id + local start), the seats used in that occurrence out of its capacity, and the names
 * the calendar export shows. A schema as well as a type, so `toICalendar` can check a schedule read back from JSON.
 */
export const ScheduledSession = z.object({
  allocationId: ScheduleAllocationId,
  groupId: ClassId,
  schoolId: SchoolId,
  size: z.number().int().min(1),
  offerId: ScheduleOfferId,
  offerKind: z.enum(["venue-session", "course", "expert-visit"]),
  /** Absent = at the school. */
  venueId: VenueId.optional(),
  expertId: StaffId.optional(),
  start: IsoDateTime,
  end: IsoDateTime,
  /** One-way travel, minutes (the class leaves school `travelMinutes` before `start`). */
  travelMinutes: z.number().min(0),
  /**
   * `offerId@YYYY-MM-DDTHH:MM` (local start; `offerId@schoolId@…` for an offer delivered at school): classes with the
   * same id share the seats and the expert.
   */
  occurrenceId: z.string().min(1).max(200),
  /** Seats taken in the occurrence by every class placed in it. */
  seatsUsed: z.number().int().min(1),
  seatsCapacity: z.number().int().min(1),
  offerNameZh: boundedText(TEXT_MAX.name),
  offerNameEn: boundedText(TEXT_MAX.name).optional(),
  schoolNameZh: boundedText(TEXT_MAX.name),
  schoolNameEn: boundedText(TEXT_MAX.name).optional(),
  venueNameZh: boundedText(TEXT_MAX.name).optional(),
  venueNameEn: boundedText(TEXT_MAX.name).optional(),
  addressZh: boundedText(TEXT_MAX.sentence).optional(),
});
/** One placed allocation. */
export type ScheduledSession = z.infer<typeof ScheduledSession>;

/** Why an allocation could not be placed. */
export interface UnschedulableReason {
  /** The deciding reason: the last hard constraint that removed times, or the most frequent conflict. */
  readonly code: ScheduleReasonCode;
  readonly labelZh: string;
  readonly labelEn: string;
  /** Candidate times removed by each hard constraint, and blocked by each conflict. */
  readonly counts: Readonly<Partial<Record<ScheduleReasonCode, number>>>;
  /** Times that passed every hard constraint (all then blocked by conflicts, or 0). */
  readonly feasibleTimes: number;
  /** Up to 10 placed allocations that block it (conflicts only). */
  readonly blockedBy: ReadonlyArray<string>;
}

/** An allocation that could not be placed, with its reason. */
export interface UnschedulableItem {
  readonly allocationId: string;
  readonly groupId: string;
  readonly schoolId: string;
  readonly offerId: string;
  readonly reason: UnschedulableReason;
}

/** How the schedule was found. */
export interface ScheduleSearch {
  /**
   * `"complete"`: a backtracking search placed every allocation that has a feasible time; `"greedy"`: it did not
   * (no such schedule exists, or the budget ran out) and the schedule is the greedy one, which may leave more
   * allocations out than necessary.
   */
  readonly method: "complete" | "greedy";
  /** Placements tried by the backtracking search. */
  readonly nodes: number;
  /**
   * `true` when the search explored every choice without placing them all: **proof** that no schedule on this time
   * grid places every allocation with a feasible time.
   */
  readonly provedIncomplete: boolean;
}

/** The result of {@link schedule}. */
export interface Schedule {
  /** Placed allocations, by start time, then allocation id. */
  readonly sessions: ReadonlyArray<ScheduledSession>;
  /** Allocations not placed, in input order. */
  readonly unschedulable: ReadonlyArray<UnschedulableItem>;
  /** Every allocation placed. */
  readonly complete: boolean;
  readonly search: ScheduleSearch;
  readonly timeZone: "Asia/Shanghai";
  readonly term: { readonly start: string; readonly end: string };
  /** Ids known to the schedule (from its input), so an export for an unknown id is an error, not an empty file. */
  readonly known: {
    readonly schools: ReadonlyArray<string>;
    readonly venues: ReadonlyArray<string>;
    readonly experts: ReadonlyArray<string>;
  };
}
