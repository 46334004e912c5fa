import type { WeeklySlot } from "@jiaolianti/core";
import type { ModelAllocation, ScheduleModel } from "./scheduleModel.js";
import type { ScheduleReasonCode } from "./scheduleReasons.js";
import {
  DAY_MINUTES,
  dayOfIsoDate,
  isoWeekdayOfDay,
  localMinuteOfInstant,
  minutesOfLocalTime,
} from "./shanghaiTime.js";

/**
 * The feasible times of one allocation (internal): every time that passed the hard constraints, chronological. Times
 * are local minutes (see `shanghaiTime.ts`); `busyStart`/`busyEnd` add the trip there and back.
 */
export interface CandidateTimes {
  readonly start: number[];
  readonly end: number[];
  readonly busyStart: number[];
  readonly busyEnd: number[];
  /** Occurrence key: site index × 2²⁷ + local start minute (classes with equal keys share one occurrence). */
  readonly occurrence: number[];
  /** Longest busy interval among the candidates (for range queries). */
  readonly maxBusy: number;
  /** Times removed by each hard constraint (a time counts once, at the first it fails). */
  readonly removed: Partial<Record<ScheduleReasonCode, number>>;
  /** Times considered before the hard constraints. */
  readonly raw: number;
}

/** Multiplier of the site index in an occurrence key: 2²⁷ local minutes ≈ the year 2225. */
export const OCCURRENCE_STRIDE = 2 ** 27;

/** A weekly slot as minutes after midnight, grouped by ISO weekday (index 1–7). */
type SlotsByDay = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

const byWeekday = (slots: ReadonlyArray<WeeklySlot> | undefined): SlotsByDay | undefined => {
  if (slots === undefined) return undefined;
  const out: Array<Array<readonly [number, number]>> = Array.from({ length: 8 }, () => []);
  for (const s of slots) out[s.dayOfWeek]?.push([minutesOfLocalTime(s.start), minutesOfLocalTime(s.end)]);
  return out;
};

/** Whether `[from, to]` lies inside one slot of day `day` (slots do not cross midnight). */
const insideWeekly = (slots: SlotsByDay, day: number, from: number, to: number): boolean => {
  const base = day * DAY_MINUTES;
  for (const [s, e] of slots[isoWeekdayOfDay(day)] ?? []) if (base + s <= from && to <= base + e) return true;
  return false;
};

