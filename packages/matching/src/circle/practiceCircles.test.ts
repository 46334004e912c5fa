import { type GeoPoint, toCrs, VENUE_THEME_CODES, type VenueTheme, xuhuiVenues } from "@jiaolianti/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { withinMinutes } from "../travel/withinMinutes.js";
import type { CircleSchool, CircleVenue } from "./CirclePlaces.js";
import { circleReachable } from "./circleReachable.js";
import { practiceCircles } from "./practiceCircles.js";

const xujiahui: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
const school = (id: string, location: GeoPoint, students = 100): CircleSchool => ({
  id,
  location,
  enrolment: [{ students }],
});

const point = (crs: "WGS84" | "GCJ02" = "WGS84") =>
  fc.record({
    lat: fc.double({ min: 31.11, max: 31.24, noNaN: true }),
    lng: fc.double({ min: 121.39, max: 121.49, noNaN: true }),
    crs: fc.constant(crs),
  });
const theme = fc.constantFrom(...VENUE_THEME_CODES);
const venuesArb = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    location: fc.oneof(point(), point("GCJ02")),
    themes: fc.uniqueArray(theme, { maxLength: 3 }),
  }),
  { maxLength: 400 },
);
const schoolsArb = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    location: fc.oneof(point(), point("GCJ02")),
    enrolment: fc.array(fc.record({ students: fc.nat({ max: 600 }) }), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 25 },
);
const optionsArb = fc.record({
  minutes: fc.double({ min: 1, max: 60, noNaN: true }),
  mode: fc.constantFrom("walk" as const, "bike" as const),
  detourFactor: fc.double({ min: 1, max: 2, noNaN: true }),
});

