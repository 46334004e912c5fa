import { endNotBefore, IsoDate, uniqueList } from "@jiaolianti/core";
import { z } from "zod";
import { SCHEDULE_TIME_ZONE } from "./shanghaiTime.js";

/** Longest term accepted, in days (a school year at most). */
export const MAX_TERM_DAYS = 366;

const DAY_MS = 86_400_000;
// Asia/Shanghai is a fixed UTC+08:00 only from 1992 (see shanghaiTime.ts).
const FIRST_FIXED_OFFSET_DATE = "1992-01-01";

/**
 * A school term's calendar (学期校历): first and last day (inclusive, end not before start, at most
 * {@link MAX_TERM_DAYS} days), the weekdays classes are held (ISO 1 = Monday … 7 = Sunday; Monday–Friday by default),
 * the holidays (放假) and the make-up school days (调休上班: a weekend day that is a school day), all in the
 * Asia/Shanghai time zone — the only zone supported. Holidays and make-up days outside the term are allowed and
 * ignored; a day may not be both.
 *
 * Source: the term and holiday structure of Shanghai's school calendar (上海市中小学校历: autumn term Sept–Jan, national
 * holidays with 调休 working weekends announced yearly by the State Council's General Office).
 *
 * @example
 * ```ts
 * import { TermCalendar } from "@jiaolianti/matching";
 * TermCalendar.parse({ start: "2026-09-01", end: "2027-01-22", holidays: ["2026-10-01", "2026-10-02"] });
 * ```
 */
export const TermCalendar = z
  .strictObject({
    start: IsoDate,
    end: IsoDate,
    /** ISO weekdays with classes. @default [1, 2, 3, 4, 5] */
    schoolWeekdays: uniqueList(z.number().int().min(1).max(7), 7, { min: 1 }).default([1, 2, 3, 4, 5]),
    /** Days off within the term. @default [] */
    holidays: uniqueList(IsoDate, 400).default([]),
    /** Weekend days that are school days (调休). @default [] */
    makeUpDays: uniqueList(IsoDate, 100).default([]),
    /** @default "Asia/Shanghai" */
    timeZone: z.literal(SCHEDULE_TIME_ZONE).default(SCHEDULE_TIME_ZONE),
  })
  .check(endNotBefore("start", "end"))
  .check((ctx) => {
    const { start, end, holidays, makeUpDays } = ctx.value;
    if (start < FIRST_FIXED_OFFSET_DATE)
      ctx.issues.push({
        code: "custom",
        input: start,
        path: ["start"],
        message: `terms before ${FIRST_FIXED_OFFSET_DATE} are not supported (Asia/Shanghai had daylight saving time until 1991)`,
      });
    const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
    if (days > MAX_TERM_DAYS)
      ctx.issues.push({
        code: "custom",
        input: end,
        path: ["end"],
        message: `a term may last at most ${MAX_TERM_DAYS} days`,
      });
    const off = new Set(holidays);
    makeUpDays.forEach((d, i) => {
      if (off.has(d))
        ctx.issues.push({
          code: "custom",
          input: d,
          path: ["makeUpDays", i],
          message: `${d} is listed both as a holiday and as a make-up school day`,
        });
    });
  });

/** A term calendar (input form: defaults may be omitted). */
export type TermCalendar = z.input<typeof TermCalendar>;
