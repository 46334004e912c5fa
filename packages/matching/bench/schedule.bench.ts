import { fileURLToPath } from "node:url";
import { createSampleDistrict, SAMPLE_TERM } from "@jiaolianti/core/sample";
import ical from "ical-generator";
import { bench, describe } from "vitest";
import { writeBenchNote } from "../../../test-support/benchNotes.js";
import type { AllocationDemand } from "../src/allocate/AllocationInput.js";
import { allocate } from "../src/allocate/allocate.js";
import { offersFromVenues } from "../src/offers/offersFromVenues.js";
import { pairExperts } from "../src/pairing/pairExperts.js";
import { icalWallClock } from "../src/schedule/icalWallClock.js";
import type { Schedule } from "../src/schedule/ScheduleResult.js";
import { schedule } from "../src/schedule/schedule.js";
import {
  checkSchedule,
  type TAllocation,
  type TCalendar,
  type TExpert,
  type TInput,
  type TOffer,
  type TSchool,
  type TVenue,
} from "../src/schedule/scheduleOracle.testing.js";
import { shanghaiVTimezone } from "../src/schedule/shanghaiVTimezone.js";
import { toICalendar } from "../src/schedule/toICalendar.js";

// Scheduling at district scale: the sample district at Xuhui size (120 000 students, its default seed), all of it
// built by the package's own steps before anything is timed:
// - venue outings: the sample's 3 demands per school allocated by `allocate` (whole-class) to the dated sessions of the
//   sample's venue records over the autumn term (`offersFromVenues`); each placement becomes an allocation to the
//   weekly session (the scheduler picks the date), with the placement's travel minutes;
// - expert visits: `pairExperts` pairs the sample's science experts with schools (one need per school, any topic);
//   each pair gives 3 in-school visits of 40 min (one lesson; our assumption) to the classes of the school's demands
//   (so a class has an outing and a visit to fit around each other), one class per occurrence, within the expert's
//   weekly availability (the sample's: one weekday 14:00–16:30);
// - schools: classes may be away or take a visit Monday–Friday 13:00–16:30 (the sample demands' afternoon window);
//   venues: the sample's opening hours, closures and capacities; term: the sample's autumn term 2026-09-01…2027-01-22
//   with its holidays (Mid-Autumn 09-25, National Day 10-01…10-07) and New Year's Day 2027-01-01 (a statutory holiday
//   the sample does not list); no make-up days (the 2026 调休 days are not in the project's data).
// Before timing, the schedule is checked by the independent oracle (scheduleOracle.testing.ts): every session is a
// feasible time (school day, not a holiday or closure, inside opening hours and the school window with travel, the
// expert's availability), no class and no expert is double-booked, no occurrence or venue over capacity, every
// allocation placed once or reported with a reason.

const district = createSampleDistrict();
if (!district.ok) throw district.error;
const d = district.value;
const calendar: TCalendar = {
  start: SAMPLE_TERM.start,
  end: SAMPLE_TERM.end,
  holidays: ["2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2027-01-01"],
};

