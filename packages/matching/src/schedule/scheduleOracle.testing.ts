/**
 * Test-only oracles for `schedule`, written independently of its implementation: a checker that recomputes every
 * rule from the input and the output, and a brute-force search that says whether a complete schedule exists.
 */
import type { Schedule as ScheduleResult } from "./ScheduleResult.js";

/** Plain input shapes used by the tests (all optional fields spelled out). */
export interface Slot {
  readonly dayOfWeek: number;
  readonly start: string;
  readonly end: string;
}
export interface Window {
  readonly start: string;
  readonly end: string;
}
export interface TAllocation {
  readonly id: string;
  readonly groupId: string;
  readonly schoolId: string;
  readonly size: number;
  readonly offerId: string;
  readonly expertId?: string;
  readonly durationMinutes?: number;
  readonly travelMinutes?: number;
}
export interface TOffer {
  readonly id: string;
  readonly kind: "venue-session" | "course" | "expert-visit";
  readonly nameZh: string;
  readonly venueId?: string;
  readonly capacity: number;
  readonly durationMinutes?: number;
  readonly slots?: Slot[];
  readonly dates?: Window[];
}
export interface TVenue {
  readonly id: string;
  readonly nameZh: string;
  readonly openingHours?: Slot[];
  readonly closures?: { readonly beginDate: string; readonly endDate?: string }[];
  readonly capacity?: number;
}
export interface TSchool {
  readonly id: string;
  readonly nameZh: string;
  readonly windows?: Slot[];
  readonly datedWindows?: Window[];
}
export interface TExpert {
  readonly id: string;
  readonly availability?: Slot[];
}
export interface TCalendar {
  readonly start: string;
  readonly end: string;
  readonly schoolWeekdays?: number[];
  readonly holidays?: string[];
  readonly makeUpDays?: string[];
}
export interface TInput {
  readonly allocations: ReadonlyArray<TAllocation>;
  readonly calendar: TCalendar;
  readonly offers: ReadonlyArray<TOffer>;
  readonly venues: ReadonlyArray<TVenue>;
  readonly schools: ReadonlyArray<TSchool>;
  readonly experts: ReadonlyArray<TExpert>;
  readonly gridMinutes: number;
}

