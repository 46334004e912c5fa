/**
 * The sample district's calendar: the 2026 autumn term (2026-09-01 … 2027-01-22, Shanghai's usual autumn term), with
 * the National Day week (10-01 … 10-07) and the Mid-Autumn Festival (2026-09-25) off. Weekends are not school days.
 * Every date in the sample is drawn from these lists, so the district is the same whenever it is generated.
 */
export const SAMPLE_TERM = { start: "2026-09-01", end: "2027-01-22" } as const;

/** When reference-derived records (subdistricts, venues, departments, plan responsibilities) were last modified. */
export const SAMPLE_AS_OF = "2026-09-01T08:00:00+08:00";

const HOLIDAYS = new Set(["2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]);
const DAY_MS = 86_400_000;

/** The school days (Mon–Fri, not a holiday) from `start` to `end` inclusive, as ISO dates. */
export const schoolDays = (start: string, end: string): string[] => {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += DAY_MS) {
    const d = new Date(t);
    const iso = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(iso)) days.push(iso);
  }
  return days;
};

/** Days on which a school runs its wellbeing screening (self-report questionnaires). */
export const SCREENING_DAYS = schoolDays("2026-09-21", "2026-10-30");
/** Days on which a school runs its fitness test. */
export const FITNESS_DAYS = schoolDays("2026-10-12", "2026-11-27");
/** Days on which a school may take a group out (demands' time windows). */
export const OUTING_DAYS = schoolDays("2026-09-14", "2027-01-08");
