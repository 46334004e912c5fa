import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { CoordinateSystem } from "./CoordinateSystem.js";
import { haversineMeters } from "./haversineMeters.js";
import { toCrs } from "./toCrs.js";

describe("toCrs", () => {
  test("GCJ02 → WGS84 matches the conversion recorded in the shipped venue data (Longhua, xh-venue-001)", () => {
    const w = toCrs({ lat: 31.176658, lng: 121.449023, crs: "GCJ02" }, "WGS84");
    expect(w.crs).toBe("WGS84");
    expect(w.lat).toBeCloseTo(31.178557, 5);
    expect(w.lng).toBeCloseTo(121.444423, 5);
  });

  test("the GCJ02 shift in Shanghai is 400–600 m", () => {
    const w = { lat: 31.19, lng: 121.44, crs: "WGS84" } as const;
    const g = toCrs(w, "GCJ02");
    const asIfWgs = { lat: g.lat, lng: g.lng, crs: "WGS84" } as const;
    expect(haversineMeters(w, asIfWgs)).toBeGreaterThan(400);
    expect(haversineMeters(w, asIfWgs)).toBeLessThan(600);
  });

  test("returns the same point when already in the target system", () => {
    const p = { lat: 31.19, lng: 121.44, crs: "BD09" } as const;
    expect(toCrs(p, "BD09")).toBe(p);
  });

  test("round trips within 0.5 m across Shanghai for every pair of systems", () => {
    const systems: CoordinateSystem[] = ["WGS84", "GCJ02", "BD09"];
    fc.assert(
      fc.property(
        fc.double({ min: 30.7, max: 31.8, noNaN: true }),
        fc.double({ min: 120.9, max: 122.0, noNaN: true }),
        fc.constantFrom(...systems),
        fc.constantFrom(...systems),
        (lat, lng, from, to) => {
          const p = { lat, lng, crs: from };
          const back = toCrs(toCrs(p, to), from);
          expect(haversineMeters({ ...back, crs: "WGS84" }, { ...p, crs: "WGS84" })).toBeLessThan(0.5);
        },
      ),
    );
  });
});
