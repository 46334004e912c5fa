import { describe, expect, test } from "vitest";
import { ReferenceVenue } from "./ReferenceVenue.js";
import { xuhuiSubdistricts } from "./xuhuiSubdistricts.js";
import { xuhuiVenues } from "./xuhuiVenues.js";

describe("xuhuiVenues", () => {
  test("ships the 67 real venues, each valid against ReferenceVenue", () => {
    expect(xuhuiVenues).toHaveLength(67);
    for (const v of xuhuiVenues) expect(ReferenceVenue.safeParse(v).success).toBe(true);
  });

  test("ids are unique and every point lies in Xuhui's bounding box (WGS84)", () => {
    expect(new Set(xuhuiVenues.map((v) => v.id)).size).toBe(67);
    for (const v of xuhuiVenues) {
      expect(v.location.crs).toBe("WGS84");
      expect(v.location.lat).toBeGreaterThan(31.1);
      expect(v.location.lat).toBeLessThan(31.25);
      expect(v.location.lng).toBeGreaterThan(121.38);
      expect(v.location.lng).toBeLessThan(121.48);
    }
  });

  test("covers all 13 subdistricts", () => {
    expect(new Set(xuhuiVenues.map((v) => v.subdistrict)).size).toBe(13);
  });
});

describe("xuhuiSubdistricts", () => {
  test("ships the 13 subdistricts with unique NBS codes, each a venue's subdistrict", () => {
    expect(xuhuiSubdistricts).toHaveLength(13);
    expect(new Set(xuhuiSubdistricts.map((s) => s.nbsCode)).size).toBe(13);
    const names = new Set(xuhuiSubdistricts.map((s) => s.nameZh));
    for (const v of xuhuiVenues) expect(names.has(v.subdistrict)).toBe(true);
    expect(xuhuiSubdistricts.filter((s) => s.pointType === "centroid").map((s) => s.nameZh)).toEqual(["天平路街道"]);
  });
});
