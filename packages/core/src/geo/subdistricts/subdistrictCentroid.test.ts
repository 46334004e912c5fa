import { centerOfMass } from "@turf/center-of-mass";
import { describe, expect, test } from "vitest";
import { xuhuiSubdistricts } from "../../data/xuhuiSubdistricts.js";
import { haversineMeters } from "../haversineMeters.js";
import { subdistrictCentroid } from "./subdistrictCentroid.js";
import { xuhuiBoundaries } from "./xuhuiBoundaries.js";

describe("subdistrictCentroid", () => {
  test("天平路街道's computed centroid is within 50 m of the shipped true centroid 31.20666, 121.44542", () => {
    const shipped = xuhuiSubdistricts.find((s) => s.nameZh === "天平路街道");
    expect(shipped?.pointType).toBe("centroid");
    const c = subdistrictCentroid("310104003");
    expect(c?.crs).toBe("WGS84");
    expect(haversineMeters(c as NonNullable<typeof c>, { lat: 31.20666, lng: 121.44542, crs: "WGS84" })).toBeLessThan(
      50,
    );
  });

  test.each(xuhuiBoundaries.subdistricts.features.map((f) => [f.properties.nameZh, f] as const))(
    "%s agrees within 5 m with the centroid the data's author computed",
    (_name, f) => {
      const c = subdistrictCentroid(f.properties.nbsCode);
      const [lng, lat] = f.properties.centroid;
      expect(haversineMeters(c as NonNullable<typeof c>, { lat, lng, crs: "WGS84" })).toBeLessThan(5);
    },
  );

  test("虹梅路街道 (a MultiPolygon with exclaves) is weighted by part area, not turf's convex hull (~125 m off)", () => {
    const hongmei = xuhuiBoundaries.subdistricts.features.find((f) => f.properties.nbsCode === "310104012");
    expect(hongmei?.geometry.type).toBe("MultiPolygon");
    const hull = centerOfMass(hongmei?.geometry).geometry.coordinates;
    const ours = subdistrictCentroid("310104012") as NonNullable<ReturnType<typeof subdistrictCentroid>>;
    expect(haversineMeters(ours, { lat: hull[1] ?? 0, lng: hull[0] ?? 0, crs: "WGS84" })).toBeGreaterThan(100);
  });

  test("the office points of the other 12 subdistricts are up to ~1.5 km from the true centre", () => {
    for (const s of xuhuiSubdistricts) {
      const d = haversineMeters(
        s.point,
        subdistrictCentroid(s.nbsCode) as NonNullable<ReturnType<typeof subdistrictCentroid>>,
      );
      expect(d).toBeLessThanOrEqual(s.accuracyM);
    }
  });

  test("returns null for a code that is not one of the 13", () => {
    expect(subdistrictCentroid("310104999")).toBeNull();
    expect(subdistrictCentroid("")).toBeNull();
  });
});