/** Per-resource lookups shared by every allocation (internal). */
export interface CandidateContext {
  readonly opening: ReadonlyArray<SlotsByDay | undefined>;
  readonly closed: ReadonlyArray<ReadonlySet<number>>;
  readonly schoolWeekly: ReadonlyArray<SlotsByDay>;
  readonly schoolDated: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly expertWeekly: ReadonlyArray<SlotsByDay | undefined>;
  /** Per offer, its fixed sessions as [start, end] local minutes (empty = open offer). */
  readonly sessions: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

/** Precomputes opening hours, closures, windows and session occurrences (internal). */
export const candidateContext = (m: ScheduleModel): CandidateContext => ({
  opening: m.venues.map((v) => byWeekday(v.openingHours)),
  closed: m.venues.map((v) => {
    const days = new Set<number>();
    for (const c of v.closures) {
      const to = Math.min(m.lastDay, c.endDate === undefined ? m.lastDay : dayOfIsoDate(c.endDate));
      for (let d = Math.max(m.firstDay, dayOfIsoDate(c.beginDate)); d <= to; d++) days.add(d);
    }
    return days;
  }),
  schoolWeekly: m.schools.map((s) => byWeekday(s.windows) as SlotsByDay),
  schoolDated: m.schools.map((s) =>
    s.datedWindows.map((w) => [localMinuteOfInstant(w.start), localMinuteOfInstant(w.end)] as const),
  ),
  expertWeekly: m.experts.map((e) => byWeekday(e.availability)),
  sessions: m.offers.map((o) => {
    const out: Array<readonly [number, number]> = [];
    for (const s of o.slots) {
      const from = minutesOfLocalTime(s.start);
      const to = minutesOfLocalTime(s.end);
      for (let d = m.firstDay; d <= m.lastDay; d++)
        if (isoWeekdayOfDay(d) === s.dayOfWeek) out.push([d * DAY_MINUTES + from, d * DAY_MINUTES + to]);
    }
    // A dated session keeps whole minutes inside its window.
    for (const w of o.dates)
      out.push([Math.ceil(localMinuteOfInstant(w.start)), Math.floor(localMinuteOfInstant(w.end))]);
    return out;
  }),
});

/**
 * Lists the times an allocation could take and applies the hard constraints in the order of `SCHEDULE_REASON_CODES`
 * (group size, school day, venue closure, session length, opening hours, school window with travel, expert
 * availability), counting what each removes (internal).
 */
export const buildCandidates = (m: ScheduleModel, ctx: CandidateContext, a: ModelAllocation): CandidateTimes => {
  const offer = m.offers[a.offer];
  const venue = a.venue < 0 ? undefined : m.venues[a.venue];
  const removed: Partial<Record<ScheduleReasonCode, number>> = {};
  const count = (code: ScheduleReasonCode, n = 1): void => {
    removed[code] = (removed[code] ?? 0) + n;
  };
  const found: Array<readonly [number, number]> = [];
  const travel = a.input.travelMinutes;
  const opening = a.venue < 0 ? undefined : ctx.opening[a.venue];
  const closed = a.venue < 0 ? undefined : ctx.closed[a.venue];
  const weekly = ctx.schoolWeekly[a.school] as SlotsByDay;
  const dated = ctx.schoolDated[a.school] ?? [];
  const expert = a.expert < 0 ? undefined : ctx.expertWeekly[a.expert];
  const tooLarge =
    offer === undefined ||
    a.input.size > offer.capacity ||
    (venue?.capacity !== undefined && a.input.size > venue.capacity);

  // Constraints that depend on the event [from, to] within a school day `day`; returns the failing code or null.
  const check = (day: number, from: number, to: number): ScheduleReasonCode | null => {
    if (opening !== undefined && !insideWeekly(opening, day, from, to)) return "outside-opening-hours";
    const b0 = from - travel;
    const b1 = to + travel;
    if (!insideWeekly(weekly, day, b0, b1) && !dated.some(([s, e]) => s <= b0 && b1 <= e))
      return "outside-school-window";
    if (expert !== undefined && !insideWeekly(expert, day, from, to)) return "expert-unavailable";
    return null;
  };

  let raw = 0;
  const sessions = ctx.sessions[a.offer] ?? [];
  if (offer === undefined || offer.slots.length > 0 || offer.dates.length > 0) {
    raw = sessions.length;
    if (tooLarge) count("group-too-large", raw);
    else
      for (const [s, e] of sessions) {
        const day = Math.floor(s / DAY_MINUTES);
        const to = s + (a.duration ?? e - s);
        if (day < m.firstDay || day > m.lastDay || !m.isSchoolDay(day)) count("not-school-day");
        else if (closed?.has(day)) count("venue-closed");
        else if (to > e) count("session-too-short");
        else {
          const fail = check(day, s, to);
          if (fail === null) found.push([s, to]);
          else count(fail);
        }
      }
  } else {
    const step = m.settings.gridMinutes;
    const duration = a.duration as number;
    const perDay = duration > DAY_MINUTES ? 0 : Math.floor((DAY_MINUTES - duration) / step) + 1;
    raw = perDay * (m.lastDay - m.firstDay + 1);
    if (tooLarge) count("group-too-large", raw);
    else
      for (let day = m.firstDay; day <= m.lastDay; day++) {
        if (!m.isSchoolDay(day)) count("not-school-day", perDay);
        else if (closed?.has(day)) count("venue-closed", perDay);
        else
          for (let k = 0; k < perDay; k++) {
            const from = day * DAY_MINUTES + k * step;
            const fail = check(day, from, from + duration);
            if (fail === null) found.push([from, from + duration]);
            else count(fail);
          }
      }
  }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // The same session listed twice (two equal slots or dates) is one time.
  const unique = found.filter((x, i) => i === 0 || x[0] !== found[i - 1]?.[0] || x[1] !== found[i - 1]?.[1]);
  const start = unique.map((x) => x[0]);
  const end = unique.map((x) => x[1]);
  return {
    start,
    end,
    busyStart: start.map((s) => s - travel),
    busyEnd: end.map((e) => e + travel),
    occurrence: start.map((s) => a.site * OCCURRENCE_STRIDE + s),
    maxBusy: unique.reduce((mx, [s, e]) => Math.max(mx, e - s + 2 * travel), 0),
    removed,
    raw,
  };
};
