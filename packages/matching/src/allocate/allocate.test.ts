import { describe, expect, test } from "vitest";
import type { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import { allocate } from "./allocate.js";

const at = (lat: number, lng = 121.44) => ({ lat, lng, crs: "WGS84" as const });
const afternoon = [{ start: "2026-10-14T13:00:00+08:00", end: "2026-10-14T16:30:00+08:00" }];
const group = (id: string, groupSize: number, extra: Partial<AllocationDemand> = {}): AllocationDemand => ({
  id,
  schoolId: "xh-school-001",
  grades: [4],
  groupSize,
  themes: ["science-technology"],
  timeWindows: afternoon,
  maxTravelMinutes: 20,
  travelMode: "walk",
  accessibilityNeeds: [],
  origin: at(31.19),
  ...extra,
});
const session = (id: string, capacity: number, lat: number, extra: Partial<AllocationOffer> = {}): AllocationOffer => ({
  id,
  kind: "venue-session",
  capacity,
  grades: [4, 5],
  themes: ["science-technology"],
  accessibility: [],
  location: at(lat),
  times: [{ start: "2026-10-14T13:30:00+08:00", end: "2026-10-14T15:30:00+08:00" }],
  ...extra,
});

describe("allocate — examples", () => {
  test("the documented example: the larger group gets the nearer session, each placement explains itself", () => {
    const r = allocate([group("d1", 40), group("d2", 35)], [session("near", 45, 31.192), session("far", 40, 31.197)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.placements.map((p) => `${p.demandId}→${p.offerId}`)).toEqual(["d1→near", "d2→far"]);
    expect(r.value.gap).toBe(0);
    expect(r.value.optimal).toBe(true);
    const [first] = r.value.placements;
    expect(first?.terms.map((t) => t.key)).toEqual(["travel", "theme", "grade"]);
    expect(first?.terms[0]?.value).toBeCloseTo((222.39 * 1.3) / 80, 1); // ≈ 222 m north, detour 1.3, 80 m/min
    expect(first?.alternatives).toEqual([
      expect.objectContaining({ offerId: "far", spareSeats: 5, difference: expect.any(Number) }),
    ]);
    expect(first?.alternatives[0]?.difference).toBeGreaterThan(0);
  });

  test("divisible mode splits a group the sessions cannot seat whole; whole-class leaves it out with a reason", () => {
    const demands = [group("d1", 50)];
    const offers = [session("a", 30, 31.192), session("b", 30, 31.193)];
    const split = allocate(demands, offers, { mode: "divisible" });
    expect(split.ok && split.value.placements.map((p) => [p.offerId, p.seats])).toEqual([
      ["a", 30],
      ["b", 20],
    ]);
    const whole = allocate(demands, offers);
    expect(whole.ok && whole.value.unplaced).toEqual([
      expect.objectContaining({ demandId: "d1", seats: 50, reason: "size", feasible: 0, filtered: { size: 2 } }),
    ]);
  });

  test("fairness: when seats run short, the shortfall is spread across schools", () => {
    // School A is nearer; 2 groups of each school compete for 3 seats. Without fairness A takes all 3.
    const demands = [
      group("a1", 1, { schoolId: "school-a" }),
      group("a2", 1, { schoolId: "school-a" }),
      group("b1", 1, { schoolId: "school-b", origin: at(31.2) }),
      group("b2", 1, { schoolId: "school-b", origin: at(31.2) }),
    ];
    const offers = [session("s", 2, 31.192)];
    const schoolsPlaced = (fairness: number) => {
      const r = allocate(demands, offers, { fairness });
      return r.ok ? r.value.groups.map((g) => [g.group, g.placedSeats]) : [];
    };
    expect(schoolsPlaced(0)).toEqual([
      ["school-a", 2],
      ["school-b", 0],
    ]);
    expect(schoolsPlaced(0.5)).toEqual([
      ["school-a", 1],
      ["school-b", 1],
    ]);
  });

  test("stable mode: nearest schools first, or an explicit ranking", () => {
    const demands = [group("near", 30), group("far", 30, { origin: at(31.198) })];
    const offers = [session("s", 30, 31.194)];
    const nearest = allocate(demands, offers, { mode: "stable" });
    expect(nearest.ok && nearest.value.placements.map((p) => p.demandId)).toEqual(["near"]);
    expect(nearest.ok && nearest.value.unplaced[0]?.reason).toBe("outranked");
    expect(nearest.ok && nearest.value.blockingPairs).toEqual([]);
    const ranked = allocate(demands, offers, { mode: "stable", priorities: { s: ["far", "near"] } });
    expect(ranked.ok && ranked.value.placements.map((p) => p.demandId)).toEqual(["far"]);
  });

  test("a routing engine's travel times replace the embedded model", () => {
    const r = allocate([group("d1", 10)], [session("a", 30, 31.192), session("b", 30, 31.25)], {}, (_d, o) =>
      o.id === "a" ? 25 : 5,
    );
    expect(r.ok && r.value.placements.map((p) => [p.offerId, p.terms[0]?.value])).toEqual([["b", 5]]);
  });
});

describe("allocate — every unplaced demand says why", () => {
  const offers = [session("s", 40, 31.192, { accessibility: ["step-free-access"] })];
  test.each([
    ["theme", group("d", 30, { themes: ["film"] }), offers],
    ["grade", group("d", 30, { grades: [7] }), offers],
    ["accessibility", group("d", 30, { accessibilityNeeds: ["sign-language"] }), offers],
    [
      "time",
      group("d", 30, { timeWindows: [{ start: "2026-10-15T13:00:00+08:00", end: "2026-10-15T16:30:00+08:00" }] }),
      offers,
    ],
    ["travel", group("d", 30, { maxTravelMinutes: 2 }), offers],
    ["size", group("d", 50), offers],
    ["capacity", group("d", 30), [session("s", 40, 31.192), session("t", 0, 31.193)]],
  ] as const)("%s", (reason, demand, offerList) => {
    // A nearer group of another school takes the only seats.
    const other = reason === "capacity" ? [group("first", 30, { schoolId: "xh-school-002", origin: at(31.192) })] : [];
    const r = allocate([...other, demand], offerList);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const u = r.value.unplaced.find((x) => x.demandId === "d");
    expect(u?.reason).toBe(reason);
    expect(u?.labelZh).toMatch(/\p{Script=Han}/u);
    expect(u?.labelEn.length).toBeGreaterThan(10);
  });
});

describe("allocate — bad input is a typed error", () => {
  const d = group("d1", 30);
  const o = session("s", 40, 31.192);
  test.each([
    ["NaN group size", [{ ...d, groupSize: Number.NaN }], [o], {}, ["demands", 0, "groupSize"]],
    ["negative group size", [{ ...d, groupSize: -3 }], [o], {}, ["demands", 0, "groupSize"]],
    ["negative capacity", [d], [{ ...o, capacity: -1 }], {}, ["offers", 0, "capacity"]],
    ["fractional capacity", [d], [{ ...o, capacity: 2.5 }], {}, ["offers", 0, "capacity"]],
    ["NaN travel limit", [{ ...d, maxTravelMinutes: Number.NaN }], [o], {}, ["demands", 0, "maxTravelMinutes"]],
    ["duplicate demand id", [d, d], [o], {}, ["demands", 1, "id"]],
    ["duplicate offer id", [d], [o, o], {}, ["offers", 1, "id"]],
    ["latitude out of range", [{ ...d, origin: at(91) }], [o], {}, ["demands", 0, "origin", "lat"]],
    [
      "coordinates without a system",
      [d],
      [{ ...o, location: { lat: 31.2, lng: 121.4 } }],
      {},
      ["offers", 0, "location", "crs"],
    ],
    ["an unknown option", [d], [o], { speed: 3 }, ["options"]],
    ["a penalty below the weights", [d], [o], { unplacedPenalty: 1 }, ["options", "unplacedPenalty"]],
    ["an unknown mode", [d], [o], { mode: "lottery" }, ["options", "mode"]],
  ])("%s", (_name, demands, offers, options, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = allocate(demands as any, offers as any, options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    if (r.error._tag !== "ValidationError") return;
    expect(r.error.subject).toBe("allocation");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("not arrays", () => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = allocate(null as any, "x" as any);
    expect(!r.ok && r.error._tag === "ValidationError" && r.error.issues.map((i) => i.path)).toEqual([
      ["demands"],
      ["offers"],
    ]);
  });

  test.each([
    ["offer", { nowhere: ["d1"] }, "Offer", "nowhere"],
    ["demand", { s: ["d1", "ghost"] }, "Demand", "ghost"],
  ])("a ranking naming an unknown %s", (_n, priorities, target, id) => {
    const r = allocate([d], [o], { mode: "stable", priorities });
    expect(!r.ok && r.error._tag).toBe("UnknownReferenceError");
    if (r.ok || r.error._tag !== "UnknownReferenceError") return;
    expect([r.error.target, r.error.targetId]).toEqual([target, id]);
  });

  test("a travel time that is not a number ≥ 0", () => {
    const r = allocate([d], [o], {}, () => Number.NaN);
    expect(!r.ok && r.error._tag === "ValidationError" && r.error.issues[0]?.path).toEqual(["travel", 0, 0]);
  });
});
