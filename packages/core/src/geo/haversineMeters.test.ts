import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { GeoPoint } from "./GeoPoint.js";
import { EARTH_MEAN_RADIUS_M, haversineMeters } from "./haversineMeters.js";
import { toCrs } from "./toCrs.js";

const wgs = (lat: number, lng: number): GeoPoint => ({ lat, lng, crs: "WGS84" });

describe("haversineMeters", () => {
  test.each([
    // One degree of arc on the mean sphere = R·π/180.
    ["1° of latitude", wgs(31, 121.4), wgs(32, 121.4), (EARTH_MEAN_RADIUS_M * Math.PI) / 180],
    ["1° of longitude on the equator", wgs(0, 0), wgs(0, 1), (EARTH_MEAN_RADIUS_M * Math.PI) / 180],
    ["antipodes = half the circumference", wgs(0, 0), wgs(0, 180), EARTH_MEAN_RADIUS_M * Math.PI],
    ["same point", wgs(31.2, 121.44), wgs(31.2, 121.44), 0],
  ])("%s", (_name, a, b, expected) => {
    expect(haversineMeters(a, b)).toBeCloseTo(expected, 6);
  });

  test("Longhua memorial hall to Xujiahui cathedral is about 1.9 km (independent spherical law of cosines)", () => {
    const a = wgs(31.178557, 121.444423);
    const b = wgs(31.19235, 121.43197);
    const r = Math.PI / 180;
    const cosines =
      EARTH_MEAN_RADIUS_M *
      Math.acos(
        Math.sin(a.lat * r) * Math.sin(b.lat * r) +
          Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lng - a.lng) * r),
      );
    expect(haversineMeters(a, b)).toBeCloseTo(cosines, 3);
    expect(haversineMeters(a, b)).toBeGreaterThan(1_500);
    expect(haversineMeters(a, b)).toBeLessThan(2_500);
  });

  test("converts GCJ02 to WGS84 before measuring: the same place in two systems is ~0 m apart", () => {
    const gcj: GeoPoint = { lat: 31.176658, lng: 121.449023, crs: "GCJ02" };
    const asWgs = toCrs(gcj, "WGS84");
    expect(haversineMeters(gcj, asWgs)).toBeLessThan(0.01);
    // …whereas treating the GCJ02 numbers as WGS84 is off by the ~460–500 m Shanghai offset.
    expect(haversineMeters(wgs(gcj.lat, gcj.lng), asWgs)).toBeGreaterThan(400);
  });

  test("is symmetric, non-negative and obeys the triangle inequality", () => {
    const pt = fc.record({
      lat: fc.double({ min: -89, max: 89, noNaN: true }),
      lng: fc.double({ min: -179, max: 179, noNaN: true }),
    });
    fc.assert(
      fc.property(pt, pt, pt, (p, q, s) => {
        const [a, b, c] = [wgs(p.lat, p.lng), wgs(q.lat, q.lng), wgs(s.lat, s.lng)];
        const ab = haversineMeters(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ab - haversineMeters(b, a))).toBeLessThan(1e-6);
        expect(ab).toBeLessThanOrEqual(haversineMeters(a, c) + haversineMeters(c, b) + 1e-6);
      }),
    );
  });
});
