import { describe, expect, test } from "vitest";
import { scoreBmi } from "../fitness/scoreBmi.js";
import { familyApgar } from "../instruments/catalog/familyApgar.js";
import { gad7 } from "../instruments/catalog/gad7.js";
import { mssmhs } from "../instruments/catalog/mssmhs.js";
import { phq9 } from "../instruments/catalog/phq9.js";
import { phqA } from "../instruments/catalog/phqA.js";
import { sdq } from "../instruments/catalog/sdq.js";
import type { Instrument } from "../instruments/Instrument.js";
import type { InstrumentScore } from "../instruments/InstrumentScore.js";
import type { InstrumentAnswers } from "../instruments/readAnswers.js";
import type { ScoreOptions } from "../instruments/resolveScoreOptions.js";
import { scoreInstrument } from "../instruments/scoreInstrument.js";
import type { StudentMeasures } from "./StudentMeasures.js";
import { warningTier } from "./warningTier.js";

const score = (instrument: Instrument, answers: InstrumentAnswers, options?: ScoreOptions): InstrumentScore => {
  const r = scoreInstrument(instrument, answers, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** `n` items 0–3 summing to `total`, filled from the first item; `last` is the final item's answer. */
const spread = (n: number, total: number, last = 0): number[] => {
  const out = Array.from({ length: n }, () => 0);
  let left = total;
  for (let i = 0; i < n - 1 && left > 0; i++) {
    out[i] = Math.min(3, left);
    left -= out[i] as number;
  }
  if (left > 0) throw new Error(`cannot spread ${total}`);
  out[n - 1] = last;
  return out;
};
const phq = (total: number, item9 = 0) => score(phq9, spread(9, total - item9, item9));
const gad = (total: number) => score(gad7, spread(8, total).slice(0, 7));

/** SDQ answers whose four difficulty scales sum to `total` (self-report, cn-du2008), prosocial all 2. */
const sdqTotal = (total: number) => {
  const difficulty = sdq.scales.flatMap((s) =>
    s.kind === "items" && s.id !== "prosocial" ? s.items.map((id) => id) : [],
  );
  const answers: Record<string, number> = {};
  let left = total;
  for (const id of difficulty) {
    const item = sdq.items.find((i) => i.id === id);
    const scored = Math.min(2, left);
    left -= scored;
    answers[id] = item?.reverse ? 2 - scored : scored;
  }
  for (const id of ["consid", "shares", "caring", "kind", "helpout"]) answers[id] = 2;
  return score(sdq, answers, { normSet: "cn-du2008", informant: "self" });
};
const mssmhsWith = (value: (item: number) => number) =>
  score(
    mssmhs,
    Array.from({ length: 60 }, (_, i) => value(i + 1)),
  );
const DEPRESSION_ITEMS = [5, 13, 14, 16, 44, 57];
const apgar = (total: number) =>
  score(
    familyApgar,
    [0, 1, 2, 3, 4].map((i) => Math.max(0, Math.min(2, total - 2 * i))),
  );

const tierOf = (measures: StudentMeasures) => {
  const r = warningTier(measures);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("xuhuiWarningRules at every threshold boundary", () => {
  test.each([
    ["PHQ-9 9", () => ({ scores: [phq(9)] }), "green", []],
    ["PHQ-9 10", () => ({ scores: [phq(10)] }), "yellow", ["yellow-phq9-10"]],
    ["PHQ-9 14", () => ({ scores: [phq(14)] }), "yellow", ["yellow-phq9-10"]],
    ["PHQ-9 15", () => ({ scores: [phq(15)] }), "orange", ["orange-phq9-15", "yellow-phq9-10"]],
    ["PHQ-9 item 9 = 1, total 1", () => ({ scores: [phq(1, 1)] }), "red", ["red-self-harm"]],
    ["PHQ-9 item 9 = 0, total 24", () => ({ scores: [phq(24)] }), "orange", ["orange-phq9-15", "yellow-phq9-10"]],
    ["PHQ-A 10", () => ({ scores: [score(phqA, [...spread(9, 10), 0, 0, 0, 0])] }), "yellow", ["yellow-phqa-10"]],
    [
      "PHQ-A 15",
      () => ({ scores: [score(phqA, [...spread(9, 15), 0, 0, 0, 0])] }),
      "orange",
      ["orange-phqa-15", "yellow-phqa-10"],
    ],
    [
      "PHQ-A ever attempted",
      () => ({ scores: [score(phqA, [...spread(9, 2), 0, 0, 0, 1])] }),
      "red",
      ["red-self-harm"],
    ],
    [
      "PHQ-A serious thoughts",
      () => ({ scores: [score(phqA, [...spread(9, 0), 0, 0, 1, 0])] }),
      "red",
      ["red-self-harm"],
    ],
    ["GAD-7 9", () => ({ scores: [gad(9)] }), "green", []],
    ["GAD-7 10", () => ({ scores: [gad(10)] }), "yellow", ["yellow-gad7-10"]],
    ["GAD-7 14", () => ({ scores: [gad(14)] }), "yellow", ["yellow-gad7-10"]],
    ["GAD-7 15", () => ({ scores: [gad(15)] }), "orange", ["orange-gad7-15", "yellow-gad7-10"]],
    ["SDQ self 14 (normal)", () => ({ scores: [sdqTotal(14)] }), "green", []],
    ["SDQ self 15 (borderline)", () => ({ scores: [sdqTotal(15)] }), "yellow", ["yellow-sdq-borderline"]],
    ["SDQ self 17 (borderline)", () => ({ scores: [sdqTotal(17)] }), "yellow", ["yellow-sdq-borderline"]],
    [
      "SDQ self 18 (abnormal)",
      () => ({ scores: [sdqTotal(18)] }),
      "orange",
      ["orange-sdq-abnormal", "yellow-sdq-borderline"],
    ],
    ["MSSMHS all 1", () => ({ scores: [mssmhsWith(() => 1)] }), "green", []],
    [
      "MSSMHS depression factor 11/6",
      () => ({ scores: [mssmhsWith((i) => (i === 5 ? 1 : DEPRESSION_ITEMS.includes(i) ? 2 : 1))] }),
      "green",
      [],
    ],
    [
      "MSSMHS depression factor 2",
      () => ({ scores: [mssmhsWith((i) => (DEPRESSION_ITEMS.includes(i) ? 2 : 1))] }),
      "yellow",
      ["yellow-mssmhs-depression-2"],
    ],
    [
      "MSSMHS overall 179/60",
      () => ({ scores: [mssmhsWith((i) => (i === 60 ? 2 : 3))] }),
      "yellow",
      expect.arrayContaining(["yellow-mssmhs-depression-2"]),
    ],
    [
      "MSSMHS overall 3",
      () => ({ scores: [mssmhsWith(() => 3)] }),
      "orange",
      expect.arrayContaining(["orange-mssmhs-overall-3", "yellow-mssmhs-anxiety-2"]),
    ],
    ["APGAR 4 with PHQ-9 0", () => ({ scores: [phq(0), apgar(4)] }), "green", []],
    ["APGAR 3 with PHQ-9 0", () => ({ scores: [phq(0), apgar(3)] }), "yellow", ["yellow-apgar-3"]],
    ["fitness 60 with PHQ-9 0", () => ({ scores: [phq(0)], fitnessTotal: 60 }), "green", []],
    ["fitness 59.95 rounds to 60.0", () => ({ scores: [phq(0)], fitnessTotal: 59.95 }), "green", []],
    ["fitness 59.9", () => ({ scores: [phq(0)], fitnessTotal: 59.9 }), "yellow", ["yellow-fitness-60"]],
  ] as const)("%s", (_, measures, tier, fired) => {
    const r = tierOf(measures());
    expect(r.tier).toBe(tier);
    expect(r.fired.map((f) => f.ruleId)).toEqual(fired);
  });

  test.each([
    [24.9, "green", []],
    [25.0, "yellow", ["yellow-bmi-obese"]],
  ] as const)("BMI %s (boys, grade 7: obese from 25.0) → %s", (bmi, tier, fired) => {
    const b = scoreBmi({ sex: "male", grade: 7, bmi });
    if (!b.ok) throw new Error(b.error.message);
    const r = tierOf({ scores: [phq(0)], bmi: b.value });
    expect(r.tier).toBe(tier);
    expect(r.fired.map((f) => f.ruleId)).toEqual(fired);
    expect(r.provenance.bmiStandard).toBe("cn-student-fitness-2014-bmi@2014");
  });
});

describe("warningTier: unusable data never gives a tier", () => {
  test("a PHQ-9 with three missing items gives no tier and says so", () => {
    const r = tierOf({ scores: [score(phq9, [3, 3, 3, 3, 3, 3, null, null, null])] });
    expect(r.tier).toBeNull();
    expect(r.label.en).toMatch(/Undetermined/);
    expect(r.insufficient.map((e) => e.ruleId)).toEqual(["red-self-harm", "orange-phq9-15", "yellow-phq9-10"]);
    expect(r.safetyUnresolved).toBe(true);
    expect(r.summary.en.join("\n")).toMatch(/insufficient data for rule orange-phq9-15/);
  });

  test("no measures at all: undetermined, never green", () => {
    const r = tierOf({});
    expect(r.tier).toBeNull();
    expect(r.urgency).toBeNull();
    expect(r.evaluations.every((e) => e.status === "absent")).toBe(true);
  });

  test("BMI and fitness alone cannot make a student green, but can raise yellow", () => {
    const normal = scoreBmi({ sex: "female", grade: 3, bmi: 16 });
    const obese = scoreBmi({ sex: "female", grade: 3, bmi: 23 });
    if (!normal.ok || !obese.ok) throw new Error("bmi");
    expect(tierOf({ bmi: normal.value, fitnessTotal: 85 }).tier).toBeNull();
    expect(tierOf({ bmi: obese.value }).tier).toBe("yellow");
  });

  test("a usable GAD-7 makes green possible while an unusable PHQ-9 is reported", () => {
    const r = tierOf({ scores: [score(phq9, [0, 0, 0, null, null, null, 0, 0, 0]), gad(3)] });
    expect(r.tier).toBe("green");
    expect(r.insufficient.map((e) => e.ruleId)).toEqual(["orange-phq9-15", "yellow-phq9-10"]);
    expect(r.safetyUnresolved).toBe(false);
  });

  test("an unanswered item 9 leaves self-harm unresolved even when the total is usable", () => {
    const r = tierOf({ scores: [score(phq9, [0, 1, 0, 1, 0, 0, 0, 0, null])] });
    expect(r.tier).toBe("green");
    expect(r.safetyUnresolved).toBe(true);
    expect(r.insufficient.map((e) => e.ruleId)).toEqual(["red-self-harm"]);
    expect(r.insufficient[0]?.reason?.zh).toMatch(/无法排除/);
  });

  test("an SDQ scored without a norm set has no band: insufficient, not green or yellow", () => {
    const s = score(
      sdq,
      Array.from({ length: 25 }, () => 1),
      { normSet: null },
    );
    const r = tierOf({ scores: [s] });
    expect(r.tier).toBe("green"); // the total is usable (greenNeedsAnyOf), the band rules could not decide
    expect(r.insufficient.map((e) => e.ruleId)).toEqual(["orange-sdq-abnormal", "yellow-sdq-borderline"]);
  });
});

describe("warningTier explains itself", () => {
  test("fired rules carry values, thresholds, explanations, and the versions used", () => {
    const r = tierOf({ scores: [phq(16), gad(4)] });
    expect(r.tier).toBe("orange");
    expect(r.mtssTier).toBe(3);
    expect(r.label).toEqual({ en: "Orange · individual support", zh: "橙色 · 个别支持" });
    expect(r.fired[0]).toMatchObject({
      ruleId: "orange-phq9-15",
      value: 16,
      operator: ">=",
      threshold: 15,
      tier: "orange",
    });
    expect(r.provenance).toEqual({
      ruleSet: { id: "xuhui-four-tier", version: "1.0.0" },
      instruments: [
        { id: "phq-9", version: "1.0", normSet: "kroenke-2001", informant: null },
        { id: "gad-7", version: "1.0", normSet: "spitzer-2006", informant: null },
      ],
      bmiStandard: null,
    });
    expect(r.summary.en[0]).toBe("Tier: Orange · individual support — rule set xuhui-four-tier@1.0.0");
    expect(r.summary.zh.join("\n")).toMatch(/规则 orange-phq9-15 触发/);
  });

  test("the red override is named as such", () => {
    const r = tierOf({ scores: [phq(3, 1)] });
    expect(r.override).toBe(true);
    expect(r.summary.en).toContain("A red safety rule fired: red whatever the other rules say");
  });
});

describe("warningTier rejects bad input with typed errors", () => {
  test("malformed measures → ValidationError with the path", () => {
    const r = warningTier({ fitnessTotal: 140 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error._tag).toBe("ValidationError");
      expect(r.error.message).toMatch(/fitnessTotal/);
    }
  });

  test("two scores of one instrument → ValidationError", () => {
    const r = warningTier({ scores: [phq(3), phq(4)] });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error._tag === "ValidationError")
      expect(r.error.issues[0]?.path).toEqual(["scores", 1, "instrumentId"]);
  });

  test("a bad rule set → WarningRulesError", () => {
    const r = warningTier({ scores: [phq(3)] }, { id: "x", version: "1" } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("WarningRulesError");
  });
});
