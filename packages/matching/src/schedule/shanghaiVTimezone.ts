import { SCHEDULE_TIME_ZONE } from "./shanghaiTime.js";

/**
 * The `VTIMEZONE` component for Asia/Shanghai that RFC 5545 §3.6.5 requires for every `TZID` an iCalendar object uses,
 * given to ical-generator as its time-zone generator (internal). Asia/Shanghai is UTC+08:00 with no daylight saving
 * time since 1991 (IANA tz database, zone `Asia/Shanghai`), so one `STANDARD` sub-component (offset +0800 → +0800,
 * name CST) covers every date a term can have (terms before 1992 are rejected). Returns `null` for any other zone
 * (none is used).
 */
export const shanghaiVTimezone = (tz: string): string | null =>
  tz === SCHEDULE_TIME_ZONE
    ? [
        "BEGIN:VTIMEZONE",
        `TZID:${SCHEDULE_TIME_ZONE}`,
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
      ].join("\r\n")
    : null;
