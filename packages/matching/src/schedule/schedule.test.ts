import { describe, expect, test } from "vitest";
import type { ScheduleOptions } from "./ScheduleOptions.js";
import { schedule } from "./schedule.js";
import { checkSchedule, type TInput } from "./scheduleOracle.testing.js";

// 2026-09-01 is a Tuesday; Wednesdays of September 2026: 2, 9, 16, 23, 30.
const term = { start: "2026-09-01", end: "2026-09-30" };
const wednesdayAfternoon = [{ dayOfWeek: 3, start: "13:00", end: "16:30" }];
const resources = (over: Partial<ScheduleOptions> = {}): ScheduleOptions => ({
  offers: [
    {
      id: "stars",
      kind: "venue-session",
      nameZh: "认识星空",
      nameEn: "Meet the stars",
      venueId: "planetarium",
      capacity: 90,
      slots: [{ dayOfWeek: 3, start: "13:30", end: "15:00" }],
    },
  ],
  venues: [{ id: "planetarium", nameZh: "示例天文馆", openingHours: [{ dayOfWeek: 3, start: "09:00", end: "16:30" }] }],
  schools: [
    { id: "sch-a", nameZh: "示例第一小学", windows: wednesdayAfternoon },
    { id: "sch-b", nameZh: "示例第二小学", windows: wednesdayAfternoon },
  ],
  ...over,
});
const cls = (id: string, groupId: string, schoolId = "sch-a", size = 40, offerId = "stars", more = {}) => ({
  id,
  groupId,
  schoolId,
  size,
  offerId,
  ...more,
});
const asInput = (allocations: TInput["allocations"], options: ScheduleOptions, calendar = term): TInput =>
  ({
    allocations,
    calendar,
    offers: options.offers,
    venues: options.venues,
    schools: options.schools,
    experts: options.experts ?? [],
    gridMinutes: options.gridMinutes ?? 30,
  }) as TInput;

