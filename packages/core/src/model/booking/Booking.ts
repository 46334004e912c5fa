import { z } from "zod";
import { BookingId, CourseId, DemandId, VenueId, VenueSessionId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { MAX_GROUP_SIZE } from "./Demand.js";

/**
 * A booking of seats for a demand: the demand it serves, the venue and the session booked (or none yet, for a venue
 * visit arranged outside the session calendar), the course delivered if any, the seats and the booking state.
 *
 * States: `proposed` (by matching) → `requested` (by the school) → `confirmed` (by the venue) → `completed`; or
 * `declined` (by the venue), `cancelled` (by the school), `no-show`.
 *
 * Source: schema.org `Reservation` (reservationStatus); 徐汇区“教联体”行动方案 二(一) (资源精准调度).
 *
 * @example
 * ```ts
 * import { Booking } from "@jiaolianti/core";
 * Booking.parse({
 *   id: "bk-2025-1207", status: "active", dateLastModified: "2025-10-09T10:00:00+08:00",
 *   demandId: "dem-2025-0193", venueId: "xh-venue-010", venueSessionId: "xh-venue-010:s-wed",
 *   seats: 45, state: "confirmed",
 * });
 * ```
 */
export const Booking = z
  .strictObject({
    ...recordFields(BookingId),
    demandId: DemandId,
    venueId: VenueId,
    venueSessionId: VenueSessionId.optional(),
    /** The course (offer) delivered in the booking. */
    courseId: CourseId.optional(),
    seats: z.number().int().min(1).max(MAX_GROUP_SIZE),
    state: z.enum(["proposed", "requested", "confirmed", "declined", "cancelled", "completed", "no-show"]),
  })
  .meta({ title: "Booking", description: "A booking of seats at a venue for a school's demand." });

/** A booking of seats for a demand. */
export type Booking = z.infer<typeof Booking>;