describe("practiceCircles", () => {
  test("agrees exactly (same venues, bit-identical minutes, same order) with brute-force withinMinutes", () => {
    fc.assert(
      fc.property(schoolsArb, venuesArb, optionsArb, (schools, venues, options) => {
        const r = practiceCircles(schools, venues as CircleVenue[], options);
        if (!r.ok) throw r.error;
        expect(r.value.parameters.search).toBe(venues.length > 0 ? "kd-tree" : "scan");
        schools.forEach((s, i) => {
          const brute = withinMinutes(s.location, venues, options);
          const circle = r.value.schools[i];
          const fromBrute = new Map(brute.map((b) => [venues.indexOf(b.place), b.minutes]));
          expect([...(circle?.venueIndices ?? [])]).toEqual([...fromBrute.keys()].sort((a, b) => a - b));
          circle?.venueIndices.forEach((v, k) => {
            expect(circle.minutes[k]).toBe(fromBrute.get(v));
          });
          const listed = circleReachable(r.value, i, venues as CircleVenue[]);
          expect(listed.ok && listed.value).toEqual(brute);
        });
      }),
      { numRuns: 150 },
    );
  });

  test("venues on rings just inside and outside the circle, in every direction, are told apart exactly", () => {
    const R = 6_371_008.8;
    const radius = (15 * 80) / 1.3;
    const schools = [school("centre", xujiahui), school("north", { lat: 31.235, lng: 121.44, crs: "WGS84" })];
    const venues: CircleVenue[] = [];
    for (const s of schools)
      for (let a = 0; a < 360; a += 7.5)
        for (const f of [1 - 1e-4, 1 - 1e-9, 1, 1 + 1e-9, 1 + 1e-4]) {
          const d = (radius * f) / R;
          const th = (a * Math.PI) / 180;
          const lat = s.location.lat + (d * Math.cos(th) * 180) / Math.PI;
          const lng = s.location.lng + (d * Math.sin(th) * 180) / Math.PI / Math.cos((s.location.lat * Math.PI) / 180);
          venues.push({ id: `${a}-${f}`, location: { lat, lng, crs: "WGS84" }, themes: ["sports"] });
        }
    const r = practiceCircles(schools, venues);
    if (!r.ok) throw r.error;
    schools.forEach((s, i) => {
      const brute = withinMinutes(s.location, venues, { minutes: 15 });
      expect(brute.length).toBeGreaterThan(100);
      const listed = circleReachable(r.value, i, venues);
      expect(listed.ok && listed.value).toEqual(brute);
    });
  });

  test("places far apart (across the world) are scanned exhaustively and still agree", () => {
    const venues: CircleVenue[] = [
      { id: "a", location: { lat: 31.19, lng: 121.43, crs: "WGS84" }, themes: ["sports"] },
      { id: "b", location: { lat: 51.5, lng: -0.12, crs: "WGS84" }, themes: ["sports"] },
      { id: "c", location: { lat: 51.501, lng: -0.121, crs: "WGS84" }, themes: ["music"] },
    ];
    const schools = [school("s1", { lat: 51.5005, lng: -0.1205, crs: "WGS84" }), school("s2", xujiahui)];
    const r = practiceCircles(schools, venues);
    if (!r.ok) throw r.error;
    expect(r.value.parameters.search).toBe("scan");
    expect([...(r.value.schools[0]?.venueIndices ?? [])]).toEqual([1, 2]);
    expect([...(r.value.schools[1]?.venueIndices ?? [])]).toEqual([0]);
  });

  test("coverage by theme and district gaps, weighted by students, on the real Xuhui venues", () => {
    const near = school("near", xujiahui, 900);
    const far = school("far", { lat: 31.118, lng: 121.46, crs: "WGS84" }, 300);
    const r = practiceCircles([near, far], xuhuiVenues, { minutes: 15 });
    if (!r.ok) throw r.error;
    const c = r.value.schools[0];
    if (!c) throw new Error("no circle");
    // Independent recount from the brute-force list.
    const brute = withinMinutes(xujiahui, xuhuiVenues, { minutes: 15 });
    expect(r.value.parameters.themes).toEqual([...VENUE_THEME_CODES]);
    VENUE_THEME_CODES.forEach((t, k) => {
      const withTheme = brute.filter((b) => b.place.themes.includes(t));
      expect(c.themeVenues[k]).toBe(withTheme.length);
      if (withTheme.length === 0) {
        expect(c.missingThemes).toContain(t);
        expect(c.themeNearestMinutes[k]).toBe(Number.POSITIVE_INFINITY);
        expect(c.themeNearestVenue[k]).toBe(-1);
      } else {
        expect(c.missingThemes).not.toContain(t);
        expect(c.themeNearestMinutes[k]).toBe(withTheme[0]?.minutes);
        expect(xuhuiVenues[c.themeNearestVenue[k] ?? -1]).toBe(withTheme[0]?.place);
      }
    });
    expect(c.missingThemes.length).toBeGreaterThan(0);
    expect(c.missingThemes.length).toBeLessThan(14);
    for (const g of r.value.gaps) {
      const lack = [near, far].filter((_s, i) => r.value.schools[i]?.missingThemes.includes(g.theme));
      expect(g.schoolsLacking).toBe(lack.length);
      expect(g.studentsLacking).toBe(lack.reduce((n, s) => n + (s.enrolment[0]?.students ?? 0), 0));
      expect(g.studentShareLacking).toBeCloseTo(g.studentsLacking / 1200, 12);
      expect(g.districtVenues).toBe(xuhuiVenues.filter((v) => v.themes.includes(g.theme)).length);
      expect(g.labelZh.length).toBeGreaterThan(0);
    }
    expect(r.value.totals).toEqual({ schools: 2, students: 1200, venues: xuhuiVenues.length });
    expect(r.value.gaps.map((g) => g.theme)).toEqual([...VENUE_THEME_CODES]);
  });

  test("reports only the requested themes, in code-list order", () => {
    const themes: VenueTheme[] = ["sports", "science-technology"];
    const r = practiceCircles([school("s", xujiahui)], xuhuiVenues, { themes });
    if (!r.ok) throw r.error;
    expect(r.value.parameters.themes).toEqual(["science-technology", "sports"]);
    expect(r.value.gaps.map((g) => g.theme)).toEqual(["science-technology", "sports"]);
    const c = r.value.schools[0];
    expect(c?.themeVenues).toHaveLength(2);
    const brute = withinMinutes(xujiahui, xuhuiVenues, { minutes: 15 });
    expect(c?.themeVenues[1]).toBe(brute.filter((b) => b.place.themes.includes("sports")).length);
  });

  test("mixed coordinate systems are converted, not rejected (distances are computed in WGS84)", () => {
    const a = practiceCircles([school("s", toCrs(xujiahui, "GCJ02"))], xuhuiVenues);
    const b = practiceCircles([school("s", xujiahui)], xuhuiVenues);
    if (!a.ok || !b.ok) throw new Error("unexpected failure");
    expect([...(a.value.schools[0]?.venueIndices ?? [])]).toEqual([...(b.value.schools[0]?.venueIndices ?? [])]);
  });

  test("no schools or no venues give empty circles, all themes missing", () => {
    const r = practiceCircles([school("s", xujiahui)], []);
    if (!r.ok) throw r.error;
    expect(r.value.schools[0]?.missingThemes).toHaveLength(14);
    expect(r.value.gaps[0]?.schoolShareLacking).toBe(1);
    const e = practiceCircles([], xuhuiVenues);
    expect(e.ok && e.value.gaps.every((g) => g.schoolShareLacking === 0)).toBe(true);
  });

  test.each([
    ["schools not an array", "x", xuhuiVenues, {}, ["schools"]],
    [
      "a NaN latitude",
      [school("s", { lat: Number.NaN, lng: 121.4, crs: "WGS84" })],
      xuhuiVenues,
      {},
      ["schools", 0, "location", "lat"],
    ],
    [
      "latitude 91",
      [school("s", { lat: 91, lng: 121.4, crs: "WGS84" })],
      xuhuiVenues,
      {},
      ["schools", 0, "location", "lat"],
    ],
    [
      "an unknown system",
      [school("s", { lat: 31, lng: 121.4, crs: "BD-09" as "BD09" })],
      xuhuiVenues,
      {},
      ["schools", 0, "location", "crs"],
    ],
    [
      "negative students",
      [{ ...school("s", xujiahui), enrolment: [{ students: -3 }] }],
      xuhuiVenues,
      {},
      ["schools", 0, "enrolment", 0, "students"],
    ],
    ["missing enrolment", [{ id: "s", location: xujiahui }], xuhuiVenues, {}, ["schools", 0, "enrolment"]],
    ["an empty id", [school("", xujiahui)], xuhuiVenues, {}, ["schools", 0, "id"]],
    [
      "an unknown theme",
      [school("s", xujiahui)],
      [{ id: "v", location: xujiahui, themes: ["cooking"] }],
      {},
      ["venues", 0, "themes", 0],
    ],
    ["a null venue", [school("s", xujiahui)], [null], {}, ["venues", 0]],
    ["negative minutes", [school("s", xujiahui)], xuhuiVenues, { minutes: -1 }, ["minutes"]],
    ["a repeated theme", [school("s", xujiahui)], xuhuiVenues, { themes: ["music", "music"] }, ["themes"]],
    ["an unknown option", [school("s", xujiahui)], xuhuiVenues, { radius: 3 }, []],
  ])("rejects %s with a ValidationError at its path", (_n, schools, venues, options, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = practiceCircles(schools as any, venues as any, options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("circleReachable rejects an index out of range or the wrong venues", () => {
    const r = practiceCircles([school("s", xujiahui)], xuhuiVenues);
    if (!r.ok) throw r.error;
    expect(circleReachable(r.value, 1, xuhuiVenues).ok).toBe(false);
    expect(circleReachable(r.value, 0.5, xuhuiVenues).ok).toBe(false);
    expect(circleReachable(r.value, 0, xuhuiVenues.slice(1)).ok).toBe(false);
  });
});
