import { describe, expect, test } from "vitest";
import subdistricts from "../data/xuhui-subdistricts.json" with { type: "json" };
import venues from "../data/xuhui-venues.json" with { type: "json" };
import { parseEntity } from "./parseEntity.js";

const stamp = { status: "active", dateLastModified: "2026-03-11T00:00:00Z" } as const;
const subdistrictIdByName = new Map(subdistricts.map((s) => [s.nameZh, `xh-sd-${s.nbsCode}`]));

describe("the shipped Xuhui reference data fits the model", () => {
  test.each(subdistricts)("subdistrict $nameZh is a valid Subdistrict", (s) => {
    const r = parseEntity("Subdistrict", {
      id: `xh-sd-${s.nbsCode}`,
      ...stamp,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      kind: s.nameZh.endsWith("镇") ? "town" : "subdistrict",
      nbsCode: s.nbsCode,
      osmRelation: s.osmRelation,
      point: { lat: s.lat, lng: s.lng, crs: s.coordSystem },
      pointType: s.pointType,
      accuracyM: s.accuracyM,
    });
    expect(r.ok, r.ok ? "" : r.error.message).toBe(true);
  });

  test("exactly one of the 13 is a town (华泾镇)", () => {
    expect(subdistricts.filter((s) => s.nameZh.endsWith("镇")).map((s) => s.nameZh)).toEqual(["华泾镇"]);
  });

  test.each(venues)("venue $id ($nameZh) is a valid Venue entry (applied, not yet admitted)", (v) => {
    const r = parseEntity("Venue", {
      id: v.id,
      ...stamp,
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      category: v.category,
      themes: v.themes,
      location: { lat: v.lat, lng: v.lng, crs: v.coordSystem },
      accuracyM: v.accuracyM,
      addressZh: v.address,
      subdistrictId: subdistrictIdByName.get(v.subdistrict),
      capacity: 0,
      sessions: [],
      openingHours: [],
      closures: [],
      accessibility: [],
      access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
      admissionStatus: "applied",
      admissionHistory: [{ status: "applied", date: "2026-03-11" }],
    });
    expect(r.ok, r.ok ? "" : r.error.message).toBe(true);
  });
});
