/** Offset of Asia/Shanghai (China Standard Time, no daylight saving since 1991). */
export const SHANGHAI_OFFSET = "+08:00";

const OFFSET_MS = 8 * 3_600_000;

// Day numbers, ISO dates and weekdays are the scheduler's (one definition of Shanghai calendar arithmetic).
export {
  dayOfIsoDate as dayNumber,
  isoDateOfDay as isoDateOf,
  isoWeekdayOfDay as isoWeekday,
} from "../schedule/shanghaiTime.js";

/** `YYYY-MM-DDTHH:MM:00+08:00` for a Shanghai date and local time `HH:MM` (internal). */
export const shanghaiDateTime = (isoDate: string, time: string): string => `${isoDate}T${time}:00${SHANGHAI_OFFSET}`;

/** The Shanghai calendar date and `HH:MM` (minutes rounded down) of an instant given as an ISO date-time (internal). */
export const toShanghai = (
  isoDateTime: string,
): { readonly date: string; readonly time: string; readonly ms: number } => {
  const ms = Date.parse(isoDateTime);
  const local = new Date(ms + OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16), ms };
};
