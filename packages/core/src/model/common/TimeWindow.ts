import { z } from "zod";
import { IsoDateTime } from "./dates.js";
import { endNotBefore } from "./endNotBefore.js";

/** Longest single time window, in days: a window is a visit slot or a booking horizon, not an open-ended period. */
export const TIME_WINDOW_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * A concrete interval between two instants (ISO date-times with offset), end strictly after start and at most
 * {@link TIME_WINDOW_MAX_DAYS} days long. Used for dated venue sessions and for the windows in which a school can
 * make a visit.
 *
 * @example
 * ```ts
 * import { TimeWindow } from "@jiaolianti/core";
 * TimeWindow.parse({ start: "2025-10-15T13:30:00+08:00", end: "2025-10-15T16:00:00+08:00" });
 * ```
 */
export const TimeWindow = z
  .strictObject({ start: IsoDateTime, end: IsoDateTime })
  .check(endNotBefore("start", "end", { strict: true }))
  .check((ctx) => {
    const span = Date.parse(ctx.value.end) - Date.parse(ctx.value.start);
    if (span > TIME_WINDOW_MAX_DAYS * DAY_MS) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value.end,
        path: ["end"],
        message: `a time window may last at most ${TIME_WINDOW_MAX_DAYS} days`,
      });
    }
  });

/** An interval between two instants. */
export type TimeWindow = z.infer<typeof TimeWindow>;
