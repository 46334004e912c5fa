import {
  boundedText,
  endNotBefore,
  IsoDate,
  MAX_COURSE_MINUTES,
  MAX_SESSION_CAPACITY,
  MAX_VENUE_CAPACITY,
  SchoolId,
  StaffId,
  TEXT_MAX,
  TimeWindow,
  VenueId,
  WeeklySlot,
} from "@jiaolianti/core";
import { z } from "zod";
import { ScheduleOfferId } from "./ScheduleAllocation.js";

/**
 * An offer as scheduling reads it: its kind, name (zh-CN, optional en), the venue it runs at (absent = at the school:
 * an expert visit or a course delivered in school), the seats of one occurrence (shared by every class placed in
 * it), its default length, and when it can run:
 *
 * - `slots` (weekly sessions, e.g. Wednesdays 13:30–15:30, on every school day of the term with that weekday) and
 *   `dates` (dated sessions, e.g. 2026-10-14 13:30–15:30): a class takes one occurrence;
 * - neither: an **open** offer — any start on the scheduling grid inside the venue's opening hours (an expert visit,
 *   a course bookable within opening hours); classes placed at the same start share the occurrence.
 *
 * @example
 * ```ts
 * import { ScheduleOffer } from "@jiaolianti/matching";
 * ScheduleOffer.parse({
 *   id: "offer-stars", kind: "venue-session", nameZh: "认识星空", venueId: "venue-planetarium", capacity: 90,
 *   slots: [{ dayOfWeek: 3, start: "13:30", end: "15:00" }],
 * });
 * ```
 */
export const ScheduleOffer = z
  .object({
    id: ScheduleOfferId,
    kind: z.enum(["venue-session", "course", "expert-visit"]),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    /** Where it runs; absent = at the school. */
    venueId: VenueId.optional(),
    /** Seats of one occurrence. */
    capacity: z.number().int().min(1).max(MAX_SESSION_CAPACITY),
    durationMinutes: z.number().int().min(1).max(MAX_COURSE_MINUTES).optional(),
    /** Weekly sessions. @default [] */
    slots: z.array(WeeklySlot).max(70).default([]),
    /** Dated sessions. @default [] */
    dates: z.array(TimeWindow).max(1_000).default([]),
  })
  .meta({ title: "ScheduleOffer" });
/** An offer to schedule (input form). */
export type ScheduleOffer = z.input<typeof ScheduleOffer>;

/** A day or range of days a venue is closed (as core `Venue.closures`; no end = closed from then on). */
export const ScheduleClosure = z
  .object({ beginDate: IsoDate, endDate: IsoDate.optional() })
  .check(endNotBefore("beginDate", "endDate"));

/**
 * A venue as scheduling reads it (a core `Venue` is accepted as is: extra fields are ignored): name and address for
 * the calendar, weekly opening hours (absent = not restricted; an empty list = never open), closures, and `capacity`,
 * the most visitors in school groups at once across all its offers (absent = only each offer's own capacity counts).
 *
 * @example
 * ```ts
 * import { ScheduleVenue } from "@jiaolianti/matching";
 * ScheduleVenue.parse({
 *   id: "venue-planetarium", nameZh: "示例天文馆", capacity: 120,
 *   openingHours: [{ dayOfWeek: 3, start: "09:00", end: "16:30" }], closures: [{ beginDate: "2026-11-02" }],
 * });
 * ```
 */
export const ScheduleVenue = z.object({
  id: VenueId,
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name).optional(),
  addressZh: boundedText(TEXT_MAX.sentence).optional(),
  openingHours: z.array(WeeklySlot).max(70).optional(),
  /** @default [] */
  closures: z.array(ScheduleClosure).max(100).default([]),
  capacity: z.number().int().min(1).max(MAX_VENUE_CAPACITY).optional(),
});
/** A venue for scheduling (input form). */
export type ScheduleVenue = z.input<typeof ScheduleVenue>;

/**
 * A school as scheduling reads it: its name, and when its classes may be away (weekly `windows`, e.g. Tuesday to
 * Thursday afternoons, and/or dated `datedWindows`, e.g. a Demand's time windows). At least one window.
 *
 * @example
 * ```ts
 * import { ScheduleSchool } from "@jiaolianti/matching";
 * ScheduleSchool.parse({ id: "sch-a", nameZh: "示例小学", windows: [{ dayOfWeek: 3, start: "13:00", end: "16:30" }] });
 * ```
 */
export const ScheduleSchool = z
  .object({
    id: SchoolId,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    /** @default [] */
    windows: z.array(WeeklySlot).max(70).default([]),
    /** @default [] */
    datedWindows: z.array(TimeWindow).max(1_000).default([]),
  })
  .check((ctx) => {
    if (ctx.value.windows.length === 0 && ctx.value.datedWindows.length === 0)
      ctx.issues.push({
        code: "custom",
        input: ctx.value.windows,
        path: ["windows"],
        message: "a school needs at least one time window (windows or datedWindows)",
      });
  });
/** A school for scheduling (input form). */
export type ScheduleSchool = z.input<typeof ScheduleSchool>;

/**
 * An expert (staff id only: no name) and the weekly times they can deliver (absent = any time). An expert is never in
 * two different occurrences at overlapping times; several classes in one occurrence are one session for them.
 *
 * @example
 * ```ts
 * import { ScheduleExpert } from "@jiaolianti/matching";
 * ScheduleExpert.parse({ id: "staff-expert-01", availability: [{ dayOfWeek: 2, start: "08:00", end: "12:00" }] });
 * ```
 */
export const ScheduleExpert = z.object({
  id: StaffId,
  availability: z.array(WeeklySlot).max(70).optional(),
});
/** An expert for scheduling (input form). */
export type ScheduleExpert = z.input<typeof ScheduleExpert>;
