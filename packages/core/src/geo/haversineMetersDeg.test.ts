import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { GeoPoint } from "./GeoPoint.js";
import { cosLatitude, EARTH_MEAN_RADIUS_M, haversineMeters, haversineMetersDeg } from "./haversineMeters.js";
import { toCrs } from "./toCrs.js";

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lng = fc.double({ min: -180, max: 180, noNaN: true });
const viaKernel = (p: GeoPoint, q: GeoPoint): number =>
  haversineMetersDeg(p.lat, p.lng, cosLatitude(p.lat), q.lat, q.lng, cosLatitude(q.lat));

describe("haversineMetersDeg", () => {
  test.each([
    ["1° of latitude", 31, 121.4, 32, 121.4, (EARTH_MEAN_RADIUS_M * Math.PI) / 180],
    ["1° of longitude on the equator", 0, 0, 0, 1, (EARTH_MEAN_RADIUS_M * Math.PI) / 180],
    ["antipodes = half the circumference", 0, 0, 0, 180, EARTH_MEAN_RADIUS_M * Math.PI],
    ["same point", 31.2, 121.44, 31.2, 121.44, 0],
  ])("%s", (_name, lat1, lng1, lat2, lng2, expected) => {
    expect(haversineMetersDeg(lat1, lng1, cosLatitude(lat1), lat2, lng2, cosLatitude(lat2))).toBeCloseTo(expected, 6);
  });

  test("cosLatitude is cos of the latitude in radians, to the last bit", () => {
    expect(cosLatitude(60)).toBeCloseTo(0.5, 12);
    // The expression of haversineMeters before the kernel: lat × (π/180), not (lat × π)/180 (they differ in the last bit).
    fc.assert(fc.property(lat, (la) => Object.is(cosLatitude(la), Math.cos(la * (Math.PI / 180)))));
  });

  test("keeps the pre-kernel arithmetic of haversineMeters, to the last bit", () => {
    // The expressions haversineMeters had inline before it called the kernel (matching's circles rely on the bits).
    const r = Math.PI / 180;
    const inline = (a: number, b: number, c: number, d: number): number => {
      const dLat = (c - a) * r;
      const dLng = (d - b) * r;
      const h = Math.sin(dLat / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(dLng / 2) ** 2;
      return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    fc.assert(
      fc.property(lat, lng, lat, lng, (a, b, c, d) =>
        Object.is(haversineMetersDeg(a, b, cosLatitude(a), c, d, cosLatitude(c)), inline(a, b, c, d)),
      ),
    );
  });

  test("is what haversineMeters computes after converting both points to WGS84", () => {
    const crs = fc.constantFrom("WGS84", "GCJ02", "BD09") as fc.Arbitrary<GeoPoint["crs"]>;
    // Around Shanghai, where GCJ02/BD09 offsets apply.
    const pt = fc.record({
      lat: fc.double({ min: 30.7, max: 31.9, noNaN: true }),
      lng: fc.double({ min: 120.8, max: 122.1, noNaN: true }),
      crs,
    });
    fc.assert(
      fc.property(pt, pt, (a, b) => Object.is(haversineMeters(a, b), viaKernel(toCrs(a, "WGS84"), toCrs(b, "WGS84")))),
    );
  });

  test("NaN in, NaN out (no throw): callers validate first", () => {
    expect(haversineMetersDeg(Number.NaN, 0, 1, 0, 0, 1)).toBeNaN();
  });
});
