import { ClassId, entityId, MAX_COURSE_MINUTES, MAX_GROUP_SIZE, SchoolId, StaffId } from "@jiaolianti/core";
import { z } from "zod";

/** Id of an accepted allocation to be scheduled (e.g. the id of an allocate placement or of a booking). */
export const ScheduleAllocationId = entityId("ScheduleAllocationId");

/** Id of an offer to schedule: a venue session, a course delivery or an expert visit. */
export const ScheduleOfferId = entityId("ScheduleOfferId");

/** Longest one-way trip accepted for a group, in minutes (as core's `MAX_TRAVEL_MINUTES`). */
export const MAX_SCHEDULE_TRAVEL_MINUTES = 180;

/**
 * An accepted allocation to place on the calendar: a class group (行政班, pseudonymous class id) of a school, its size,
 * the offer it was allocated to (venue session, course or expert visit), the expert who delivers it if any, and
 * optionally its length and the one-way travel time. Only the fields scheduling needs: an `allocate` placement or a
 * core `Booking` maps onto it field by field (extra fields are ignored).
 *
 * - `durationMinutes`: how long the activity lasts; defaults to the offer's `durationMinutes`, else the length of
 *   the session slot it takes. Required (here or on the offer) for an offer without fixed sessions.
 * - `travelMinutes`: one-way trip to the offer's venue; the class is away from school (and busy) from
 *   `start − travel` to `end + travel`, which must lie inside one of the school's time windows. Default 0.
 *
 * @example
 * ```ts
 * import { ScheduleAllocation } from "@jiaolianti/matching";
 * ScheduleAllocation.parse({
 *   id: "alloc-001", groupId: "sch-a:g4-c1", schoolId: "sch-a", size: 40, offerId: "offer-stars", travelMinutes: 12,
 * });
 * ```
 */
export const ScheduleAllocation = z.object({
  id: ScheduleAllocationId,
  /** The class group (pseudonymous class id). */
  groupId: ClassId,
  schoolId: SchoolId,
  /** Students in the group. */
  size: z.number().int().min(1).max(MAX_GROUP_SIZE),
  offerId: ScheduleOfferId,
  /** The expert (staff id) delivering the activity, if one is named. */
  expertId: StaffId.optional(),
  durationMinutes: z.number().int().min(1).max(MAX_COURSE_MINUTES).optional(),
  /** One-way trip, minutes. @default 0 */
  travelMinutes: z.number().min(0).max(MAX_SCHEDULE_TRAVEL_MINUTES).default(0),
});

/** An allocation to schedule (input form). */
export type ScheduleAllocation = z.input<typeof ScheduleAllocation>;
