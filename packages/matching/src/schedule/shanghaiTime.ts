/**
 * Wall-clock arithmetic in Asia/Shanghai (internal to scheduling). Times are whole **local minutes**: minutes since
 * 1970-01-01 00:00 on the Shanghai wall clock, so a day is `⌊m / 1440⌋` and a time of day `m mod 1440`.
 *
 * Asia/Shanghai has been UTC+08:00 all year since 1991 (China stopped observing daylight saving time after the summer
 * of 1991: IANA tz database, file `asia`, zone `Asia/Shanghai`, rule `Shang`/`PRC`), so converting a local minute to an
 * instant is a fixed shift; dates before 1992 are rejected by the calendar schema.
 */

/** The only time zone scheduling supports. */
export const SCHEDULE_TIME_ZONE = "Asia/Shanghai";

/** UTC offset of Asia/Shanghai in minutes (+08:00, no DST since 1991; IANA tz database). */
export const SHANGHAI_OFFSET_MINUTES = 480;

/** Minutes in a day. */
export const DAY_MINUTES = 1_440;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD` (already validated). */
export const dayOfIsoDate = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** ISO date `YYYY-MM-DD` of a day number. */
export const isoDateOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** ISO day of week (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export const isoWeekdayOfDay = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Minutes after midnight of a `HH:MM` time (already validated). */
export const minutesOfLocalTime = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Local minute of an instant given as an ISO date-time with offset (fractional when it has seconds). */
export const localMinuteOfInstant = (iso: string): number => Date.parse(iso) / MS_PER_MINUTE + SHANGHAI_OFFSET_MINUTES;

/** The instant of a local minute, as epoch milliseconds. */
export const epochMsOfLocalMinute = (m: number): number => (m - SHANGHAI_OFFSET_MINUTES) * MS_PER_MINUTE;

const pad = (n: number): string => String(n).padStart(2, "0");

/** `YYYY-MM-DDTHH:MM:00+08:00` of a local minute. */
export const isoDateTimeOfLocalMinute = (m: number): string => {
  const day = Math.floor(m / DAY_MINUTES);
  const minute = m - day * DAY_MINUTES;
  return `${isoDateOfDay(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+08:00`;
};
