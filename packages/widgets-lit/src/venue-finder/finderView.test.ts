import { xuhuiVenues } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { en } from "../i18n/en.js";
import { zhCN } from "../i18n/zh-CN.js";
import { finderSettings } from "./finderSettings.js";
import { type FinderProblem, finderView, MAX_LISTED_VENUES, problemMessage } from "./finderView.js";
import { parsePublicVenues } from "./publicVenue.js";

const ok = finderSettings({ lat: 31.1925, lng: 121.4366, crs: "WGS84", minutes: 15, mode: "walk", theme: undefined });
const bad = finderSettings({ lat: 91, lng: 121.4366, crs: "WGS84", minutes: 15, mode: "walk", theme: undefined });
const parsed = parsePublicVenues([...xuhuiVenues, null]);
const records = parsed.ok ? parsed.value : "not-an-array";

describe("finderView", () => {
  test.each([
    [
      "invalid settings win over everything",
      bad,
      { status: "loading" },
      { kind: "problem", problem: { kind: "origin" } },
    ],
    ["no data", ok, { status: "none" }, { kind: "no-data" }],
    ["loading", ok, { status: "loading" }, { kind: "loading" }],
    [
      "a failed load",
      ok,
      { status: "failed", error: { kind: "http", status: 404 } },
      { kind: "problem", problem: { kind: "http", status: 404 } },
    ],
    [
      "data that is not an array",
      ok,
      { status: "read", records: "not-an-array" },
      { kind: "problem", problem: { kind: "format" } },
    ],
  ] as const)("%s", (_name, settings, data, view) => {
    expect(finderView(settings, data)).toEqual(view);
  });

  test("lists the circle with the count of ignored records", () => {
    const view = finderView(ok, { status: "read", records });
    expect(view.kind).toBe("list");
    if (view.kind !== "list") return;
    expect(view.total).toBe(view.shown.length);
    expect(view.total).toBeGreaterThan(0);
    expect(view.total).toBeLessThanOrEqual(MAX_LISTED_VENUES);
    expect(view.ignoredCount).toBe(1);
  });
});

describe("problemMessage", () => {
  const problems: FinderProblem[] = [
    { kind: "origin" },
    { kind: "crs" },
    { kind: "minutes", max: 240 },
    { kind: "mode" },
    { kind: "theme", code: "x" },
    { kind: "http", status: 500 },
    { kind: "network" },
    { kind: "format" },
    { kind: "too-large" },
  ];
  test.each(problems)("has a distinct message in each language for %o", (problem) => {
    for (const t of [zhCN, en]) {
      const message = problemMessage(problem, t);
      expect(message.length).toBeGreaterThan(5);
      expect(problems.filter((p) => problemMessage(p, t) === message)).toHaveLength(1);
    }
    expect(problemMessage(problem, zhCN)).not.toBe(problemMessage(problem, en));
  });
});