// 1. Venue outings.
const termOffers = offersFromVenues(d.venues, { from: SAMPLE_TERM.start, to: SAMPLE_TERM.end });
if (!termOffers.ok) throw termOffers.error;
const schoolAt = new Map(d.schools.map((s) => [s.id as string, s]));
const demands: AllocationDemand[] = d.demands.map((x) => ({
  ...x,
  origin: schoolAt.get(x.schoolId)?.location as AllocationDemand["origin"],
}));
const allocated = allocate(demands, termOffers.value.offers);
if (!allocated.ok) throw allocated.error;
const weeklyOf = new Map(termOffers.value.offers.map((o) => [o.id as string, o.venueSessionId as string]));
const classOf = new Map<string, string>();
const perGrade = new Map<string, number>();
for (const x of d.demands) {
  const key = `${x.schoolId}:g${x.grades[0]}`;
  perGrade.set(key, (perGrade.get(key) ?? 0) + 1);
  classOf.set(x.id, `${key}-c${perGrade.get(key)}`);
}
const demandOf = new Map(d.demands.map((x) => [x.id as string, x]));
const allocations: TAllocation[] = allocated.value.placements.map((p) => ({
  id: `outing-${p.demandId}`,
  groupId: classOf.get(p.demandId) as string,
  schoolId: demandOf.get(p.demandId)?.schoolId as string,
  size: p.seats,
  offerId: weeklyOf.get(p.offerId) as string,
  travelMinutes: Math.ceil(p.terms.find((t) => t.key === "travel")?.value ?? 0),
}));
const courseOf = new Map(d.courses.map((c) => [c.id as string, c]));
const offers: TOffer[] = d.venues.flatMap((v) =>
  v.sessions.map((s) => {
    const course = s.courseId === undefined ? undefined : courseOf.get(s.courseId);
    return {
      id: s.id,
      kind: "venue-session" as const,
      nameZh: course?.nameZh ?? v.nameZh,
      venueId: v.id,
      capacity: s.capacity,
      ...(course ? { durationMinutes: course.durationMinutes } : {}),
      slots: s.kind === "weekly" ? [s.slot] : [],
    };
  }),
);
const venues: TVenue[] = d.venues.map((v) => ({
  id: v.id,
  nameZh: v.nameZh,
  openingHours: v.openingHours.map((h) => ({ ...h })),
  closures: v.closures.map((c) => ({ beginDate: c.beginDate, ...(c.endDate ? { endDate: c.endDate } : {}) })),
  capacity: v.capacity,
}));

// 2. Expert visits.
const needs = d.schools.map((s) => ({ schoolId: s.id, specialties: [] }));
const paired = pairExperts(d.schools, d.experts, needs);
if (!paired.ok) throw paired.error;
const VISIT_MINUTES = 40;
const classesOfSchool = new Map<string, Array<{ group: string; size: number }>>();
for (const x of d.demands) {
  const list = classesOfSchool.get(x.schoolId) ?? [];
  list.push({ group: classOf.get(x.id) as string, size: x.groupSize });
  classesOfSchool.set(x.schoolId, list);
}
for (const pair of paired.value.pairs) {
  const offerId = `visit-${pair.staffId}-${pair.schoolId}`;
  offers.push({
    id: offerId,
    kind: "expert-visit",
    nameZh: "科学教育专家进校",
    capacity: 45,
    durationMinutes: VISIT_MINUTES,
  });
  for (const [k, c] of (classesOfSchool.get(pair.schoolId) ?? []).entries())
    allocations.push({
      id: `visit-${pair.staffId}-${pair.schoolId}-${k + 1}`,
      groupId: c.group,
      schoolId: pair.schoolId,
      size: c.size,
      offerId,
      expertId: pair.staffId,
    });
}
const paidExperts = new Set(paired.value.pairs.map((p) => p.staffId));
const experts: TExpert[] = d.experts
  .filter((e) => paidExperts.has(e.id))
  .map((e) => ({ id: e.id, availability: e.availability.map((s) => ({ ...s })) }));
const schools: TSchool[] = d.schools.map((s) => ({
  id: s.id,
  nameZh: s.nameZh,
  windows: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, start: "13:00", end: "16:30" })),
}));

const input: TInput = { allocations, calendar, offers, venues, schools, experts, gridMinutes: 30 };
const runSchedule = (): Schedule => {
  const r = schedule(allocations, calendar, { offers, venues, schools, experts });
  if (!r.ok) throw r.error;
  return r.value;
};

let started = performance.now();
const result = runSchedule();
const scheduleMs = performance.now() - started;
started = performance.now();
const problems = checkSchedule(input, result);
const checkMs = performance.now() - started;
if (problems.length > 0) throw new Error(`schedule fails the oracle: ${problems.slice(0, 5).join("; ")}`);

// iCalendar: one file per school, per venue with visits, per expert; each school's file has one VEVENT per visit.
const venueIds = [...new Set(result.sessions.flatMap((s) => (s.venueId ? [s.venueId] : [])))];
const exportAll = (): string[] => {
  const files: string[] = [];
  const targets = [
    ...schools.map((s) => ({ school: s.id })),
    ...venueIds.map((venue) => ({ venue })),
    ...experts.map((e) => ({ expert: e.id })),
  ];
  for (const target of targets) {
    const r = toICalendar(result, { for: target });
    if (!r.ok) throw r.error;
    files.push(r.value);
  }
  return files;
};
const files = exportAll();
const events = (text: string) => text.split("BEGIN:VEVENT").length - 1;
schools.forEach((s, k) => {
  const want = result.sessions.filter((x) => x.schoolId === s.id).length;
  if (events(files[k] as string) !== want)
    throw new Error(`${s.id}: ${events(files[k] as string)} events, ${want} visits`);
});
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);