describe("schedule", () => {
  test("places a class in the first Wednesday session, at +08:00", () => {
    const r = schedule([cls("a1", "sch-a:g4-c1")], term, resources());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.complete).toBe(true);
    expect(r.value.search.method).toBe("complete");
    expect(r.value.sessions).toMatchObject([
      {
        allocationId: "a1",
        start: "2026-09-02T13:30:00+08:00",
        end: "2026-09-02T15:00:00+08:00",
        occurrenceId: "stars@2026-09-02T13:30",
        seatsUsed: 40,
        seatsCapacity: 90,
        venueNameZh: "示例天文馆",
      },
    ]);
  });

  test("classes share an occurrence up to its seats, the next class waits a week", () => {
    const allocations = [cls("a1", "A:1"), cls("a2", "B:1", "sch-b"), cls("a3", "A:2")];
    const r = schedule(allocations, term, resources());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const starts = Object.fromEntries(r.value.sessions.map((s) => [s.allocationId, s.start.slice(0, 10)]));
    expect(Object.values(starts).sort()).toEqual(["2026-09-02", "2026-09-02", "2026-09-09"]);
    for (const s of r.value.sessions) expect(s.seatsUsed).toBe(s.start.startsWith("2026-09-02") ? 80 : 40);
    expect(checkSchedule(asInput(allocations, resources()), r.value)).toEqual([]);
  });

  test("holidays and closures are skipped; a make-up Saturday (调休) counts as a school day", () => {
    const options = resources({
      offers: [
        {
          id: "stars",
          kind: "venue-session",
          nameZh: "认识星空",
          venueId: "planetarium",
          capacity: 40,
          slots: [
            { dayOfWeek: 3, start: "13:30", end: "15:00" },
            { dayOfWeek: 6, start: "13:30", end: "15:00" },
          ],
        },
      ],
      venues: [
        { id: "planetarium", nameZh: "示例天文馆", closures: [{ beginDate: "2026-09-09", endDate: "2026-09-09" }] },
      ],
      schools: [
        {
          id: "sch-a",
          nameZh: "示例第一小学",
          windows: [...wednesdayAfternoon, { dayOfWeek: 6, start: "13:00", end: "16:30" }],
        },
      ],
    });
    const calendar = { ...term, holidays: ["2026-09-02"], makeUpDays: ["2026-09-12"] };
    const allocations = [cls("a1", "A:1"), cls("a2", "A:2"), cls("a3", "A:3")];
    const r = schedule(allocations, calendar, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 09-02 holiday, 09-05 Saturday not a school day, 09-09 closed, 09-12 make-up Saturday, then 09-16, 09-19? no.
    expect(r.value.sessions.map((s) => s.start.slice(0, 10))).toEqual(["2026-09-12", "2026-09-16", "2026-09-23"]);
    expect(checkSchedule(asInput(allocations, options, calendar), r.value)).toEqual([]);
  });

  test("the trip must fit the school window: too long a trip is unschedulable, with the reason", () => {
    const r = schedule([cls("a1", "A:1", "sch-a", 40, "stars", { travelMinutes: 45 })], term, resources());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sessions).toEqual([]);
    expect(r.value.unschedulable[0]?.reason).toMatchObject({
      code: "outside-school-window",
      labelZh: "超出学校可外出时段(含往返路程)",
      counts: { "outside-school-window": 5 },
      feasibleTimes: 0,
    });
  });

  test("a class already booked at the only time is reported as class-busy, naming the blocker", () => {
    const options = resources({
      offers: [
        ...resources().offers,
        {
          id: "dance",
          kind: "course",
          nameZh: "舞蹈",
          venueId: "planetarium",
          capacity: 40,
          dates: [{ start: "2026-09-02T13:30:00+08:00", end: "2026-09-02T15:00:00+08:00" }],
        },
      ],
    });
    const one = { ...term, end: "2026-09-02" };
    const r = schedule([cls("a1", "A:1"), cls("a2", "A:1", "sch-a", 40, "dance")], one, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sessions).toHaveLength(1);
    expect(r.value.unschedulable[0]?.reason).toMatchObject({ code: "class-busy", feasibleTimes: 1 });
    expect(r.value.unschedulable[0]?.reason.blockedBy).toHaveLength(1);
    expect(r.value.search).toMatchObject({ method: "greedy", provedIncomplete: true });
  });

  test("an expert visiting schools (open offer) is never in two schools at once", () => {
    const options = resources({
      offers: [{ id: "talk", kind: "expert-visit", nameZh: "心理健康讲座", capacity: 45, durationMinutes: 60 }],
      experts: [{ id: "staff-exp-1", availability: [{ dayOfWeek: 3, start: "13:00", end: "15:00" }] }],
    });
    const one = { ...term, end: "2026-09-02" };
    const allocations = [
      cls("a1", "A:1", "sch-a", 40, "talk", { expertId: "staff-exp-1" }),
      cls("a2", "B:1", "sch-b", 40, "talk", { expertId: "staff-exp-1" }),
      cls("a3", "A:2", "sch-a", 40, "talk", { expertId: "staff-exp-1" }),
    ];
    const r = schedule(allocations, one, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 13:00–15:00 fits two one-hour talks on the 30-minute grid: 13:00 and 14:00.
    expect(r.value.sessions.map((s) => s.start.slice(11, 16)).sort()).toEqual(["13:00", "14:00"]);
    expect(r.value.unschedulable).toHaveLength(1);
    expect(r.value.unschedulable[0]?.reason.code).toBe("expert-busy");
    expect(checkSchedule(asInput(allocations, options, one), r.value)).toEqual([]);
  });

  test("a venue's capacity caps parallel offers", () => {
    const options = resources({
      offers: [
        { ...resources().offers[0], id: "stars", capacity: 60 } as ScheduleOptions["offers"][number],
        { ...resources().offers[0], id: "moon", nameZh: "月相", capacity: 60 } as ScheduleOptions["offers"][number],
      ],
      venues: [{ id: "planetarium", nameZh: "示例天文馆", capacity: 80 }],
    });
    const allocations = [cls("a1", "A:1", "sch-a", 50), cls("a2", "B:1", "sch-b", 50, "moon")];
    const r = schedule(allocations, term, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sessions.map((s) => s.start.slice(0, 10))).toEqual(["2026-09-02", "2026-09-09"]);
    expect(checkSchedule(asInput(allocations, options), r.value)).toEqual([]);
  });

  test("a group larger than the seats is rejected up front", () => {
    const r = schedule([cls("a1", "A:1", "sch-a", 95)], term, resources());
    expect(r.ok && r.value.unschedulable[0]?.reason.code).toBe("group-too-large");
  });

  test("the same input gives the same schedule", () => {
    const allocations = [cls("a1", "A:1"), cls("a2", "B:1", "sch-b"), cls("a3", "A:2")];
    expect(schedule(allocations, term, resources())).toEqual(schedule(allocations, term, resources()));
  });
});

