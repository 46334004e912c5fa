import { describe, expect, test } from "vitest";
import { scoreBmi } from "./scoreBmi.js";

// University column (大学) of 国家学生体质健康标准(2014年修订) 表1-1/1-2, typed by hand: boys normal 17.9–23.9,
// underweight ≤ 17.8, overweight 24.0–27.9, obese ≥ 28.0; girls normal 17.2–23.9, underweight ≤ 17.1, same upper cuts.
describe("scoreBmi — university years", () => {
  test.each([
    ["male", 1, 17.8, "underweight", 80],
    ["male", 2, 17.9, "normal", 100],
    ["male", 3, 23.9, "normal", 100],
    ["male", 4, 24.0, "overweight", 80],
    ["male", 1, 27.9, "overweight", 80],
    ["male", 1, 28.0, "obese", 60],
    ["female", 1, 17.1, "underweight", 80],
    ["female", 2, 17.2, "normal", 100],
    ["female", 3, 23.9, "normal", 100],
    ["female", 4, 24.0, "overweight", 80],
    ["female", 4, 27.95, "obese", 60],
  ] as const)("%s year %i BMI %f → %s (%i)", (sex, universityYear, bmi, category, score) => {
    const r = scoreBmi({ sex, universityYear, bmi });
    expect(r).toMatchObject({ ok: true, value: { category, score, provisional: false } });
  });

  test.each([
    ["year 5", { sex: "male", universityYear: 5, bmi: 20 }, ["universityYear"]],
    ["grade and year", { sex: "male", grade: 12, universityYear: 1, bmi: 20 }, ["grade"]],
    ["neither", { sex: "male", bmi: 20 }, ["grade"]],
  ])("rejects %s", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const r = scoreBmi(input as any);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toContainEqual(path);
  });

  test("a rule set without university bands answers a typed error", async () => {
    const { bmiStandard2014 } = await import("./bmiStandard2014.js");
    const { universityBands: _drop, ...schoolOnly } = bmiStandard2014;
    const r = scoreBmi({ sex: "female", universityYear: 2, bmi: 20 }, schoolOnly);
    expect(!r.ok && r.error.issues[0]?.path).toEqual(["universityYear"]);
  });
});
