import { describe, expect, test } from "vitest";
import { DEFAULT_INDEX_MID, warningTrend } from "./warningTrend.js";

describe("warningTrend", () => {
  test.each([
    // previous, current, byTier, byIndex, overall
    [{ tier: "green", index: 80 }, { tier: "yellow", index: 80 }, "worsening", "stable", "worsening"],
    [{ tier: "red", index: 40 }, { tier: "orange", index: 30 }, "improving", "worsening", "improving"],
    [{ tier: "yellow", index: 60 }, { tier: "yellow", index: 65 }, "stable", "improving", "improving"],
    [{ tier: "yellow", index: 60 }, { tier: "yellow", index: 64.9 }, "stable", "stable", "stable"],
    [{ tier: "yellow", index: 60 }, { tier: "yellow", index: 55 }, "stable", "worsening", "worsening"],
    [{ tier: "yellow", index: 60 }, { tier: "yellow", index: 55.1 }, "stable", "stable", "stable"],
    [{ tier: "yellow", index: null }, { tier: "yellow", index: 70 }, "stable", "undetermined", "stable"],
    [{ tier: null, index: 70 }, { tier: "green", index: 60 }, "undetermined", "worsening", "worsening"],
    [{ tier: null, index: null }, { tier: "green", index: 60 }, "undetermined", "undetermined", "undetermined"],
  ] as const)("%j → %j: tier %s, index %s, overall %s", (previous, current, byTier, byIndex, overall) => {
    const r = warningTrend(previous, current);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.value.byTier, r.value.byIndex, r.value.overall]).toEqual([byTier, byIndex, overall]);
  });

  test("the MID is an option, recorded with the result and explained in both languages", () => {
    const r = warningTrend(
      { tier: "green", index: 70 },
      { tier: "green", index: 73 },
      { minimalImportantDifference: 3 },
    );
    expect(r.ok && r.value.byIndex).toBe("improving");
    if (r.ok) {
      expect(r.value.minimalImportantDifference).toBe(3);
      expect(r.value.explanation.en).toBe(
        "tier green → green (stable); index change +3 with MID 3 (improving); overall improving",
      );
      expect(r.value.explanation.zh).toMatch(/总体改善/);
    }
    const d = warningTrend({ tier: "green", index: 70 }, { tier: "green", index: 73 });
    expect(d.ok && d.value.minimalImportantDifference).toBe(DEFAULT_INDEX_MID);
  });

  test.each([
    [{ tier: "blue", index: 50 }, { tier: "green", index: 50 }, {}],
    [{ tier: "green", index: 120 }, { tier: "green", index: 50 }, {}],
    [{ tier: "green", index: 50 }, { tier: "green", index: 50 }, { minimalImportantDifference: 0 }],
  ])("bad input %j %j %j → ValidationError", (previous, current, options) => {
    const r = warningTrend(previous as never, current as never, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("ValidationError");
  });
});