describe("schedule rejects bad input with typed errors", () => {
  const base = () => ({
    allocations: [cls("a1", "A:1")] as unknown[],
    calendar: term as unknown,
    options: resources() as unknown,
  });
  test.each([
    [
      "term end before start",
      (x: ReturnType<typeof base>) => (x.calendar = { start: "2026-09-30", end: "2026-09-01" }),
      ["calendar", "end"],
    ],
    [
      "impossible date",
      (x: ReturnType<typeof base>) => (x.calendar = { start: "2026-02-30", end: "2026-03-10" }),
      ["calendar", "start"],
    ],
    [
      "term before 1992 (Shanghai still had DST)",
      (x: ReturnType<typeof base>) => (x.calendar = { start: "1990-09-01", end: "1990-12-31" }),
      ["calendar", "start"],
    ],
    [
      "term longer than a year",
      (x: ReturnType<typeof base>) => (x.calendar = { start: "2026-09-01", end: "2027-09-30" }),
      ["calendar", "end"],
    ],
    [
      "a day both holiday and make-up day",
      (x: ReturnType<typeof base>) => (x.calendar = { ...term, holidays: ["2026-09-12"], makeUpDays: ["2026-09-12"] }),
      ["calendar", "makeUpDays", 0],
    ],
    [
      "holiday that is not a date",
      (x: ReturnType<typeof base>) => (x.calendar = { ...term, holidays: ["soon"] }),
      ["calendar", "holidays", 0],
    ],
    [
      "NaN size",
      (x: ReturnType<typeof base>) => (x.allocations = [cls("a1", "A:1", "sch-a", Number.NaN)]),
      ["allocations", 0, "size"],
    ],
    [
      "duplicate allocation id",
      (x: ReturnType<typeof base>) => (x.allocations = [cls("a1", "A:1"), cls("a1", "A:2")]),
      ["allocations", 1, "id"],
    ],
    [
      "window ending before it starts",
      (x: ReturnType<typeof base>) =>
        (x.options = resources({
          schools: [{ id: "sch-a", nameZh: "x", windows: [{ dayOfWeek: 3, start: "16:00", end: "13:00" }] }],
        })),
      ["options", "schools", 0, "windows", 0, "end"],
    ],
    [
      "invalid time of day",
      (x: ReturnType<typeof base>) =>
        (x.options = resources({
          schools: [{ id: "sch-a", nameZh: "x", windows: [{ dayOfWeek: 3, start: "25:00", end: "26:00" }] }],
        })),
      ["options", "schools", 0, "windows", 0, "start"],
    ],
    [
      "unknown option",
      (x: ReturnType<typeof base>) => (x.options = { ...resources(), venue: [] }),
      ["options", "venue"],
    ],
    [
      "open offer without a duration",
      (x: ReturnType<typeof base>) =>
        (x.options = resources({ offers: [{ id: "stars", kind: "expert-visit", nameZh: "讲座", capacity: 40 }] })),
      ["allocations", 0, "durationMinutes"],
    ],
    [
      "too fine a grid",
      (x: ReturnType<typeof base>) => (x.options = { ...resources(), gridMinutes: 1 }),
      ["options", "gridMinutes"],
    ],
  ] as const)("%s → ValidationError at its path", (_name, mutate, path) => {
    const x = base();
    mutate(x);
    const r = schedule(x.allocations as never, x.calendar as never, x.options as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    if (r.error._tag !== "ValidationError") return;
    expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
    expect(r.error.messageZh).toContain("不符合要求");
  });

  test.each([
    ["offer", cls("a1", "A:1", "sch-a", 40, "nope"), "ScheduleOffer", "nope"],
    ["school", cls("a1", "A:1", "sch-zz"), "ScheduleSchool", "sch-zz"],
    ["expert", cls("a1", "A:1", "sch-a", 40, "stars", { expertId: "staff-zz" }), "ScheduleExpert", "staff-zz"],
  ])("unknown %s → UnknownReferenceError", (_name, allocation, target, targetId) => {
    const r = schedule([allocation], term, resources());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ _tag: "UnknownReferenceError", target, targetId, fromId: "a1" });
  });

  test("an offer naming an unknown venue → UnknownReferenceError", () => {
    const r = schedule([cls("a1", "A:1")], term, resources({ venues: [] }));
    expect(!r.ok && r.error).toMatchObject({
      _tag: "UnknownReferenceError",
      target: "ScheduleVenue",
      targetId: "planetarium",
    });
  });

  test("options that are not an object, and allocations that are not an array", () => {
    const a = schedule([], term, null as never);
    const b = schedule("x" as never, term, resources());
    expect(!a.ok && a.error._tag).toBe("ValidationError");
    expect(!b.ok && b.error._tag).toBe("ValidationError");
  });
});
