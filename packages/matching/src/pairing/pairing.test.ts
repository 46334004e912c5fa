import type { School, Staff } from "@jiaolianti/core";
import { createSampleDistrict } from "@jiaolianti/core/sample";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { solveAssignment } from "../solvers/solveAssignment.js";
import { travelMinutes } from "../travel/travelMinutes.js";
import { PLAN_MIN_COACHES, pairCoaches } from "./pairCoaches.js";
import { pairDoctors } from "./pairDoctors.js";
import { pairExperts } from "./pairExperts.js";

const sample = (options: Parameters<typeof createSampleDistrict>[0]) => {
  const r = createSampleDistrict(options);
  if (!r.ok) throw r.error;
  return r.value;
};
const district = sample({ seed: "pairing", students: 120_000 });
const SPORTS = [
  "football",
  "basketball",
  "volleyball",
  "table-tennis",
  "badminton",
  "swimming",
  "athletics",
  "martial-arts",
];

describe("pairCoaches", () => {
  test("a Xuhui-sized district, two sports per school: ≥ 50 coaches deployed, every pair a wanted sport, ≤ 3 schools each", () => {
    const needs = district.schools.flatMap((s, k) => [
      { schoolId: s.id, specialties: [SPORTS[k % 8], SPORTS[(k + 3) % 8]] as string[] },
      { schoolId: s.id, specialties: [SPORTS[(k + 1) % 8], SPORTS[(k + 5) % 8]] as string[] },
    ]);
    const r = pairCoaches(district.schools, district.coaches, needs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(district.coaches.length).toBeGreaterThanOrEqual(PLAN_MIN_COACHES);
    expect(r.value.planTarget).toEqual({ minimum: 50, deployed: r.value.staffDeployed, met: true });
    const coach = new Map(district.coaches.map((c) => [c.id as string, c]));
    const needOf = new Map(needs.map((n, k) => [`${n.schoolId}#${k % 2}`, n]));
    const load = new Map<string, number>();
    for (const p of r.value.pairs) {
      const c = coach.get(p.staffId) as Staff;
      expect(c.specialtyTags.some((t) => needOf.get(p.needId)?.specialties.includes(t))).toBe(true);
      load.set(p.staffId, (load.get(p.staffId) ?? 0) + 1);
    }
    for (const n of load.values()) expect(n).toBeLessThanOrEqual(3);
    // Optimal: no unmet need has a coach of its sports with a free place (else placing it would lower the cost).
    for (const u of r.value.allocation.unplaced) expect(["specialty", "capacity"]).toContain(u.reason);
    for (const p of r.value.allocation.placements) expect(p.terms.map((t) => t.key)).toEqual(["specialty", "travel"]);
  });

  test("the specialty rank ranks: first-choice sport first when a coach of it is free", () => {
    const [school] = district.schools as [School];
    const coaches = district.coaches
      .filter((c) => ["football", "swimming"].includes(c.specialtyTags[0] ?? ""))
      .slice(0, 4);
    const first = coaches.find((c) => c.specialtyTags[0] === "swimming");
    const r = pairCoaches([school], coaches, [{ schoolId: school.id, specialties: ["swimming", "football"] }]);
    expect(r.ok && r.value.pairs[0]?.staffId).toBe(first?.id);
  });
});

describe("pairDoctors — 一校一医, same subdistrict first", () => {
  const small = sample({ seed: 7, students: 6_000 });
  const basesOf = (where: number[]) =>
    Object.fromEntries(
      small.doctors.map((doc, k) => {
        const sd = small.subdistricts[where[k] as number] as (typeof small.subdistricts)[number];
        return [doc.id as string, { location: sd.point, subdistrictId: sd.id as string }];
      }),
    );
  const placements = fc.array(fc.integer({ min: 0, max: 12 }), {
    minLength: small.doctors.length,
    maxLength: small.doctors.length,
  });
  /** The hard grade rule: a doctor who lists grades (the sample's do) serves schools offering one of them. */
  const gradeOk = (s: School, doc: Staff) =>
    doc.grades.length === 0 || s.gradesOffered.some((g) => doc.grades.includes(g));
  const sameCount = (
    bases: ReturnType<typeof basesOf>,
    pairs: ReadonlyArray<{ schoolId: string; staffId: string }>,
  ) => {
    const schoolOf = new Map(small.schools.map((s) => [s.id as string, s]));
    return pairs.filter((p) => bases[p.staffId]?.subdistrictId === schoolOf.get(p.schoolId)?.subdistrictId).length;
  };

  test("travel weight 0: as many same-subdistrict pairs as any pairing can have (max matching)", () => {
    fc.assert(
      fc.property(placements, (where) => {
        const bases = basesOf(where);
        const r = pairDoctors(small.schools, small.doctors, { bases, maxTravelMinutes: 600, weights: { travel: 0 } });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const m = solveAssignment(
          small.schools.map((s) =>
            small.doctors.map((doc) =>
              gradeOk(s, doc) && bases[doc.id]?.subdistrictId === s.subdistrictId ? 0 : Infinity,
            ),
          ),
        );
        expect(m.ok && sameCount(bases, r.value.pairs)).toBe(m.ok && m.value.assigned);
        expect(new Set(r.value.pairs.map((p) => p.staffId)).size).toBe(r.value.pairs.length);
        expect(new Set(r.value.pairs.map((p) => p.schoolId)).size).toBe(r.value.pairs.length);
      }),
      { numRuns: 25 },
    );
  });

  test("default weights: the least total cost (checked against the assignment solver), each pair explained", () => {
    fc.assert(
      fc.property(placements, (where) => {
        const bases = basesOf(where);
        const r = pairDoctors(small.schools, small.doctors, { bases, maxTravelMinutes: 600 });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const cost = small.schools.map((s) =>
          small.doctors.map((doc) => {
            const b = bases[doc.id] as { location: School["location"]; subdistrictId: string };
            const minutes = travelMinutes(b.location, s.location, { metersPerMinute: 333 }).minutes;
            if (!gradeOk(s, doc)) return Infinity;
            return (b.subdistrictId === s.subdistrictId ? 0 : 1) + (0.5 * minutes) / 600;
          }),
        );
        const m = solveAssignment(cost);
        // Every school the grade rule allows a doctor for gets one (the unmet-need penalty exceeds any cost).
        expect(r.value.pairs.length).toBe(m.ok ? m.value.assigned : -1);
        expect(m.ok && r.value.allocation.placementCost).toBeCloseTo(m.ok ? m.value.cost : Number.NaN, 9);
        for (const p of r.value.allocation.placements)
          expect(p.terms.map((t) => t.key)).toEqual(["subdistrict", "travel"]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("pairExperts", () => {
  test("science experts by topic; each unmet need says why", () => {
    const small = sample({ seed: 3, students: 20_000 });
    const needs = small.schools.map((s) => ({ schoolId: s.id, specialties: ["astronomy", "robotics"] }));
    const r = pairExperts(small.schools, small.experts, needs, { mode: "stable" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const expert = new Map(small.experts.map((e) => [e.id as string, e]));
    for (const p of r.value.pairs) {
      const e = expert.get(p.staffId) as Staff;
      expect(e.kinds).toContain("science-expert");
      expect(e.specialtyTags.some((t) => ["astronomy", "robotics"].includes(t))).toBe(true);
    }
    expect(r.value.allocation.blockingPairs).toEqual([]);
    for (const u of r.value.allocation.unplaced) expect(u.labelEn.length).toBeGreaterThan(0);
    expect(r.value.pairs.length + r.value.allocation.unplaced.length).toBe(needs.length);
  });
});

describe("pairing — bad input is a typed error", () => {
  const schools = district.schools.slice(0, 2);
  const coaches = district.coaches.slice(0, 2);
  test.each([
    ["a need for an unknown school", [{ schoolId: "nowhere", specialties: [] }], {}, "UnknownReferenceError"],
    [
      "a base for an unknown person",
      [],
      { bases: { ghost: { location: { lat: 31.2, lng: 121.4, crs: "WGS84" } } } },
      "UnknownReferenceError",
    ],
    ["a negative capacity", [], { capacity: -1 }, "ValidationError"],
    ["an unknown weight", [], { weights: { charisma: 1 } }, "ValidationError"],
    ["a NaN weight", [], { weights: { travel: Number.NaN } }, "ValidationError"],
    [
      "a base at latitude 95",
      [],
      { bases: { [coaches[0]?.id as string]: { location: { lat: 95, lng: 121.4, crs: "WGS84" } } } },
      "ValidationError",
    ],
  ])("%s", (_name, needs, options, tag) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = pairCoaches(schools, coaches, needs as any, options as any);
    expect(!r.ok && r.error._tag).toBe(tag);
  });
  test("duplicate schools", () => {
    const r = pairCoaches([schools[0] as School, schools[0] as School], coaches, []);
    expect(!r.ok && r.error._tag === "ValidationError" && r.error.issues[0]?.path).toEqual(["schools", 1, "id"]);
  });
});
