import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { phqA } from "./phqA.js";

type A = (number | null)[];

// Typed by hand from REFERENCE.md §1: PHQ-A = the PHQ-9's nine items, bands and proration, plus past-year depressed
// (yes/no), functional difficulty (0–3), serious thoughts of ending life past month (yes/no), ever attempted (yes/no);
// item 9 ≥ 1 or a "yes" to either of the last two raises self-harm. Answer order: phq-1 … phq-9, then those four.
describe("PHQ-A total and bands (the PHQ-9's), supplementary items excluded from the total", () => {
  test.each<[A, number | null, string | null]>([
    [[1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], 5, "mild"],
    [[2, 2, 2, 2, 1, 0, 0, 0, 0, 1, 3, 0, 0], 9, "mild"],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0], 10, "moderate"],
    [[3, 3, 3, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0], 15, "moderately-severe"],
    [[3, 3, 3, 3, 3, 2, 2, 0, 0, 0, 0, 0, 0], 19, "moderately-severe"],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0, 0, 0, 0, 0], 20, "severe"],
    // one core item missing: round(9 × 9 / 8) = 10; supplementary missing items do not count
    [[1, 1, null, 2, 1, 1, 2, 1, 0, null, null, 0, 0], 10, "moderate"],
    // three core items missing → null
    [[1, 1, 1, null, null, null, 0, 0, 0, 1, 1, 0, 0], null, null],
  ])("%j → %s %s", (answers, total, band) => {
    expect(scoreInstrument(phqA, answers)).toMatchObject({ ok: true, value: { total, band } });
  });
});

describe("PHQ-A self-harm: item 9 ≥ 1, serious thoughts = yes, or ever attempted = yes", () => {
  test.each<[string, A, string[], string[], string[]]>([
    ["nothing", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [], [], []],
    ["past-year depressed yes and difficulty 3: no flag", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0], [], [], []],
    ["item 9 = 1", [1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], ["self-harm"], ["phqa-item9"], []],
    [
      "serious thoughts past month = yes",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
      ["self-harm"],
      ["phqa-serious-thoughts"],
      [],
    ],
    ["ever attempted = yes", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], ["self-harm"], ["phqa-ever-attempted"], []],
    [
      "all three",
      [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 1],
      ["self-harm"],
      ["phqa-item9", "phqa-serious-thoughts", "phqa-ever-attempted"],
      [],
    ],
    [
      "ever attempted = yes with the total unusable",
      [null, null, null, null, 0, 0, 0, 0, 0, null, null, 0, 1],
      ["self-harm"],
      ["phqa-ever-attempted"],
      [],
    ],
    [
      "serious-thoughts unanswered, nothing else: unresolved",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0],
      [],
      [],
      ["self-harm"],
    ],
    [
      "ever-attempted unanswered, item 9 = 1: raised, not unresolved",
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, null],
      ["self-harm"],
      ["phqa-item9"],
      [],
    ],
  ])("%s", (_name, answers, flags, rules, unresolvedFlags) => {
    const r = scoreInstrument(phqA, answers);
    expect(r).toMatchObject({ ok: true, value: { flags, unresolvedFlags } });
    expect(r.ok && r.value.explanation.firedRules.map((f) => f.rule)).toEqual(rules);
  });

  test("supplementary items by id may be left out of a record", () => {
    const r = scoreInstrument(phqA, {
      "phq-1": 1,
      "phq-2": 1,
      "phq-3": 0,
      "phq-4": 1,
      "phq-5": 0,
      "phq-6": 0,
      "phq-7": 0,
      "phq-8": 0,
      "phq-9": 0,
      "ever-attempted": 1,
    });
    expect(r).toMatchObject({ ok: true, value: { total: 3, band: "minimal", flags: ["self-harm"], answered: 10 } });
  });

  test("the PHQ-A takes 13 answers in order, not 9", () => {
    const r = scoreInstrument(phqA, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues[0]?.message).toMatch(/expected 13 answers/);
  });

  test("yes/no items accept only 0 or 1", () => {
    const r = scoreInstrument(phqA, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual([[11]]);
  });
});
