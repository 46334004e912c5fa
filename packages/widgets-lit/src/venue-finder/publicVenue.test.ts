import { xuhuiVenues } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import {
  MAX_NAME_LENGTH,
  MAX_VENUE_RECORDS,
  parseLocation,
  parsePublicVenue,
  parsePublicVenues,
} from "./publicVenue.js";

const good = {
  id: "v-1",
  nameZh: "徐家汇书院",
  nameEn: "Xujiahui Library",
  themes: ["arts-culture"],
  location: { lat: 31.19, lng: 121.43, crs: "WGS84" },
};

describe("parsePublicVenue", () => {
  test("accepts every Xuhui reference venue and keeps only the checked fields", () => {
    for (const v of xuhuiVenues) {
      const r = parsePublicVenue(v);
      expect(r).toEqual({
        ok: true,
        value: { id: v.id, nameZh: v.nameZh, nameEn: v.nameEn, themes: v.themes, location: v.location },
      });
    }
  });

  test("accepts a venue with only one name and trims names", () => {
    expect(parsePublicVenue({ ...good, nameEn: undefined, nameZh: "  龙华  " })).toMatchObject({
      ok: true,
      value: { nameZh: "龙华" },
    });
    const r = parsePublicVenue({ ...good, nameZh: undefined });
    expect(r.ok && r.value).not.toHaveProperty("nameZh");
  });

  test.each([
    ["null", null, "not-an-object"],
    ["a string", "<img src=x onerror=alert(1)>", "not-an-object"],
    ["an array", [good], "not-an-object"],
    ["no id", { ...good, id: undefined }, "id"],
    ["numeric id", { ...good, id: 7 }, "id"],
    ["empty id", { ...good, id: "" }, "id"],
    ["id with spaces around", { ...good, id: " v-1 " }, "id"],
    ["id of 65 characters", { ...good, id: "x".repeat(65) }, "id"],
    ["no name", { ...good, nameZh: undefined, nameEn: undefined }, "name"],
    ["blank name", { ...good, nameZh: "   " }, "name"],
    ["name as an object", { ...good, nameEn: { toString: (): string => "x" } }, "name"],
    ["name too long", { ...good, nameZh: "长".repeat(MAX_NAME_LENGTH + 1) }, "name"],
    ["no themes", { ...good, themes: [] }, "themes"],
    ["themes not an array", { ...good, themes: "music" }, "themes"],
    ["unknown theme", { ...good, themes: ["music", "<script>"] }, "themes"],
    ["21 themes", { ...good, themes: Array(21).fill("music") }, "themes"],
    ["latitude 91", { ...good, location: { lat: 91, lng: 121.4, crs: "WGS84" } }, "location"],
    ["longitude NaN", { ...good, location: { lat: 31, lng: Number.NaN, crs: "WGS84" } }, "location"],
    ["string latitude", { ...good, location: { lat: "31.2", lng: 121.4, crs: "WGS84" } }, "location"],
    ["no coordinate system", { ...good, location: { lat: 31.2, lng: 121.4 } }, "location"],
    ["unknown coordinate system", { ...good, location: { lat: 31.2, lng: 121.4, crs: "EPSG:3857" } }, "location"],
    ["flat coordinates", { ...good, location: undefined, lat: 31.2, lng: 121.4, crs: "WGS84" }, "location"],
  ])("rejects %s", (_name, input, reason) => {
    expect(parsePublicVenue(input)).toEqual({ ok: false, error: reason });
  });

  test("never trusts inherited properties", () => {
    const inherited = Object.create({ id: "proto-id" }) as object;
    Object.assign(inherited, { nameZh: "x", themes: ["music"], location: good.location });
    expect(parsePublicVenue(inherited)).toEqual({ ok: false, error: "id" });
    const polluted = JSON.parse('{"__proto__": {"id": "p"}, "nameZh": "x", "themes": ["music"]}') as unknown;
    expect(parsePublicVenue(polluted).ok).toBe(false);
  });

  test("parseLocation converts nothing and copies the point", () => {
    const p = { lat: 31.18, lng: 121.45, crs: "GCJ02", extra: "<b>" };
    expect(parseLocation(p)).toEqual({ lat: 31.18, lng: 121.45, crs: "GCJ02" });
  });
});

describe("parsePublicVenues", () => {
  test("keeps valid venues in order and reports each ignored record", () => {
    const r = parsePublicVenues([
      good,
      null,
      { ...good, id: "v-2", themes: ["nope"] },
      { ...good },
      { ...good, id: "v-3" },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.venues.map((v) => v.id)).toEqual(["v-1", "v-3"]);
    expect(r.value.ignored).toEqual([
      { index: 1, reason: "not-an-object" },
      { index: 2, reason: "themes" },
      { index: 3, reason: "duplicate-id" },
    ]);
    expect(r.value.ignoredCount).toBe(3);
  });

  test("fails only when the input is not an array", () => {
    for (const input of [null, undefined, {}, "[]", 42, { length: 1, 0: good }]) {
      expect(parsePublicVenues(input)).toEqual({ ok: false, error: "not-an-array" });
    }
    expect(parsePublicVenues([])).toEqual({ ok: true, value: { venues: [], ignored: [], ignoredCount: 0 } });
  });

  test(`reads at most ${MAX_VENUE_RECORDS} records and counts the rest`, () => {
    const many = Array.from({ length: MAX_VENUE_RECORDS + 10 }, (_, i) => ({ ...good, id: `v-${i}` }));
    const r = parsePublicVenues(many);
    expect(r.ok && r.value.venues.length).toBe(MAX_VENUE_RECORDS);
    expect(r.ok && r.value.ignoredCount).toBe(10);
    expect(r.ok && r.value.ignored).toEqual([{ index: MAX_VENUE_RECORDS, reason: "over-limit" }]);
  });

  test("treats a record whose getter throws as invalid instead of throwing", () => {
    const trap = {
      get id(): string {
        throw new Error("boom");
      },
    };
    const r = parsePublicVenues([trap, good]);
    expect(r.ok && r.value.ignored).toEqual([{ index: 0, reason: "not-an-object" }]);
    expect(r.ok && r.value.venues).toHaveLength(1);
  });
});