// Wall-clock of Shanghai via Date arithmetic on "+08:00" strings (independent of the library's minute arithmetic).
const ms = (iso: string): number => Date.parse(iso);
const wall = (instant: number): { date: string; minute: number; weekday: number } => {
  const d = new Date(instant + 8 * 3_600_000);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return { date: d.toISOString().slice(0, 10), minute: d.getUTCHours() * 60 + d.getUTCMinutes(), weekday };
};
const at = (date: string, hhmm: string): number => ms(`${date}T${hhmm}:00+08:00`);
const within = (slots: ReadonlyArray<Slot> | undefined, from: number, to: number): boolean => {
  const a = wall(from);
  return (slots ?? []).some((s) => s.dayOfWeek === a.weekday && at(a.date, s.start) <= from && to <= at(a.date, s.end));
};
const days = (c: TCalendar): string[] => {
  const out: string[] = [];
  for (let t = ms(`${c.start}T00:00:00Z`); t <= ms(`${c.end}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const isSchoolDay = (c: TCalendar, date: string): boolean => {
  if (date < c.start || date > c.end || (c.holidays ?? []).includes(date)) return false;
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekday = d === 0 ? 7 : d;
  return (c.schoolWeekdays ?? [1, 2, 3, 4, 5]).includes(weekday) || (c.makeUpDays ?? []).includes(date);
};
const closed = (v: TVenue | undefined, date: string): boolean =>
  (v?.closures ?? []).some((c) => c.beginDate <= date && (c.endDate === undefined || date <= c.endDate));

/** An event with the class's busy interval, in epoch ms. */
interface Time {
  readonly start: number;
  readonly end: number;
  readonly busyStart: number;
  readonly busyEnd: number;
}

/** Every time an allocation could take, by brute force over the term (hard constraints only). */
export const feasibleTimes = (input: TInput, a: TAllocation): Time[] => {
  const offer = input.offers.find((o) => o.id === a.offerId) as TOffer;
  const venue = input.venues.find((v) => v.id === offer.venueId);
  const school = input.schools.find((s) => s.id === a.schoolId) as TSchool;
  const expert = input.experts.find((e) => e.id === a.expertId);
  if (a.size > offer.capacity || (venue?.capacity !== undefined && a.size > venue.capacity)) return [];
  const travel = (a.travelMinutes ?? 0) * 60_000;
  const sessions: Array<[number, number]> = [];
  const fixed = (offer.slots?.length ?? 0) + (offer.dates?.length ?? 0) > 0;
  for (const date of days(input.calendar)) {
    const weekday = wall(at(date, "12:00")).weekday;
    if (fixed) {
      for (const s of offer.slots ?? [])
        if (s.dayOfWeek === weekday) sessions.push([at(date, s.start), at(date, s.end)]);
    } else {
      const dur = ((a.durationMinutes ?? offer.durationMinutes) as number) * 60_000;
      for (let t = at(date, "00:00"); t + dur <= at(date, "00:00") + 86_400_000; t += input.gridMinutes * 60_000)
        sessions.push([t, t + dur]);
    }
  }
  for (const w of offer.dates ?? []) sessions.push([ms(w.start), ms(w.end)]);
  const out: Time[] = [];
  for (const [s, e] of sessions) {
    const date = wall(s).date;
    const end = fixed ? s + (a.durationMinutes ?? offer.durationMinutes ?? (e - s) / 60_000) * 60_000 : e;
    if (!isSchoolDay(input.calendar, date) || closed(venue, date) || end > e) continue;
    if (venue?.openingHours !== undefined && !within(venue.openingHours, s, end)) continue;
    const b0 = s - travel;
    const b1 = end + travel;
    const inWindow =
      within(school.windows, b0, b1) || (school.datedWindows ?? []).some((w) => ms(w.start) <= b0 && b1 <= ms(w.end));
    if (!inWindow) continue;
    if (expert?.availability !== undefined && !within(expert.availability, s, end)) continue;
    if (!out.some((x) => x.start === s && x.end === end)) out.push({ start: s, end, busyStart: b0, busyEnd: b1 });
  }
  return out;
};

/** Where an allocation's offer happens: the venue, or (at school) the offer at that school. */
const siteOf = (input: TInput, a: TAllocation): string => {
  const offer = input.offers.find((o) => o.id === a.offerId) as TOffer;
  return offer.venueId === undefined ? `${offer.id}@${a.schoolId}` : offer.id;
};

interface Placed {
  readonly a: TAllocation;
  readonly t: Time;
}

/** Every rule broken by a set of placements, as readable strings (empty = valid). */
export const violations = (input: TInput, placed: ReadonlyArray<Placed>): string[] => {
  const out: string[] = [];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const p = placed[i] as Placed;
      const q = placed[j] as Placed;
      if (p.a.groupId === q.a.groupId && p.t.busyStart < q.t.busyEnd && q.t.busyStart < p.t.busyEnd)
        out.push(`class ${p.a.groupId} double-booked: ${p.a.id} and ${q.a.id}`);
      const sameOccurrence = siteOf(input, p.a) === siteOf(input, q.a) && p.t.start === q.t.start;
      if (
        p.a.expertId !== undefined &&
        p.a.expertId === q.a.expertId &&
        !sameOccurrence &&
        p.t.start < q.t.end &&
        q.t.start < p.t.end
      )
        out.push(`expert ${p.a.expertId} double-booked: ${p.a.id} and ${q.a.id}`);
    }
  const occupancy = new Map<string, number>();
  for (const p of placed) {
    const key = `${siteOf(input, p.a)}|${p.t.start}`;
    occupancy.set(key, (occupancy.get(key) ?? 0) + p.a.size);
    const offer = input.offers.find((o) => o.id === p.a.offerId) as TOffer;
    if ((occupancy.get(key) as number) > offer.capacity) out.push(`occurrence ${key} over capacity`);
  }
  for (const v of input.venues) {
    if (v.capacity === undefined) continue;
    const here = placed.filter((p) => input.offers.find((o) => o.id === p.a.offerId)?.venueId === v.id);
    for (const p of here) {
      // Load at the moment p starts (a peak of a set of intervals is always at some interval's start).
      const load = here.filter((q) => q.t.start <= p.t.start && p.t.start < q.t.end).reduce((n, q) => n + q.a.size, 0);
      if (load > v.capacity) out.push(`venue ${v.id} over capacity at ${new Date(p.t.start).toISOString()}`);
    }
  }
  return out;
};

/** Whether all `pool` allocations can be placed together (exhaustive search; small inputs only). */
export const completeScheduleExists = (input: TInput, pool: ReadonlyArray<TAllocation>): boolean => {
  const options = pool.map((a) => feasibleTimes(input, a));
  const placed: Placed[] = [];
  const go = (k: number): boolean => {
    if (k === pool.length) return true;
    for (const t of options[k] as Time[]) {
      placed.push({ a: pool[k] as TAllocation, t });
      if (violations(input, placed).length === 0 && go(k + 1)) return true;
      placed.pop();
    }
    return false;
  };
  return go(0);
};

/**
 * Checks a schedule against its input: each session is one of the allocation's feasible times (school day, not a
 * holiday or closure, inside opening hours, the school window with travel, the expert's availability, session fits),
 * no rule is broken between sessions, and every allocation is either placed once or reported with a reason.
 */
export const checkSchedule = (input: TInput, result: ScheduleResult): string[] => {
  const out: string[] = [];
  const placed: Placed[] = [];
  for (const s of result.sessions) {
    const a = input.allocations.find((x) => x.id === s.allocationId);
    if (!a) {
      out.push(`unknown allocation ${s.allocationId}`);
      continue;
    }
    const t = feasibleTimes(input, a).find((x) => x.start === ms(s.start) && x.end === ms(s.end));
    if (!t) out.push(`${a.id} at ${s.start}–${s.end} is not a feasible time`);
    else placed.push({ a, t });
    if (s.groupId !== a.groupId || s.schoolId !== a.schoolId || s.offerId !== a.offerId || s.size !== a.size)
      out.push(`${a.id} copied wrongly`);
  }
  out.push(...violations(input, placed));
  const seen = [...result.sessions.map((s) => s.allocationId), ...result.unschedulable.map((u) => u.allocationId)];
  for (const a of input.allocations)
    if (seen.filter((id) => id === a.id).length !== 1)
      out.push(`${a.id} appears ${seen.filter((id) => id === a.id).length} times`);
  for (const u of result.unschedulable)
    if (!u.reason.code || !u.reason.labelZh || !u.reason.labelEn) out.push(`${u.allocationId} has no reason`);
  return out;
};
