import { describe, expect, test } from "vitest";
import { type FinderInput, finderSettings, MAX_MINUTES } from "./finderSettings.js";

const base: FinderInput = { lat: 31.1925, lng: 121.4366, crs: "WGS84", minutes: 15, mode: "walk", theme: undefined };

describe("finderSettings", () => {
  test("accepts the defaults", () => {
    expect(finderSettings(base)).toEqual({
      ok: true,
      value: { origin: { lat: 31.1925, lng: 121.4366, crs: "WGS84" }, minutes: 15, mode: "walk", theme: undefined },
    });
  });

  test.each([
    ["GCJ02 origin", { crs: "GCJ02" }, { origin: { lat: 31.1925, lng: 121.4366, crs: "GCJ02" } }],
    ["bike", { mode: "bike" }, { mode: "bike" }],
    ["a theme", { theme: "science-technology" }, { theme: "science-technology" }],
    ["an empty theme (all themes)", { theme: " " }, { theme: undefined }],
    [`${MAX_MINUTES} minutes`, { minutes: MAX_MINUTES }, { minutes: MAX_MINUTES }],
  ])("accepts %s", (_name, change, expected) => {
    const r = finderSettings({ ...base, ...change });
    expect(r.ok && r.value).toMatchObject(expected);
  });

  test.each([
    ["no latitude", { lat: undefined }, { kind: "origin" }],
    ["latitude NaN (attribute 'abc')", { lat: Number.NaN }, { kind: "origin" }],
    ["longitude 200", { lng: 200 }, { kind: "origin" }],
    ["unknown crs", { crs: "wgs84" }, { kind: "crs" }],
    ["0 minutes", { minutes: 0 }, { kind: "minutes", max: MAX_MINUTES }],
    ["too many minutes", { minutes: MAX_MINUTES + 1 }, { kind: "minutes", max: MAX_MINUTES }],
    ["infinite minutes", { minutes: Number.POSITIVE_INFINITY }, { kind: "minutes", max: MAX_MINUTES }],
    ["mode car", { mode: "car" }, { kind: "mode" }],
    ["unknown theme", { theme: "<b>x</b>" }, { kind: "theme", code: "<b>x</b>" }],
  ])("rejects %s", (_name, change, error) => {
    expect(finderSettings({ ...base, ...change })).toEqual({ ok: false, error });
  });
});
