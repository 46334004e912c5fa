import { z } from "zod";
import { LocalTime } from "./dates.js";
import { endNotBefore } from "./endNotBefore.js";

/**
 * A recurring weekly time slot in local time (Asia/Shanghai): ISO day of week (1 = Monday … 7 = Sunday) and a
 * start and end `HH:MM`, end strictly after start. Used for venue opening hours, weekly sessions and staff
 * availability. A slot does not cross midnight: split it in two.
 *
 * Source: ISO 8601 day numbering; schema.org `OpeningHoursSpecification` (dayOfWeek, opens, closes).
 *
 * @example
 * ```ts
 * import { WeeklySlot } from "@jiaolianti/core";
 * WeeklySlot.parse({ dayOfWeek: 3, start: "14:00", end: "16:30" }); // Wednesday afternoon
 * ```
 */
export const WeeklySlot = z
  .strictObject({
    /** ISO day of week, 1 = Monday … 7 = Sunday. */
    dayOfWeek: z.number().int().min(1).max(7),
    start: LocalTime,
    end: LocalTime,
  })
  .check(endNotBefore("start", "end", { strict: true }));

/** A weekly time slot. */
export type WeeklySlot = z.infer<typeof WeeklySlot>;
