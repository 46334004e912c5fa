import { describe, expect, test } from "vitest";
import { gad7 } from "./catalog/gad7.js";
import { phq9 } from "./catalog/phq9.js";
import { sdq } from "./catalog/sdq.js";
import type { Instrument } from "./Instrument.js";
import { scoreInstrument } from "./scoreInstrument.js";

const ok9 = [0, 0, 0, 0, 0, 0, 0, 0, 0];
/** Nine answers with a hole at index 7 (a sparse array). */
const holed: number[] = new Array(9);
for (const i of [0, 1, 2, 3, 4, 5, 6, 8]) holed[i] = 0;

describe("scoreInstrument rejects bad answers with a typed, specific error", () => {
  test.each<[string, unknown, ReadonlyArray<PropertyKey>, RegExp]>([
    ["too few answers", [0, 0, 0, 0, 0, 0, 0, 0], [], /expected 9 answers in item order \(phq-1 … phq-9\), got 8/],
    ["too many answers", [...ok9, 0], [], /expected 9 answers .* got 10/],
    ["an answer above the range", [0, 0, 4, 0, 0, 0, 0, 0, 0], [2], /phq-3: 4 is outside the response range 0–3/],
    ["a negative answer", [0, 0, 0, 0, 0, 0, 0, 0, -1], [8], /phq-9: -1 is outside the response range 0–3/],
    ["NaN", [0, Number.NaN, 0, 0, 0, 0, 0, 0, 0], [1], /phq-2: NaN is not an answer \(use null for a missing answer\)/],
    ["Infinity", [0, 0, 0, 0, Number.POSITIVE_INFINITY, 0, 0, 0, 0], [4], /phq-5: Infinity is not a whole number/],
    ["a fraction", [0, 0, 0, 1.5, 0, 0, 0, 0, 0], [3], /phq-4: 1.5 is not a whole number/],
    ["a string", [0, 0, 0, 0, 0, "2", 0, 0, 0], [5], /phq-6: expected a whole number 0–3 or null .* got "2"/],
    ["undefined", [0, 0, 0, 0, 0, 0, undefined, 0, 0], [6], /phq-7: .* got undefined/],
    ["a hole in the array", holed, [7], /phq-8: .* got undefined/],
    ["an unknown item id", { "phq-1": 0, "phq-10": 1 }, ["phq-10"], /unknown item "phq-10" for phq-9@1.0/],
    ["an out-of-range answer by id", { "phq-9": 7 }, ["phq-9"], /phq-9: 7 is outside the response range 0–3/],
    ["not an array or record", 5, [], /answers must be an array in item order or a record by item id/],
    ["null answers", null, [], /answers must be an array/],
  ])("%s", (_name, answers, path, message) => {
    const r = scoreInstrument(phq9, answers as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("answers to phq-9@1.0");
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toEqual(path);
    expect(r.error.issues[0]?.message).toMatch(message);
    expect(r.error.messageZh).toContain("answers to phq-9@1.0");
  });

  test("every bad answer is reported, each at its index", () => {
    const r = scoreInstrument(phq9, [9, 0, Number.NaN, 0, 0, 0, 0, 0, 0.5]);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual([[0], [2], [8]]);
  });
});

describe("scoreInstrument rejects bad options with a typed error at the option", () => {
  test.each<[string, unknown, ReadonlyArray<PropertyKey>]>([
    ["an unknown norm set", { normSet: "nope" }, ["normSet"]],
    ["a norm set that is not a string", { normSet: 3 }, ["normSet"]],
    ["an unknown informant", { informant: "grandparent" }, ["informant"]],
    ["an unknown option", { normset: "kroenke-2001" }, ["normset"]],
    [
      "a missing rule for an unknown scale",
      { missingRules: { emotional: { kind: "complete" } } },
      ["missingRules", "emotional"],
    ],
    [
      "a malformed missing rule",
      { missingRules: { total: { kind: "prorate" } } },
      ["missingRules", "total", "minAnswered"],
    ],
    [
      "minAnswered above the item count",
      { missingRules: { total: { kind: "prorate", minAnswered: 10 } } },
      ["missingRules", "total", "minAnswered"],
    ],
    ["options that are not an object", "kroenke-2001", []],
  ])("%s", (_name, options, path) => {
    const r = scoreInstrument(phq9, ok9, options as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error._tag).toBe("ValidationError");
    expect(!r.ok && r.error.issues[0]?.path).toEqual(path);
  });

  test("a missing rule for a sum of scales is refused (it has no items)", () => {
    const r = scoreInstrument(sdq, Array(25).fill(0), {
      informant: "self",
      missingRules: { total: { kind: "complete" } },
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual(["missingRules", "total"]);
  });
});

describe("scoreInstrument rejects an invalid instrument", () => {
  test("a broken definition is a ValidationError about the instrument, with the path", () => {
    const broken = { ...gad7, primaryScale: "nope" } as Instrument;
    const r = scoreInstrument(broken, [0, 0, 0, 0, 0, 0, 0]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.subject).toBe("instrument gad-7");
    expect(!r.ok && r.error.issues).toEqual([{ path: ["primaryScale"], message: 'unknown scale "nope"' }]);
  });
});

describe("scoreInstrument explains itself", () => {
  test("the result records instrument, version, norm set, informant and a summary", () => {
    const r = scoreInstrument(phq9, [1, 1, null, 2, 1, 1, 2, 1, 1], { informant: "self" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      instrumentId: "phq-9",
      instrumentVersion: "1.0",
      normSet: "kroenke-2001",
      informant: "self",
      normSetInformant: null,
      total: 11,
      band: "moderate",
      prorated: true,
      answered: 8,
      itemCount: 9,
    });
    expect(r.value.explanation.normSetSource).toMatch(/Kroenke/);
    expect(r.value.explanation.summary).toEqual([
      "Patient Health Questionnaire-9 (PHQ-9) (phq-9@1.0); norm set kroenke-2001; informant self",
      "8 of 9 items answered; missing: phq-3",
      "total = 11: 1 of 9 items missing (phq-3): prorated round(10 × 9 / 8) half up = 11; moderate: 10–14 (norm set kroenke-2001)",
      expect.stringMatching(/^flag self-harm raised by rule phq9-item9 \(phq-9 = 1 ≥ 1\): /),
    ]);
  });

  test("an SDQ result names reverse-scored items in the scale's rule", () => {
    const r = scoreInstrument(sdq, Array(25).fill(0), { informant: "parent" });
    expect(r.ok && r.value.subscales.peer?.rule).toBe(
      "sum of 5 items (reverse-scored as min + max − answer: friend, popular) = 4",
    );
    expect(r.ok && r.value.explanation.total?.rule).toBe(
      "emotional + conduct + hyperactivity + peer = 0 + 2 + 4 + 4 = 10",
    );
  });

  test("scoring is pure: same input, same output; shipped instruments are frozen", () => {
    expect(scoreInstrument(phq9, ok9)).toEqual(scoreInstrument(phq9, ok9));
    expect(Object.isFrozen(phq9.items[0])).toBe(true);
    expect(Object.isFrozen(sdq.normSets[0]?.tables[0]?.scales[0])).toBe(true);
  });
});
