import { describe, expect, test } from "vitest";
import { GeoPoint, parseGeoPoint } from "./GeoPoint.js";

describe("GeoPoint", () => {
  test("accepts a point with its coordinate system", () => {
    expect(parseGeoPoint({ lat: 31.2, lng: 121.4, crs: "GCJ02" })).toEqual({
      ok: true,
      value: { lat: 31.2, lng: 121.4, crs: "GCJ02" },
    });
  });

  test.each([
    ["latitude out of range", { lat: 90.0001, lng: 121.4, crs: "WGS84" }, ["lat"]],
    ["longitude out of range", { lat: 31.2, lng: -180.5, crs: "WGS84" }, ["lng"]],
    ["NaN latitude", { lat: Number.NaN, lng: 121.4, crs: "WGS84" }, ["lat"]],
    ["infinite longitude", { lat: 31.2, lng: Number.POSITIVE_INFINITY, crs: "WGS84" }, ["lng"]],
    ["unknown system", { lat: 31.2, lng: 121.4, crs: "EPSG3857" }, ["crs"]],
    ["missing system", { lat: 31.2, lng: 121.4 }, ["crs"]],
    ["string coordinate", { lat: "31.2", lng: 121.4, crs: "WGS84" }, ["lat"]],
    ["extra key (prototype pollution attempt)", JSON.parse('{"lat":1,"lng":1,"crs":"WGS84","__proto__":{"x":1}}'), []],
  ])("rejects %s with a path", (_name, input, path) => {
    const r = parseGeoPoint(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.issues[0]?.path).toEqual(path);
    expect(r.error.messageZh).toContain("GeoPoint");
  });

  test("rejects non-objects without throwing", () => {
    for (const input of [null, undefined, 42, "31.2,121.4", [31.2, 121.4]]) {
      expect(parseGeoPoint(input).ok).toBe(false);
    }
    expect(GeoPoint.safeParse(null).success).toBe(false);
  });
});
