import type { ICalDayJsStub } from "ical-generator";
import { SHANGHAI_OFFSET_MINUTES } from "./shanghaiTime.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * A date-time for ical-generator that prints as the Asia/Shanghai wall-clock time whatever the time zone of the
 * process (internal). ical-generator formats a native `Date` with the *process's* local getters when an event has a
 * `TZID`, so a server running in UTC would write 05:30 for a 13:30 visit; its date-library interface (the Day.js
 * shape `ICalDayJsStub`: `format`, `tz`, `toDate` …) lets us hand it the wall-clock digits instead.
 */
export const icalWallClock = (instantMs: number): ICalDayJsStub => {
  const wall = new Date(instantMs + SHANGHAI_OFFSET_MINUTES * 60_000);
  const parts: Record<string, string> = {
    YYYY: pad(wall.getUTCFullYear(), 4),
    MM: pad(wall.getUTCMonth() + 1),
    DD: pad(wall.getUTCDate()),
    HH: pad(wall.getUTCHours()),
    mm: pad(wall.getUTCMinutes()),
    ss: pad(wall.getUTCSeconds()),
  };
  const iso = `${parts.YYYY}-${parts.MM}-${parts.DD}T${parts.HH}:${parts.mm}:${parts.ss}+08:00`;
  const self: ICalDayJsStub = {
    format: (f = "YYYY-MM-DDTHH:mm:ssZ") =>
      f.replace(/YYYY|MM|DD|HH|mm|ss|Z/g, (token) => (token === "Z" ? "+08:00" : (parts[token] as string))),
    isValid: () => Number.isFinite(instantMs),
    toDate: () => new Date(instantMs),
    toJSON: () => iso,
    tz: () => self,
  };
  return self;
};
