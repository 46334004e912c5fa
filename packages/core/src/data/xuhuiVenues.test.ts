import { describe, expect, test } from "vitest";
import { ReferenceVenue } from "./ReferenceVenue.js";
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