/** The npm peer: ical-generator (which toICalendar uses) called directly, one file per school, same events. */
const viaIcalGenerator = (): string[] =>
  schools.map((s) => {
    const cal = ical({ name: s.nameZh, timezone: { name: null, generator: shanghaiVTimezone } });
    for (const x of result.sessions)
      if (x.schoolId === s.id)
        cal.createEvent({
          id: `class-visit:${x.allocationId}@schedule.jiaolianti`,
          start: icalWallClock(Date.parse(x.start)),
          end: icalWallClock(Date.parse(x.end)),
          timezone: "Asia/Shanghai",
          stamp: new Date(`${SAMPLE_TERM.start}T00:00:00+08:00`),
          summary: `${x.offerNameZh}(班级 ${x.groupId})`,
          location: x.venueNameZh ?? x.schoolNameZh,
        });
    return cal.toString();
  });
const peer = viaIcalGenerator();
schools.forEach((s, k) => {
  if (events(peer[k] as string) !== events(files[k] as string)) throw new Error(`${s.id}: peer event count differs`);
});

const outings = allocations.filter((a) => a.expertId === undefined).length;
const reasons = new Map<string, number>();
for (const u of result.unschedulable) reasons.set(u.reason.code, (reasons.get(u.reason.code) ?? 0) + 1);
const note = [
  `Sample district at Xuhui size (${d.schools.length} schools, ${d.demands.length} demands, ${d.venues.length} real venues, ${d.experts.filter((e) => e.kinds.includes("science-expert")).length} science experts), autumn term ${SAMPLE_TERM.start}…${SAMPLE_TERM.end}: ${allocations.length} allocations — ${outings} venue outings (the ${allocated.value.placements.length} of ${d.demands.length} demands that \`allocate\` placed in the term's ${termOffers.value.offers.length} dated sessions) and ${allocations.length - outings} expert visits (${paired.value.pairs.length} school–expert pairs from \`pairExperts\`) — over ${offers.length} offers.`,
  "",
  `- schedule: ${result.sessions.length} placed, ${result.unschedulable.length} unschedulable${reasons.size ? ` (${[...reasons].map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}; search ${result.search.method}, ${result.search.nodes} nodes; first run ${scheduleMs.toFixed(0)} ms`,
  `- verified by the independent oracle before timing (no class or expert double-booked, occurrence and venue capacities, opening hours, school windows with travel, holidays and closures, expert availability, each allocation once): 0 violations (${checkMs.toFixed(0)} ms)`,
  `- toICalendar: ${files.length} files (${schools.length} schools, ${venueIds.length} venues, ${experts.length} experts), ${(bytes / 1024).toFixed(0)} KiB; each school's file has one VEVENT per placed visit (checked)`,
  "- npm peers: no installed package schedules against these constraints (none compared); for the iCalendar export the peer is ical-generator 10.2.0 itself (toICalendar is built on it), called directly for the schools' files with the same events (no validation, no description text) — see the timings. toICalendar validates the whole schedule on every call, so exporting one file per school costs (schools × sessions) validation work.",
];
console.log(`[schedule.bench]\n${note.join("\n")}`);
writeBenchNote(fileURLToPath(new URL("..", import.meta.url)), "Scheduling a term at district scale", note);

describe(`schedule: ${allocations.length} allocations over a term (sample district, Xuhui size)`, () => {
  bench("schedule", () => {
    runSchedule();
  });
});
describe(`iCalendar export of that schedule`, () => {
  bench(`toICalendar, ${files.length} files (schools, venues, experts)`, () => {
    exportAll();
  });
  bench(`toICalendar, the ${schools.length} schools' files`, () => {
    for (const s of schools) {
      const r = toICalendar(result, { for: { school: s.id } });
      if (!r.ok) throw r.error;
    }
  });
  bench(`ical-generator 10.2.0 direct, the ${schools.length} schools' files`, () => {
    viaIcalGenerator();
  });
});
