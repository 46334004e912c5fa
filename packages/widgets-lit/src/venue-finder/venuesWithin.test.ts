import { type GeoPoint, toCrs, xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import { describe, expect, test } from "vitest";
import { parsePublicVenues } from "./publicVenue.js";
import { venuesWithin } from "./venuesWithin.js";

const xujiahui: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
const longhua: GeoPoint = { lat: 31.178557, lng: 121.444423, crs: "WGS84" };
const parsed = parsePublicVenues(xuhuiVenues);
const venues = parsed.ok ? parsed.value.venues : [];

describe("venuesWithin", () => {
  test.each([
    [xujiahui, 15, "walk"],
    [xujiahui, 30, "walk"],
    [xujiahui, 15, "bike"],
    [longhua, 15, "walk"],
    [longhua, 5, "bike"],
  ] as const)(
    "gives the same venues, times and order as matching's reachableWithin (%o, %i min, %s)",
    (origin, minutes, mode) => {
      const expected = reachableWithin(origin, xuhuiVenues, { minutes, mode });
      expect(expected.ok).toBe(true);
      if (!expected.ok) return;
      const got = venuesWithin(origin, venues, { minutes, mode });
      expect(got.length).toBeGreaterThan(0);
      expect(got.map((r) => r.venue.id)).toEqual(expected.value.map((r) => r.place.id));
      got.forEach((r, i) => {
        expect(r.minutes).toBeCloseTo(expected.value[i]?.minutes ?? Number.NaN, 9);
        expect(r.minutes).toBeLessThanOrEqual(minutes);
        expect(r.approximate).toBe(true);
      });
    },
  );

  test("the default circle around Xujiahui has venues, nearest first", () => {
    const got = venuesWithin(xujiahui, venues, { minutes: 15, mode: "walk" });
    expect(got.length).toBeGreaterThanOrEqual(3);
    const minutes = got.map((r) => r.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  test("filters by theme", () => {
    const all = venuesWithin(xujiahui, venues, { minutes: 30, mode: "walk" });
    const science = venuesWithin(xujiahui, venues, { minutes: 30, mode: "walk", theme: "science-technology" });
    expect(science.length).toBeGreaterThan(0);
    expect(science.length).toBeLessThan(all.length);
    expect(science.every((r) => r.venue.themes.includes("science-technology"))).toBe(true);
  });

  test("a GCJ02 origin finds the same venues as its WGS84 equivalent", () => {
    const gcj = toCrs(xujiahui, "GCJ02");
    const a = venuesWithin(gcj, venues, { minutes: 15, mode: "walk" }).map((r) => r.venue.id);
    expect(a).toEqual(venuesWithin(xujiahui, venues, { minutes: 15, mode: "walk" }).map((r) => r.venue.id));
    // …whereas reading the GCJ02 numbers as WGS84 moves the school by ≈ 500 m.
    const wrong = { ...gcj, crs: "WGS84" } as const;
    expect(venuesWithin(wrong, venues, { minutes: 15, mode: "walk" }).map((r) => r.venue.id)).not.toEqual(a);
  });
});
