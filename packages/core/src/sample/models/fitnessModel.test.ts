import { describe, expect, test } from "vitest";
import { FITNESS_ITEM_IDS } from "../sampleInstruments.js";
import { fitnessItemApplies } from "./fitnessModel.js";

// Items tested per grade band and sex, written out from REFERENCE.md §1 (国家学生体质健康标准 2014年修订, 单项指标与权重).
const BASE = ["height-cm", "weight-kg", "vital-capacity-score", "sprint-50m-score", "sit-and-reach-score"];
const expected: ReadonlyArray<readonly [string, readonly [number, number], boolean, ReadonlyArray<string>]> = [
  ["grades 1–2", [1, 2], true, [...BASE, "rope-skipping-1min-score"]],
  ["grades 1–2", [1, 2], false, [...BASE, "rope-skipping-1min-score"]],
  ["grades 3–4", [3, 4], true, [...BASE, "rope-skipping-1min-score", "sit-ups-1min-score"]],
  ["grades 3–4", [3, 4], false, [...BASE, "rope-skipping-1min-score", "sit-ups-1min-score"]],
  ["grades 5–6", [5, 6], true, [...BASE, "rope-skipping-1min-score", "sit-ups-1min-score", "shuttle-run-50mx8-score"]],
  ["grades 5–6", [5, 6], false, [...BASE, "rope-skipping-1min-score", "sit-ups-1min-score", "shuttle-run-50mx8-score"]],
  ["grades 7–12", [7, 12], true, [...BASE, "standing-long-jump-score", "pull-ups-score", "run-1000m-score"]],
  ["grades 7–12", [7, 12], false, [...BASE, "standing-long-jump-score", "sit-ups-1min-score", "run-800m-score"]],
];

describe("fitnessItemApplies (from core's fitnessWeights2014)", () => {
  test.each(expected)("%s, male %s: exactly the items of the 2014 standard", (_name, [from, to], male, items) => {
    for (let grade = from; grade <= to; grade++)
      expect(FITNESS_ITEM_IDS.filter((id) => fitnessItemApplies(id, grade, male))).toEqual(
        FITNESS_ITEM_IDS.filter((id) => items.includes(id)),
      );
  });

  test.each([
    ["an unknown item", "bmi", 3],
    ["an inherited property name", "toString", 3],
    ["a grade outside 1–12", "height-cm", 13],
  ])("is false for %s", (_name, itemId, grade) => {
    expect(fitnessItemApplies(itemId, grade, true)).toBe(false);
  });
});
