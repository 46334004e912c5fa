import { z } from "zod";
import { Grade } from "../../descriptors/Grade.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { IsoDate } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { CourseId, VenueSessionId } from "../common/ids.js";
import { TimeWindow } from "../common/TimeWindow.js";
import { uniqueList } from "../common/uniqueList.js";
import { WeeklySlot } from "../common/WeeklySlot.js";

/** Most seats one session may offer. */
export const MAX_SESSION_CAPACITY = 10_000;

const sessionFields = {
  id: VenueSessionId,
  /** Seats offered to school groups in this session (≥ 1). */
  capacity: z.number().int().min(1).max(MAX_SESSION_CAPACITY),
  /** Grades the session is designed for; empty = any. */
  grades: uniqueList(Grade, 12),
  /** Themes of the session; empty = the venue's themes. */
  themes: uniqueList(VenueTheme, 14),
  /** The course delivered in the session, if any. */
  courseId: CourseId.optional(),
};

/**
 * A bookable session of a venue: either `dated` (one concrete interval, e.g. a Wednesday-afternoon workshop on
 * 2025-10-15) or `weekly` (a recurring slot valid from a date, optionally until a date, end not before start). Each
 * has a capacity in seats, the grades it suits, its themes and optionally the course it delivers.
 *
 * Source: schema.org `Event` / `Schedule` (repeatFrequency, byDay); OneRoster has no session of a venue.
 *
 * @example
 * ```ts
 * import { VenueSession } from "@jiaolianti/core";
 * VenueSession.parse({
 *   kind: "weekly", id: "xh-venue-001:s-wed", capacity: 40, grades: [4, 5], themes: [],
 *   slot: { dayOfWeek: 3, start: "13:30", end: "15:30" }, validFrom: "2025-09-01", validUntil: "2026-01-20",
 * });
 * ```
 */
export const VenueSession = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("dated"), ...sessionFields, window: TimeWindow }),
  z
    .strictObject({
      kind: z.literal("weekly"),
      ...sessionFields,
      slot: WeeklySlot,
      validFrom: IsoDate,
      validUntil: IsoDate.optional(),
    })
    .check(endNotBefore("validFrom", "validUntil")),
]);

/** A bookable session of a venue. */
export type VenueSession = z.infer<typeof VenueSession>;
