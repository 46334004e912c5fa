import { describe, expect, test } from "vitest";
import { xuhuiVenues } from "../data/xuhuiVenues.js";
import { haversineMeters } from "../geo/haversineMeters.js";
import { subdistrictAt } from "../geo/subdistricts/subdistrictAt.js";
import { createSampleDistrict } from "./createSampleDistrict.js";

const r = createSampleDistrict({ seed: "geo", students: 40_000 });
if (!r.ok) throw new Error(r.error.message);
const d = r.value;

describe("sample district geography", () => {
  test("every school lies inside the OSM polygon of its own subdistrict", () => {
    expect(d.schools.length).toBeGreaterThan(20);
    for (const s of d.schools) expect(`xh-sd-${subdistrictAt(s.location)?.nbsCode}`).toBe(s.subdistrictId);
  });

  test("schools spread over the subdistricts roughly by area (no subdistrict holds more than a quarter)", () => {
    const per = new Map<string, number>();
    for (const s of d.schools) per.set(s.subdistrictId, (per.get(s.subdistrictId) ?? 0) + 1);
    expect(per.size).toBeGreaterThanOrEqual(9);
    for (const n of per.values()) expect(n / d.schools.length).toBeLessThan(0.25);
  });

  test("subdistrict points are the true centroids of their polygons, inside them", () => {
    for (const s of d.subdistricts) {
      expect(s.pointType).toBe("centroid");
      expect(`xh-sd-${subdistrictAt(s.point)?.nbsCode}`).toBe(s.id);
    }
    const tianping = d.subdistricts.find((s) => s.nbsCode === "310104003");
    expect(
      haversineMeters(tianping?.point ?? { lat: 0, lng: 0, crs: "WGS84" }, {
        lat: 31.20666,
        lng: 121.44542,
        crs: "WGS84",
      }),
    ).toBeLessThan(50);
  });

  test("venues keep their real names, themes, points, addresses and recorded subdistricts", () => {
    const byId = new Map(d.venues.map((v) => [v.id, v]));
    const subdistrictName = new Map(d.subdistricts.map((s) => [s.id, s.nameZh]));
    for (const ref of xuhuiVenues) {
      const v = byId.get(ref.id);
      expect(v).toMatchObject({
        nameZh: ref.nameZh,
        nameEn: ref.nameEn,
        category: ref.category,
        themes: ref.themes,
        location: ref.location,
        accuracyM: ref.accuracyM,
        addressZh: ref.address,
      });
      expect(subdistrictName.get(v?.subdistrictId ?? "")).toBe(ref.subdistrict);
    }
  });
});
