import type { z } from "zod";
import { compareTemporal } from "./dates.js";

/** Options of {@link endNotBefore}. */
export interface EndNotBeforeOptions {
  /**
   * Require the end to be strictly after the start (a session of zero length is meaningless; an association that
   * begins and ends on the same day is fine).
   * @default false
   */
  readonly strict?: boolean;
}

/**
 * A refinement for an object with a start and an optional end field (dates, date-times or `HH:MM` times): the end
 * must not be before the start (or must be after it, with `strict`). The issue is reported at the end field's path,
 * so a form can show it next to the right input. Values that are missing or unreadable are left to their own field
 * schemas.
 *
 * Source: Ed-Fi and OneRoster associations are time-bounded by `beginDate`/`endDate`.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { endNotBefore, IsoDate } from "@jiaolianti/core";
 * const Period = z
 *   .strictObject({ beginDate: IsoDate, endDate: IsoDate.optional() })
 *   .check(endNotBefore("beginDate", "endDate"));
 * Period.safeParse({ beginDate: "2025-09-01", endDate: "2025-08-31" }).error?.issues[0]?.path; // ["endDate"]
 * ```
 */
export const endNotBefore =
  <const B extends string, const E extends string>(begin: B, end: E, options: EndNotBeforeOptions = {}) =>
  (ctx: z.core.ParsePayload<{ readonly [K in B | E]?: unknown }>): void => {
    const start = ctx.value[begin];
    const stop = ctx.value[end];
    if (typeof start !== "string" || typeof stop !== "string") return;
    const order = compareTemporal(start, stop);
    if (Number.isNaN(order)) return;
    if (options.strict ? order < 0 : order <= 0) return;
    ctx.issues.push({
      code: "custom",
      input: stop,
      path: [end],
      message: options.strict ? `${end} must be after ${begin}` : `${end} must not be before ${begin}`,
    });
  };
