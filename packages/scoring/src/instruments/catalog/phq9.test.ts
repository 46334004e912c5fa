import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { phq9 } from "./phq9.js";

type A = (number | null)[];

// Every row typed by hand from REFERENCE.md §1 (PHQ-9: 9 × 0–3; 0–4 minimal, 5–9 mild, 10–14 moderate,
// 15–19 moderately-severe, 20–27 severe; item 9 ≥ 1 → self-harm; 1–2 missing → round(sum × 9 / answered) half up).
describe("PHQ-9 band boundaries", () => {
  test.each<[A, number, string]>([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"],
    [[2, 2, 2, 2, 1, 0, 0, 0, 0], 9, "mild"],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, "moderate"],
    [[3, 3, 3, 2, 2, 1, 0, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "moderately-severe"],
    [[3, 3, 3, 3, 3, 2, 2, 0, 0], 19, "moderately-severe"],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], 24, "severe"],
  ])("%j → total %i, %s", (answers, total, band) => {
    const r = scoreInstrument(phq9, answers);
    expect(r).toMatchObject({ ok: true, value: { total, band, prorated: false, usable: true, flags: [] } });
  });

  test("the maximum 27 is severe and raises self-harm", () => {
    const r = scoreInstrument(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(r).toMatchObject({ ok: true, value: { total: 27, band: "severe", flags: ["self-harm"] } });
  });
});

describe("PHQ-9 missing answers: 1–2 prorated half up, 3 or more → null", () => {
  test.each<[string, A, number | null, string | null, boolean]>([
    ["one missing: round(9 × 9 / 8 = 10.125) = 10", [1, 1, null, 2, 1, 1, 2, 1, 0], 10, "moderate", true],
    ["one missing, exactly .5: round(4 × 9 / 8 = 4.5) = 5 (half up)", [1, 1, 1, 1, 0, 0, 0, null, 0], 5, "mild", true],
    ["one missing, exactly .5: round(12 × 9 / 8 = 13.5) = 14", [3, 3, 3, 3, 0, 0, 0, null, 0], 14, "moderate", true],
    ["two missing: round(3 × 9 / 7 = 3.857) = 4", [1, 1, 1, 0, 0, null, null, 0, 0], 4, "minimal", true],
    ["two missing: round(4 × 9 / 7 = 5.14) = 5", [1, 1, 1, 1, 0, null, null, 0, 0], 5, "mild", true],
    ["two missing: round(10 × 9 / 7 = 12.857) = 13", [2, 2, 2, 2, null, null, 1, 1, 0], 13, "moderate", true],
    ["two missing: round(21 × 9 / 7 = 27) = 27", [3, 3, 3, 3, 3, 3, 3, null, null], 27, "severe", true],
    ["three missing → null", [1, 1, 1, null, null, null, 0, 0, 0], null, null, false],
    ["nine missing → null", [null, null, null, null, null, null, null, null, null], null, null, false],
  ])("%s", (_name, answers, total, band, prorated) => {
    const r = scoreInstrument(phq9, answers);
    expect(r).toMatchObject({ ok: true, value: { total, band, prorated, usable: total !== null } });
  });

  test("three missing with high answers still gives no total and no band — and says why", () => {
    const r = scoreInstrument(phq9, [3, 3, 3, 3, 3, 3, null, null, null]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ total: null, band: null, usable: false, answered: 6 });
    expect(r.value.explanation.missingItems).toEqual(["phq-7", "phq-8", "phq-9"]);
    expect(r.value.explanation.total?.rule).toBe(
      "3 of 9 items missing (phq-7, phq-8, phq-9): not scored — at least 7 answered items needed",
    );
    expect(r.value.explanation.total?.rawSum).toBe(18);
    // item 9 is unanswered: self-harm cannot be ruled out
    expect(r.value.unresolvedFlags).toEqual(["self-harm"]);
  });

  test("the explanation shows the proration", () => {
    const r = scoreInstrument(phq9, [1, 1, null, 2, 1, 1, 2, 1, 0]);
    expect(r.ok && r.value.explanation.total?.rule).toBe(
      "1 of 9 items missing (phq-3): prorated round(9 × 9 / 8) half up = 10",
    );
    expect(r.ok && r.value.explanation.total?.bandReason).toBe("moderate: 10–14 (norm set kroenke-2001)");
  });
});

describe("PHQ-9 self-harm flag: item 9 ≥ 1 whatever the total", () => {
  test.each<[string, A, number | null, string | null, string[], string[]]>([
    ["item 9 = 1, total 3 → minimal + self-harm", [1, 1, 0, 0, 0, 0, 0, 0, 1], 3, "minimal", ["self-harm"], []],
    ["item 9 = 1 alone → total 1", [0, 0, 0, 0, 0, 0, 0, 0, 1], 1, "minimal", ["self-harm"], []],
    ["item 9 = 3", [0, 0, 0, 0, 0, 0, 0, 0, 3], 3, "minimal", ["self-harm"], []],
    ["item 9 = 0 → no flag", [3, 3, 3, 3, 3, 3, 3, 3, 0], 24, "severe", [], []],
    [
      "item 9 = 2 with 3 items missing → total null, flag raised",
      [null, null, null, 0, 0, 0, 0, 0, 2],
      null,
      null,
      ["self-harm"],
      [],
    ],
    ["item 9 missing → no flag but unresolved", [0, 0, 0, 0, 0, 0, 0, 0, null], 0, "minimal", [], ["self-harm"]],
  ])("%s", (_name, answers, total, band, flags, unresolvedFlags) => {
    const r = scoreInstrument(phq9, answers);
    expect(r).toMatchObject({ ok: true, value: { total, band, flags, unresolvedFlags } });
  });

  test("the fired rule carries its evidence and reason", () => {
    const r = scoreInstrument(phq9, [1, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(r.ok && r.value.explanation.firedRules).toEqual([
      expect.objectContaining({
        rule: "phq9-item9",
        flag: "self-harm",
        evidence: [{ item: "phq-9", value: 1, atLeast: 1 }],
      }),
    ]);
    expect(
      r.ok && r.value.explanation.summary.some((l) => l.startsWith("flag self-harm raised by rule phq9-item9")),
    ).toBe(true);
  });
});

describe("PHQ-9 answers by item id", () => {
  test("a record gives the same result as the array; absent keys are missing", () => {
    const byId = scoreInstrument(phq9, {
      "phq-1": 1,
      "phq-2": 1,
      "phq-4": 2,
      "phq-5": 1,
      "phq-6": 1,
      "phq-7": 2,
      "phq-8": 1,
      "phq-9": 0,
    });
    const inOrder = scoreInstrument(phq9, [1, 1, null, 2, 1, 1, 2, 1, 0]);
    expect(byId).toEqual(inOrder);
    expect(byId).toMatchObject({ ok: true, value: { total: 10, prorated: true, answered: 8 } });
  });
});
