import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { reachableWithin } from "./reachableWithin.js";

const xujiahui: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };

/** Independent oracle: spherical law of cosines, detour and speed applied by hand. */
const oracleMinutes = (p: GeoPoint, q: GeoPoint, detour: number, speed: number) => {
  const r = Math.PI / 180;
  const c =
    Math.sin(p.lat * r) * Math.sin(q.lat * r) +
    Math.cos(p.lat * r) * Math.cos(q.lat * r) * Math.cos((q.lng - p.lng) * r);
  return (6_371_008.8 * Math.acos(Math.min(1, c)) * detour) / speed;
};

describe("reachableWithin", () => {
  test("returns exactly the Xuhui venues a brute-force oracle finds, nearest first", () => {
    const r = reachableWithin(xujiahui, xuhuiVenues, { minutes: 15 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const expected = xuhuiVenues.filter((v) => oracleMinutes(xujiahui, v.location, 1.3, 80) <= 15).map((v) => v.id);
    expect(r.value.map((x) => x.place.id).sort()).toEqual(expected.sort());
    expect(r.value.length).toBeGreaterThan(3);
    for (let i = 1; i < r.value.length; i++)
      expect(r.value[i]?.minutes).toBeGreaterThanOrEqual(r.value[i - 1]?.minutes ?? 0);
  });

  test("a bigger budget or a faster mode never loses a place (monotone)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (m, extra) => {
          const small = reachableWithin(xujiahui, xuhuiVenues, { minutes: m });
          const big = reachableWithin(xujiahui, xuhuiVenues, { minutes: m + extra });
          const bike = reachableWithin(xujiahui, xuhuiVenues, { minutes: m, mode: "bike" });
          if (!small.ok || !big.ok || !bike.ok) throw new Error("unexpected validation failure");
          const bigIds = new Set(big.value.map((x) => x.place.id));
          const bikeIds = new Set(bike.value.map((x) => x.place.id));
          for (const x of small.value) {
            expect(bigIds.has(x.place.id)).toBe(true);
            expect(bikeIds.has(x.place.id)).toBe(true);
          }
        },
      ),
    );
  });

  test.each([
    ["negative minutes", xujiahui, [], { minutes: -5 }, "ReachableOptions"],
    ["unknown mode", xujiahui, [], { mode: "car" }, "ReachableOptions"],
    ["unknown option", xujiahui, [], { speed: 3 }, "ReachableOptions"],
    ["origin without system", { lat: 31.2, lng: 121.4 }, [], {}, "GeoPoint"],
    ["a place with latitude 95", xujiahui, [{ location: { lat: 95, lng: 121.4, crs: "WGS84" } }], {}, "places"],
    ["a place without a location", xujiahui, [{ id: "x" }], {}, "places"],
    ["a null place", xujiahui, [null], {}, "places"],
    ["places not an array", xujiahui, "venues", {}, "places"],
  ])("rejects %s with a typed ValidationError", (_name, origin, places, options, subject) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = reachableWithin(origin as any, places as any, options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe(subject);
  });

  test("reports every bad place with its index, not just the first", () => {
    const places = [
      { location: { lat: 95, lng: 121.4, crs: "WGS84" } },
      { location: xujiahui },
      { location: { lat: 31, lng: 121.4, crs: "OSGB" } },
    ];
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = reachableWithin(xujiahui, places as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.path)).toEqual([
      [0, "location", "lat"],
      [2, "location", "crs"],
    ]);
  });
});
