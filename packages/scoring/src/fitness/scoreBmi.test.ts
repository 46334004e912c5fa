import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bmiStandard2014 } from "./bmiStandard2014.js";
import { scoreBmi } from "./scoreBmi.js";

// Boundaries typed by hand from the 2014 standard's BMI table (REFERENCE §1), not generated from our table.
describe("scoreBmi — band boundaries from the 2014 table", () => {
  test.each([
    // sex, grade, bmi, category, score
    ["male", 1, 13.4, "underweight", 80],
    ["male", 1, 13.5, "normal", 100],
    ["male", 1, 18.1, "normal", 100],
    ["male", 1, 18.2, "overweight", 80],
    ["male", 1, 20.3, "overweight", 80],
    ["male", 1, 20.4, "obese", 60],
    ["male", 7, 15.4, "underweight", 80],
    ["male", 7, 22.1, "normal", 100],
    ["male", 7, 24.9, "overweight", 80],
    ["male", 7, 25.0, "obese", 60],
    ["male", 12, 17.3, "normal", 100],
    ["male", 12, 27.4, "obese", 60],
    ["female", 1, 13.2, "underweight", 80],
    ["female", 1, 17.3, "normal", 100],
    ["female", 1, 19.2, "overweight", 80],
    ["female", 1, 19.3, "obese", 60],
    ["female", 6, 14.2, "normal", 100],
    ["female", 6, 23.7, "obese", 60],
    ["female", 9, 16.0, "normal", 100],
    ["female", 9, 22.7, "overweight", 80],
  ] as const)("%s grade %i BMI %f → %s (%i)", (sex, grade, bmi, category, score) => {
    const r = scoreBmi({ sex, grade, bmi });
    expect(r.ok && r.value.category).toBe(category);
    expect(r.ok && r.value.score).toBe(score);
  });
});

describe("scoreBmi — computation, rounding, provisional thresholds", () => {
  test("computes BMI from height and weight and rounds half-up to 0.1 before banding", () => {
    const r = scoreBmi({ sex: "male", grade: 7, heightCm: 160, weightKg: 52 }); // 20.3125
    expect(r).toMatchObject({ ok: true, value: { bmi: 20.3, category: "normal", score: 100 } });
    // 18.15 must round up to 18.2 (boys grade 1: overweight), despite 18.15 × 10 = 181.4999… in binary.
    expect(scoreBmi({ sex: "male", grade: 1, bmi: 18.15 })).toMatchObject({
      ok: true,
      value: { bmi: 18.2, category: "overweight" },
    });
    expect(scoreBmi({ sex: "male", grade: 1, bmi: 18.149 })).toMatchObject({
      ok: true,
      value: { bmi: 18.1, category: "normal" },
    });
  });

  test("girls' grades 7–12 over- or obese results are marked provisional; normal ones are not", () => {
    expect(scoreBmi({ sex: "female", grade: 8, bmi: 24.9 })).toMatchObject({
      ok: true,
      value: { category: "obese", provisional: true },
    });
    expect(scoreBmi({ sex: "female", grade: 8, bmi: 24.8 })).toMatchObject({
      ok: true,
      value: { category: "overweight", provisional: true },
    });
    expect(scoreBmi({ sex: "female", grade: 8, bmi: 20 })).toMatchObject({ ok: true, value: { provisional: false } });
    expect(scoreBmi({ sex: "male", grade: 8, bmi: 26 })).toMatchObject({ ok: true, value: { provisional: false } });
  });

  test("the result names the band and the standard it used", () => {
    const r = scoreBmi({ sex: "female", grade: 3, bmi: 19 });
    expect(r).toMatchObject({
      ok: true,
      value: {
        basis: { normalMin: 13.6, normalMax: 18.6, obeseMin: 21.2, standard: "cn-student-fitness-2014-bmi@2014" },
      },
    });
  });

  test("category is monotone in BMI for every sex and grade", () => {
    const order = { underweight: 0, normal: 1, overweight: 2, obese: 3 } as const;
    fc.assert(
      fc.property(
        fc.constantFrom("male" as const, "female" as const),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 10, max: 35, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (sex, grade, bmi, delta) => {
          const a = scoreBmi({ sex, grade, bmi });
          const b = scoreBmi({ sex, grade, bmi: bmi + delta });
          if (!a.ok || !b.ok) throw new Error("valid input rejected");
          expect(order[b.value.category]).toBeGreaterThanOrEqual(order[a.value.category]);
        },
      ),
    );
  });

  test("every band in the shipped table is ordered normalMin < normalMax < obeseMin", () => {
    for (const sex of ["male", "female"] as const) {
      expect(bmiStandard2014.bands[sex]).toHaveLength(12);
      for (const b of bmiStandard2014.bands[sex] ?? []) {
        expect(b.normalMin).toBeLessThan(b.normalMax);
        expect(b.normalMax).toBeLessThan(b.obeseMin);
      }
    }
  });

  test.each([
    ["grade 0", { sex: "male", grade: 0, bmi: 18 }, ["grade"]],
    ["grade 13", { sex: "male", grade: 13, bmi: 18 }, ["grade"]],
    ["fractional grade", { sex: "male", grade: 7.5, bmi: 18 }, ["grade"]],
    ["unknown sex", { sex: "x", grade: 7, bmi: 18 }, ["sex"]],
    ["NaN BMI", { sex: "male", grade: 7, bmi: Number.NaN }, ["bmi"]],
    ["BMI 500", { sex: "male", grade: 7, bmi: 500 }, ["bmi"]],
    ["zero height", { sex: "male", grade: 7, heightCm: 0, weightKg: 40 }, ["heightCm"]],
    ["weight without height", { sex: "male", grade: 7, weightKg: 40 }, ["heightCm"]],
    ["both BMI and measurements", { sex: "male", grade: 7, bmi: 18, heightCm: 150, weightKg: 40 }, ["bmi"]],
    ["unknown key", { sex: "male", grade: 7, bmi: 18, name: "x" }, []],
  ])("rejects %s with a typed error", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = scoreBmi(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
  });
});
