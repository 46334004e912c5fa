import { describe, expect, test } from "vitest";
import { xuhuiSubdistricts } from "../../data/xuhuiSubdistricts.js";
import { OSM_ATTRIBUTION, OSM_LICENCE, xuhuiBoundaries } from "./xuhuiBoundaries.js";

describe("xuhuiBoundaries", () => {
  test("keeps the OpenStreetMap attribution and ODbL licence with the data", () => {
    expect(OSM_ATTRIBUTION).toBe("© OpenStreetMap contributors");
    expect(xuhuiBoundaries.attribution).toBe(OSM_ATTRIBUTION);
    expect(xuhuiBoundaries.licence).toBe(OSM_LICENCE);
    expect(xuhuiBoundaries.sourceNote).toContain(OSM_ATTRIBUTION);
    for (const f of [xuhuiBoundaries.district, ...xuhuiBoundaries.subdistricts.features]) {
      expect(f.properties.licence).toContain("ODbL-1.0");
      expect(f.properties.crs).toBe("WGS84");
    }
  });

  test("has the district outline (OSM relation 1278188) and the same 13 subdistricts as xuhuiSubdistricts", () => {
    expect(xuhuiBoundaries.district.properties).toMatchObject({
      level: "district",
      code: "310104",
      osmRelation: 1278188,
    });
    expect(xuhuiBoundaries.district.geometry.type).toBe("MultiPolygon");
    const fromPolygons = xuhuiBoundaries.subdistricts.features.map((f) => [
      f.properties.nbsCode,
      f.properties.nameZh,
      f.properties.nameEn,
      f.properties.osmRelation,
    ]);
    const fromReference = xuhuiSubdistricts.map((s) => [s.nbsCode, s.nameZh, s.nameEn, s.osmRelation]);
    expect(fromPolygons).toEqual(fromReference);
  });

  test("only 虹梅路街道 is a derived polygon; the 13 areas add up to the district's minus ~0.03 km² of slivers", () => {
    const derived = xuhuiBoundaries.subdistricts.features.filter((f) => f.properties.derived);
    expect(derived.map((f) => f.properties.nameZh)).toEqual(["虹梅路街道"]);
    const sum = xuhuiBoundaries.subdistricts.features.reduce((s, f) => s + f.properties.areaKm2, 0);
    expect(xuhuiBoundaries.district.properties.areaKm2 - sum).toBeGreaterThan(0);
    expect(xuhuiBoundaries.district.properties.areaKm2 - sum).toBeLessThan(0.05);
  });
});
