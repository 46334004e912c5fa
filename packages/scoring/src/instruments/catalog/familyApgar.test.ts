import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { familyApgar } from "./familyApgar.js";

type A = (number | null)[];

// Typed by hand from REFERENCE.md §1: 5 × 0–2 (adaptation, partnership, growth, affection, resolve), total 0–10;
// 7–10 functional, 4–6 moderately-dysfunctional, 0–3 severely-dysfunctional.
describe("Family APGAR band boundaries", () => {
  test.each<[A, number, string]>([
    [[0, 0, 0, 0, 0], 0, "severely-dysfunctional"],
    [[1, 1, 1, 0, 0], 3, "severely-dysfunctional"],
    [[1, 1, 1, 1, 0], 4, "moderately-dysfunctional"],
    [[2, 2, 1, 1, 0], 6, "moderately-dysfunctional"],
    [[2, 2, 1, 1, 1], 7, "functional"],
    [[2, 2, 2, 2, 2], 10, "functional"],
  ])("%j → %i %s", (answers, total, band) => {
    expect(scoreInstrument(familyApgar, answers)).toMatchObject({ ok: true, value: { total, band, flags: [] } });
  });

  test("answers by item name", () => {
    const r = scoreInstrument(familyApgar, { adaptation: 2, partnership: 1, growth: 1, affection: 2, resolve: 1 });
    expect(r).toMatchObject({ ok: true, value: { total: 7, band: "functional" } });
  });

  test("no published proration: one missing item → null (REFERENCE is silent; any missing → null)", () => {
    const r = scoreInstrument(familyApgar, { adaptation: 2, partnership: 2, growth: 2, affection: 2 });
    expect(r).toMatchObject({ ok: true, value: { total: null, band: null, usable: false } });
    expect(r.ok && r.value.explanation.missingItems).toEqual(["resolve"]);
  });

  test("an answer of 3 is out of range", () => {
    const r = scoreInstrument(familyApgar, { adaptation: 3 });
    expect(!r.ok && r.error.issues).toEqual([
      { path: ["adaptation"], message: "adaptation: 3 is outside the response range 0–2" },
    ]);
  });
});
