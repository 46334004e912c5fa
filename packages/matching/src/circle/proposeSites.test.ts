import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { withinMinutes } from "../travel/withinMinutes.js";
import type { CircleSchool, CircleSite, CircleVenue } from "./CirclePlaces.js";
import { practiceCircles } from "./practiceCircles.js";
import { GREEDY_GUARANTEE, proposeSites } from "./proposeSites.js";

const at = (lat: number, lng: number): GeoPoint => ({ lat, lng, crs: "WGS84" });
const pointArb = fc.record({
  lat: fc.double({ min: 31.15, max: 31.17, noNaN: true }),
  lng: fc.double({ min: 121.42, max: 121.445, noNaN: true }),
  crs: fc.constant("WGS84" as const),
});
const instanceArb = fc.record({
  schools: fc.array(
    fc.record({
      id: fc.constant("s"),
      location: pointArb,
      enrolment: fc.array(fc.record({ students: fc.nat({ max: 900 }) }), { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 14 },
  ),
  candidates: fc.array(fc.record({ id: fc.constant("c"), location: pointArb }), { minLength: 1, maxLength: 9 }),
  venues: fc.array(
    fc.record({ id: fc.constant("v"), location: pointArb, themes: fc.constant(["science-technology" as const]) }),
    { maxLength: 2 },
  ),
  k: fc.integer({ min: 1, max: 4 }),
});

/** Independent coverage sets: schools (not covered by existing venues) within 15 minutes' walk of each candidate. */
const coverSets = (schools: CircleSchool[], candidates: CircleSite[], venues: CircleVenue[]) => {
  const covered = schools.map((s) => withinMinutes(s.location, venues, { minutes: 15 }).length > 0);
  const w = schools.map((s) => s.enrolment.reduce((n, e) => n + e.students, 0));
  const sets = candidates.map((c) =>
    schools
      .map((_s, i) => i)
      .filter(
        (i) => !covered[i] && withinMinutes((schools[i] as CircleSchool).location, [c], { minutes: 15 }).length > 0,
      ),
  );
  const value = (chosen: number[]) => {
    const u = new Set(chosen.flatMap((c) => sets[c] ?? []));
    return [...u].reduce((n, i) => n + (w[i] as number), 0);
  };
  return { sets, value };
};

const subsets = (n: number, k: number): number[][] => {
  if (k === 0 || n === 0) return [[]];
  const out: number[][] = [];
  const rec = (start: number, acc: number[]) => {
    out.push([...acc]);
    if (acc.length === k) return;
    for (let i = start; i < n; i++) rec(i + 1, [...acc, i]);
  };
  rec(0, []);
  return out;
};

/** Plain (non-lazy) greedy with the same tie rule: highest gain, then lowest index. */
const plainGreedy = (n: number, k: number, value: (c: number[]) => number) => {
  const chosen: number[] = [];
  for (let step = 0; step < k; step++) {
    let best = -1;
    let bestGain = 0;
    for (let c = 0; c < n; c++) {
      if (chosen.includes(c)) continue;
      const g = value([...chosen, c]) - value(chosen);
      if (g > bestGain) {
        best = c;
        bestGain = g;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
};

describe("proposeSites", () => {
  test("on small random instances: greedy ≥ (1 − 1/e) × brute-force optimum, bound ≥ optimum, same picks as plain greedy", () => {
    fc.assert(
      fc.property(instanceArb, ({ schools, candidates, venues, k }) => {
        const r = proposeSites(candidates, schools, k, { theme: "science-technology", venues });
        if (!r.ok) throw r.error;
        const { value } = coverSets(schools, candidates, venues);
        const opt = Math.max(...subsets(candidates.length, k).map(value));
        const p = r.value;
        expect(p.studentsNewlyCovered).toBe(value(p.sites.map((s) => s.index)));
        expect(p.studentsNewlyCovered).toBeLessThanOrEqual(opt);
        expect(p.studentsNewlyCovered).toBeGreaterThanOrEqual(GREEDY_GUARANTEE * opt - 1e-9);
        expect(p.bound).toBeGreaterThanOrEqual(opt);
        expect(p.bound).toBeLessThanOrEqual(p.studentsCoverable);
        expect(p.certifiedRatio).toBeGreaterThanOrEqual(GREEDY_GUARANTEE - 1e-12);
        expect(p.sites.map((s) => s.index)).toEqual(plainGreedy(candidates.length, k, value));
        expect(p.sites.length === k || p.stoppedEarly).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("a classic instance where greedy is not optimal: the bound still certifies it", () => {
    // Two schools of 100 each at the west and east; candidate 0 sits between (reaches both, ≈ 0.83 km away) … candidates
    // 1 and 2 reach one school and a third school of 90 students each. k = 2: greedy picks 0 then one of 1/2 (290),
    // the optimum is {1, 2} (380).
    const west = at(31.16, 121.42);
    const east = at(31.16, 121.4375);
    const schools: CircleSchool[] = [
      { id: "w", location: west, enrolment: [{ students: 100 }] },
      { id: "e", location: east, enrolment: [{ students: 100 }] },
      { id: "wn", location: at(31.1675, 121.42), enrolment: [{ students: 90 }] },
      { id: "en", location: at(31.1675, 121.4375), enrolment: [{ students: 90 }] },
    ];
    const candidates: CircleSite[] = [
      { id: "middle", location: at(31.16, 121.42875) },
      { id: "west-north", location: at(31.16375, 121.42) },
      { id: "east-north", location: at(31.16375, 121.4375) },
    ];
    const { sets, value } = coverSets(schools, candidates, []);
    expect(sets).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
    ]);
    const r = proposeSites(candidates, schools, 2, { theme: "science-technology" });
    if (!r.ok) throw r.error;
    expect(r.value.sites.map((s) => s.candidate.id)).toEqual(["middle", "west-north"]);
    expect(r.value.studentsNewlyCovered).toBe(290);
    expect(value([1, 2])).toBe(380);
    expect(r.value.bound).toBeGreaterThanOrEqual(380);
    expect(r.value.sites[1]?.newSchools).toEqual([2]);
    expect(r.value.sites[1]?.cumulativeStudents).toBe(290);
  });

  test("schools that already have the theme within their circle are not counted again", () => {
    const circles = practiceCircles(
      [{ id: "x", location: at(31.1925, 121.4366), enrolment: [{ students: 500 }] }],
      xuhuiVenues,
      { themes: ["science-technology"] },
    );
    if (!circles.ok) throw circles.error;
    const hasScience = circles.value.schools[0]?.missingThemes.length === 0;
    const r = proposeSites(
      [{ id: "c", location: at(31.1925, 121.4366) }],
      [{ id: "x", location: at(31.1925, 121.4366), enrolment: [{ students: 500 }] }],
      1,
      {
        theme: "science-technology",
        venues: xuhuiVenues,
      },
    );
    if (!r.ok) throw r.error;
    expect(r.value.schoolsAlreadyCovered).toBe(hasScience ? 1 : 0);
    expect(r.value.studentsNewlyCovered).toBe(hasScience ? 0 : 500);
  });

  test("stops early, with the optimum certified, when no candidate covers anyone new", () => {
    const schools: CircleSchool[] = [{ id: "a", location: at(31.16, 121.42), enrolment: [{ students: 300 }] }];
    const r = proposeSites(
      [
        { id: "near", location: at(31.161, 121.42) },
        { id: "far", location: at(31.25, 121.5) },
      ],
      schools,
      5,
      { theme: "sports" },
    );
    if (!r.ok) throw r.error;
    expect(r.value.sites.map((s) => s.candidate.id)).toEqual(["near"]);
    expect(r.value.stoppedEarly).toBe(true);
    expect([r.value.studentsNewlyCovered, r.value.bound, r.value.certifiedRatio]).toEqual([300, 300, 1]);
  });

  test.each([
    ["k = 0", [], [], 0, { theme: "sports" }, ["k"]],
    ["k = 2.5", [], [], 2.5, { theme: "sports" }, ["k"]],
    ["no theme", [], [], 1, {}, ["theme"]],
    ["an unknown theme", [], [], 1, { theme: "cooking" }, ["theme"]],
    ["a candidate without a location", [{ id: "c" }], [], 1, { theme: "sports" }, ["candidates", 0, "location"]],
    [
      "a venue with latitude 100",
      [],
      [],
      1,
      { theme: "sports", venues: [{ id: "v", location: at(100, 1), themes: [] }] },
      ["venues", 0, "location", "lat"],
    ],
    [
      "a school with a NaN longitude",
      [],
      [{ id: "s", location: at(31, Number.NaN), enrolment: [] }],
      1,
      { theme: "sports" },
      ["schools", 0, "location", "lng"],
    ],
  ])("rejects %s with a ValidationError", (_n, candidates, schools, k, options, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = proposeSites(candidates as any, schools as any, k, options as any);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toEqual(path);
  });
});
