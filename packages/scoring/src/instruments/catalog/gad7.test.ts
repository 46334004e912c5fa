import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { gad7 } from "./gad7.js";

type A = (number | null)[];

// Typed by hand from REFERENCE.md §1: GAD-7 7 × 0–3; 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.
describe("GAD-7 band boundaries", () => {
  test.each<[A, number, string]>([
    [[0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[1, 1, 1, 1, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0], 5, "mild"],
    [[2, 2, 2, 1, 1, 1, 0], 9, "mild"],
    [[2, 2, 2, 2, 1, 1, 0], 10, "moderate"],
    [[2, 2, 2, 2, 2, 2, 2], 14, "moderate"],
    [[3, 3, 3, 2, 2, 1, 1], 15, "severe"],
    [[3, 3, 3, 3, 3, 3, 3], 21, "severe"],
  ])("%j → %i %s", (answers, total, band) => {
    expect(scoreInstrument(gad7, answers)).toMatchObject({ ok: true, value: { total, band, prorated: false } });
  });

  test("GAD-7 raises no flags", () => {
    expect(scoreInstrument(gad7, [3, 3, 3, 3, 3, 3, 3])).toMatchObject({ ok: true, value: { flags: [] } });
  });
});

describe("GAD-7 missing answers: no published proration rule", () => {
  test("by default any missing item leaves the total null", () => {
    const r = scoreInstrument(gad7, [2, 2, 2, 2, 2, 2, null]);
    expect(r).toMatchObject({ ok: true, value: { total: null, band: null, usable: false } });
    expect(r.ok && r.value.explanation.total?.rule).toBe(
      "1 of 7 items missing (gad-7): not scored — every item must be answered (no proration rule)",
    );
  });

  test.each<[string, A, number | null, string | null]>([
    ["one missing: round(12 × 7 / 6 = 14) = 14", [2, 2, 2, 2, 2, 2, null], 14, "moderate"],
    ["one missing, exactly .5: round(3 × 7 / 6 = 3.5) = 4", [1, 1, 1, 0, 0, 0, null], 4, "minimal"],
    ["one missing, exactly .5: round(9 × 7 / 6 = 10.5) = 11", [2, 2, 2, 1, 1, 1, null], 11, "moderate"],
    ["two missing stays null with minAnswered 6", [2, 2, 2, 2, 2, null, null], null, null],
  ])("opt-in proration (minAnswered 6): %s", (_name, answers, total, band) => {
    const r = scoreInstrument(gad7, answers, { missingRules: { total: { kind: "prorate", minAnswered: 6 } } });
    expect(r).toMatchObject({ ok: true, value: { total, band } });
    expect(r.ok && r.value.explanation.overriddenMissingRules).toEqual(["total"]);
    expect(r.ok && r.value.explanation.summary.at(-1)).toBe("missing-data rule replaced by the caller for: total");
  });
});
