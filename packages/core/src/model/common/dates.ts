import { z } from "zod";

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD` (impossible dates such as `2025-02-30` are rejected). Used for every
 * `beginDate`/`endDate` of an association (Ed-Fi and OneRoster use dates, not instants, for these).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@jiaolianti/core";
 * IsoDate.parse("2025-09-01");
 * ```
 */
export const IsoDate = z.iso.date();
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An instant, ISO 8601 date-time with seconds and an explicit offset (`Z` or `+08:00`): a local time without an offset
 * is ambiguous across systems and is rejected. OneRoster's `dateLastModified` is such a value.
 *
 * @example
 * ```ts
 * import { IsoDateTime } from "@jiaolianti/core";
 * IsoDateTime.parse("2025-09-01T08:30:00+08:00");
 * IsoDateTime.safeParse("2025-09-01T08:30:00").success; // false: no offset
 * ```
 */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** An ISO 8601 date-time with offset. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/**
 * A wall-clock time of day `HH:MM` (00:00–23:59), in the venue's or school's local time (Asia/Shanghai), used by
 * weekly opening hours and availability.
 *
 * @example
 * ```ts
 * import { LocalTime } from "@jiaolianti/core";
 * LocalTime.parse("09:30");
 * LocalTime.safeParse("24:00").success; // false
 * ```
 */
export const LocalTime = z.iso.time({ precision: -1 }).max(5);
/** A time of day `HH:MM`. */
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * Compares two ISO dates, date-times (with offsets) or `HH:MM` times of the same kind: negative when `a` is earlier,
 * 0 when equal, positive when later; `NaN` when either cannot be read. Date-times are compared as instants, so
 * `08:00+08:00` equals `00:00Z`.
 *
 * @example
 * ```ts
 * import { compareTemporal } from "@jiaolianti/core";
 * compareTemporal("2025-09-01", "2025-10-01") < 0; // true
 * compareTemporal("2025-09-01T08:00:00+08:00", "2025-09-01T00:00:00Z"); // 0
 * ```
 */
export const compareTemporal = (a: string, b: string): number => {
  if (/^\d\d:\d\d$/.test(a) && /^\d\d:\d\d$/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
};
