import { describe, expect, test } from "vitest";
import { FITNESS_ITEM_CODES } from "./fitnessItemCodes.js";
import { fitnessWeights2014 } from "./fitnessWeights2014.js";

const weightsOf = (groupId: string, sex: "male" | "female") =>
  Object.fromEntries(
    (fitnessWeights2014.groups.find((g) => g.id === groupId)?.items[sex] ?? []).map((x) => [x.item, x.weight]),
  );

describe("fitnessWeights2014 (国家学生体质健康标准 2014年修订)", () => {
  // REFERENCE.md §1: BMI, vital capacity, 50 m, sit-and-reach, then the band's own items.
  test.each([
    [
      "grades-1-2",
      "male",
      { bmi: 15, "vital-capacity": 15, "sprint-50m": 20, "sit-and-reach": 30, "rope-skipping": 20 },
    ],
    [
      "grades-3-4",
      "female",
      { bmi: 15, "vital-capacity": 15, "sprint-50m": 20, "sit-and-reach": 20, "rope-skipping": 20, "sit-ups": 10 },
    ],
    [
      "grades-5-6",
      "male",
      {
        bmi: 15,
        "vital-capacity": 15,
        "sprint-50m": 20,
        "sit-and-reach": 10,
        "rope-skipping": 10,
        "sit-ups": 20,
        "shuttle-run-50x8": 10,
      },
    ],
    [
      "secondary",
      "male",
      {
        bmi: 15,
        "vital-capacity": 15,
        "sprint-50m": 20,
        "sit-and-reach": 10,
        "standing-long-jump": 10,
        "pull-ups": 10,
        "run-1000m": 20,
      },
    ],
    [
      "secondary",
      "female",
      {
        bmi: 15,
        "vital-capacity": 15,
        "sprint-50m": 20,
        "sit-and-reach": 10,
        "standing-long-jump": 10,
        "sit-ups": 10,
        "run-800m": 20,
      },
    ],
  ] as const)("%s (%s) has the published weights", (groupId, sex, weights) => {
    expect(weightsOf(groupId, sex)).toEqual(weights);
  });

  test("every group's weights add up to 100 for both sexes, over known item codes", () => {
    for (const g of fitnessWeights2014.groups)
      for (const sex of ["male", "female"] as const) {
        expect(g.items[sex].reduce((s, x) => s + x.weight, 0)).toBe(100);
        for (const x of [...g.items[sex], ...g.bonus[sex]]) expect(FITNESS_ITEM_CODES).toContain(x.item);
      }
  });

  test("school groups cover grades 1–12 once each, university groups years 1–4", () => {
    for (const [level, last] of [
      ["school", 12],
      ["university", 4],
    ] as const)
      for (let year = 1; year <= last; year++)
        expect(
          fitnessWeights2014.groups.filter((g) => g.level === level && g.years[0] <= year && year <= g.years[1]),
        ).toHaveLength(1);
  });
});
