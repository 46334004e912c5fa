import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { schedule } from "./schedule.js";
import {
  checkSchedule,
  completeScheduleExists,
  feasibleTimes,
  type Slot,
  type TAllocation,
  type TInput,
  type TOffer,
  type TVenue,
} from "./scheduleOracle.testing.js";
import { SCHEDULE_REASON_CODES } from "./scheduleReasons.js";

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** A weekly slot on ISO weekday 1–`lastDay`, starting 08:00–15:30 on the half hour, 30–240 minutes long. */
const slotOn = (lastDay: number): fc.Arbitrary<Slot> =>
  fc
    .record({
      dayOfWeek: fc.integer({ min: 1, max: lastDay }),
      from: fc.integer({ min: 16, max: 31 }),
      len: fc.integer({ min: 1, max: 8 }),
    })
    .map(({ dayOfWeek, from, len }) => ({ dayOfWeek, start: hhmm(from * 30), end: hhmm(from * 30 + len * 30) }));

/**
 * A small random district: 1–2 venues, 1–3 offers, 2 schools, 0–2 experts, 1–5 allocations, a term of 1 to `maxDays`
 * days (short terms crowd the allocations into few days, so conflicts are common).
 */
const instanceWith = (maxDays: number): fc.Arbitrary<TInput> => {
  const slot = slotOn(Math.min(maxDays, 7));
  return fc
    .record({
      termDays: fc.integer({ min: 1, max: maxDays }),
      holidayPicks: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
      makeUp: fc.boolean(),
      venues: fc.array(
        fc.record({
          opening: fc.option(fc.array(slot, { maxLength: 4 }), { nil: undefined }),
          capacity: fc.option(fc.integer({ min: 20, max: 100 }), { nil: undefined }),
          closedDay: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      offers: fc.array(
        fc.record({
          venue: fc.integer({ min: -1, max: 1 }),
          capacity: fc.integer({ min: 20, max: 120 }),
          slots: fc.array(slot, { maxLength: 3 }),
          duration: fc.option(
            fc.integer({ min: 1, max: 4 }).map((k) => k * 30),
            { nil: undefined },
          ),
          kind: fc.constantFrom("venue-session", "course", "expert-visit"),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      windows: fc.array(fc.array(slot, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 2 }),
      experts: fc.array(fc.option(fc.array(slot, { maxLength: 3 }), { nil: undefined, freq: 2 }), { maxLength: 2 }),
      allocations: fc.array(
        fc.record({
          group: fc.integer({ min: 0, max: 3 }),
          school: fc.integer({ min: 0, max: 1 }),
          size: fc.integer({ min: 10, max: 60 }),
          offer: fc.nat(),
          expert: fc.constantFrom(-1, 0, 0, 0, 1),
          travel: fc.constantFrom(0, 0, 10, 25),
          duration: fc.option(
            fc.integer({ min: 1, max: 3 }).map((k) => k * 30),
            { nil: undefined },
          ),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map((g): TInput => {
      // Terms start on Monday 2026-09-07.
      const day = (k: number) => `2026-09-${String(7 + k).padStart(2, "0")}`;
      const venues: TVenue[] = g.venues.map((v, i) => ({
        id: `venue-${i}`,
        nameZh: `场馆${i}`,
        ...(v.opening === undefined ? {} : { openingHours: v.opening }),
        ...(v.capacity === undefined ? {} : { capacity: v.capacity }),
        ...(v.closedDay === undefined
          ? {}
          : { closures: [{ beginDate: day(v.closedDay), endDate: day(v.closedDay) }] }),
      }));
      const offers: TOffer[] = g.offers.map((o, i) => ({
        id: `offer-${i}`,
        kind: o.kind as TOffer["kind"],
        nameZh: `项目${i}`,
        capacity: o.capacity,
        slots: o.slots,
        ...(o.venue >= 0 && o.venue < venues.length ? { venueId: `venue-${o.venue}` } : {}),
        // Open offers need a length.
        ...(o.duration !== undefined || o.slots.length === 0 ? { durationMinutes: o.duration ?? 60 } : {}),
      }));
      const experts = g.experts.map((a, i) => ({ id: `staff-${i}`, ...(a === undefined ? {} : { availability: a }) }));
      const allocations: TAllocation[] = g.allocations.map((a, i) => ({
        id: `alloc-${i}`,
        groupId: `sch-${a.school}:c${a.group}`,
        schoolId: `sch-${a.school}`,
        size: a.size,
        offerId: `offer-${a.offer % offers.length}`,
        ...(a.expert >= 0 && a.expert < experts.length ? { expertId: `staff-${a.expert}` } : {}),
        ...(a.duration === undefined ? {} : { durationMinutes: a.duration }),
        travelMinutes: a.travel,
      }));
      return {
        allocations,
        calendar: {
          start: day(0),
          end: day(g.termDays - 1),
          holidays: g.holidayPicks.filter((k) => k < g.termDays && k !== 5).map(day),
          makeUpDays: g.makeUp && g.termDays > 5 ? [day(5)] : [],
        },
        offers,
        venues,
        schools: g.windows.map((w, i) => ({ id: `sch-${i}`, nameZh: `学校${i}`, windows: w })),
        experts,
        gridMinutes: 60,
      };
    });
};

const instance = fc.oneof(instanceWith(10), instanceWith(2));

const run = (x: TInput, maxNodes = 1_000_000) =>
  schedule(x.allocations, x.calendar, {
    offers: x.offers,
    venues: x.venues,
    schools: x.schools,
    experts: x.experts,
    gridMinutes: x.gridMinutes,
    maxNodes,
  });

describe("schedule — properties against independent oracles", () => {
  test("no class, expert, occurrence or venue is over-booked; every session is a feasible time; every allocation is placed once or explained", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const r = run(x);
        if (!r.ok) throw new Error(r.error.message);
        expect(checkSchedule(x, r.value)).toEqual([]);
        for (const u of r.value.unschedulable) expect(SCHEDULE_REASON_CODES).toContain(u.reason.code);
      }),
      { numRuns: 300 },
    );
  });

  test("the complete search is exact: it places everyone exactly when a brute-force search can", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const r = run(x);
        if (!r.ok) throw new Error(r.error.message);
        const pool = x.allocations.filter((a) => feasibleTimes(x, a).length > 0);
        const exists = completeScheduleExists(x, pool);
        expect(r.value.search.method).toBe(exists ? "complete" : "greedy");
        expect(r.value.search.provedIncomplete).toBe(!exists);
        if (exists) expect(r.value.sessions.map((s) => s.allocationId).sort()).toEqual(pool.map((a) => a.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  test("an allocation is reported without a feasible time exactly when brute force finds none", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const r = run(x);
        if (!r.ok) throw new Error(r.error.message);
        for (const u of r.value.unschedulable) {
          const a = x.allocations.find((y) => y.id === u.allocationId) as TAllocation;
          expect(u.reason.feasibleTimes).toBe(feasibleTimes(x, a).length);
          if (u.reason.feasibleTimes > 0) {
            expect(["class-busy", "expert-busy", "session-full", "venue-full"]).toContain(u.reason.code);
            expect(u.reason.blockedBy.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test("with no search budget the greedy schedule is still valid", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const r = run(x, 0);
        if (!r.ok) throw new Error(r.error.message);
        expect(checkSchedule(x, r.value)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

test("the generator covers the interesting cases (the properties above are not vacuous)", () => {
  const seen = new Set<string>();
  for (const x of fc.sample(instanceWith(2), { numRuns: 1_000, seed: 42 })) {
    const r = run(x);
    if (!r.ok) throw new Error(r.error.message);
    seen.add(r.value.search.method);
    if (r.value.search.provedIncomplete) seen.add("proved-incomplete");
    if (r.value.sessions.some((s) => s.seatsUsed > s.size)) seen.add("shared-occurrence");
    for (const u of r.value.unschedulable) {
      seen.add(u.reason.code);
      // Conflicts also count when they block some (not most) of an allocation's times.
      for (const c of ["class-busy", "expert-busy", "session-full", "venue-full"] as const)
        if ((u.reason.counts[c] ?? 0) > 0) seen.add(c);
    }
  }
  for (const k of ["complete", "greedy", "proved-incomplete", "shared-occurrence", ...SCHEDULE_REASON_CODES])
    expect(seen).toContain(k);
  console.info([...seen].sort().join(", "));
});
