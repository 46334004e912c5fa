import { describe, expect, test } from "vitest";
import { gad7 } from "../instruments/catalog/gad7.js";
import { phq9 } from "../instruments/catalog/phq9.js";
import { scoreInstrumentBatch } from "../instruments/scoreInstrumentBatch.js";
import { tierBatch } from "./tierBatch.js";
import { TIER_BY_URGENCY } from "./tierCodes.js";

const phq = scoreInstrumentBatch(
  phq9,
  Int8Array.of(
    ...[0, 0, 0, 0, 0, 0, 0, 0, 1], // self-harm → red
    ...[2, 2, 2, 2, 2, 2, 2, 1, 0], // 15 → orange
    ...[1, 1, 1, 1, 1, 1, 1, 1, -1], // 8 answered, prorated 9, item 9 missing → green, safety unresolved
    ...[-1, -1, -1, -1, -1, -1, -1, -1, -1], // not administered → undetermined
  ),
);
const gad = scoreInstrumentBatch(gad7, Int8Array.of(...Array.from({ length: 28 }, () => -1)));
if (!phq.ok || !gad.ok) throw new Error("fixtures");

describe("tierBatch", () => {
  test("tiers, counts, unresolved safety and provenance", () => {
    const r = tierBatch({ students: 4, scores: [phq.value, gad.value], bmiCategory: Uint8Array.of(1, 1, 1, 3) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.tiers].map((t) => TIER_BY_URGENCY[t] ?? "undetermined")).toEqual([
      "red",
      "orange",
      "green",
      "yellow",
    ]);
    expect([...r.value.safetyUnresolved]).toEqual([0, 0, 1, 0]);
    expect(r.value.tierCounts).toEqual({ green: 1, yellow: 1, orange: 1, red: 1, undetermined: 0 });
    expect(r.value.ruleFireCounts[r.value.ruleIds.indexOf("yellow-bmi-obese")]).toBe(1);
    expect(r.value.ruleSet).toEqual({ id: "xuhui-four-tier", version: "1.0.0" });
    expect(r.value.instruments.map((i) => i.id)).toEqual(["phq-9", "gad-7"]);
  });

  test("without BMI the fourth student has nothing usable: undetermined (255), never green", () => {
    const r = tierBatch({ students: 4, scores: [phq.value] }, { index: null });
    expect(r.ok && [...r.value.tiers]).toEqual([3, 2, 0, 255]);
    expect(r.ok && Number.isNaN(r.value.index[0] as number)).toBe(true);
    expect(r.ok && r.value.indexConfig).toBeNull();
  });

  test.each([
    ["students not a whole number", { students: 2.5 }],
    ["a column of the wrong length", { students: 3, scores: [phq.value] }],
    ["two batches of one instrument", { students: 4, scores: [phq.value, phq.value] }],
    ["a BMI code 4", { students: 4, bmiCategory: Uint8Array.of(0, 1, 4, 255) }],
    ["a fitness total of 130", { students: 2, fitnessTotal: Float64Array.of(70, 130) }],
    ["a plain array for fitness", { students: 2, fitnessTotal: [70, 80] }],
    ["an unknown column", { students: 0, sdqTotals: new Float64Array(0) }],
    ["not a batch result", { students: 1, scores: [{ totals: [1] }] }],
  ])("%s → ValidationError", (_, input) => {
    const r = tierBatch(input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("ValidationError");
  });

  test("into: a result for other students or rules, or with shared buffers, is refused and left untouched", () => {
    const first = tierBatch({ students: 4, scores: [phq.value] });
    if (!first.ok) throw new Error(first.error.message);
    const kept = [...first.value.tiers];
    const refused = (into: unknown, input: Parameters<typeof tierBatch>[0] = { students: 4, scores: [phq.value] }) => {
      const r = tierBatch(input, { into: into as never });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]?.path).toEqual(["into"]);
      return r.ok ? "" : r.error.message;
    };
    expect(refused(first.value, { students: 2, bmiCategory: Uint8Array.of(1, 2) })).toMatch(/4 students, expected 2/);
    expect(refused({ ...first.value, index: new Float64Array(4) })).toMatch(/index: expected a Float32Array/);
    expect(refused({ ...first.value, ruleFireCounts: new Uint32Array(1) })).toMatch(/one per rule/);
    expect(refused({ ...first.value, safetyUnresolved: first.value.tiers })).toMatch(/share one buffer/);
    expect(refused(42)).toMatch(/previous result/);
    expect([...first.value.tiers]).toEqual(kept);
    // A bad input with a good `into` fails on the input and writes nothing either.
    const r = tierBatch({ students: 4, bmiCategory: Uint8Array.of(0, 1, 9, 255) }, { into: first.value });
    expect(r.ok).toBe(false);
    expect([...first.value.tiers]).toEqual(kept);
  });

  test("an invalid rule set → WarningRulesError", () => {
    const r = tierBatch({ students: 0 }, { rules: { id: "bad" } as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("WarningRulesError");
  });
});
