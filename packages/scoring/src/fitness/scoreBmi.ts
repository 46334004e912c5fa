import { Grade, parseWith, type Result, Sex, type ValidationError, validationError } from "@jiaolianti/core";
import { z } from "zod";
import { type BmiStandard, bmiStandard2014 } from "./bmiStandard2014.js";
import { roundHalfUp } from "./roundHalfUp.js";

/** BMI category of the national student fitness standard. */
export type BmiCategory = "underweight" | "normal" | "overweight" | "obese";

/** Input of {@link scoreBmi}: a BMI, or height and weight to compute it from. */
export const BmiInput = z
  .object({
    sex: Sex,
    /** School grade 1–12. Give this or `universityYear`. */
    grade: Grade.optional(),
    /** University year 1–4 (大一 … 大四; one BMI column for all four). Give this or `grade`. */
    universityYear: z.int().min(1).max(4).optional(),
    /** Body-mass index, kg/m². Give either this or both `heightCm` and `weightKg`. */
    bmi: z.number().min(5).max(80).optional(),
    heightCm: z.number().min(50).max(250).optional(),
    weightKg: z.number().min(5).max(300).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.grade === undefined) === (v.universityYear === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["grade"],
        message: "Give exactly one of grade (1–12) or universityYear (1–4)",
      });
    const measured = v.heightCm !== undefined || v.weightKg !== undefined;
    if (v.bmi !== undefined && measured)
      ctx.addIssue({ code: "custom", path: ["bmi"], message: "Give either bmi or heightCm + weightKg, not both" });
    if (v.bmi === undefined && (v.heightCm === undefined || v.weightKg === undefined))
      ctx.addIssue({
        code: "custom",
        path: [v.heightCm === undefined ? "heightCm" : "weightKg"],
        message: "Give bmi, or both heightCm and weightKg",
      });
  });
/** Input of {@link scoreBmi}. */
export type BmiInput = z.input<typeof BmiInput>;

/** A scored BMI that explains itself. */
export interface BmiScore {
  /** BMI rounded half-up to 0.1, as the standard bands it. */
  readonly bmi: number;
  readonly category: BmiCategory;
  /** Single-item score 0–100 (normal 100, under/overweight 80, obese 60). */
  readonly score: number;
  /** `true` when the category depended on a threshold still marked provisional. */
  readonly provisional: boolean;
  /** The band used and the rule set's id and version. */
  readonly basis: {
    readonly normalMin: number;
    readonly normalMax: number;
    readonly obeseMin: number;
    readonly standard: string;
  };
}

/**
 * Scores body-mass index with the 国家学生体质健康标准 (2014) BMI table: BMI = kg / m², rounded to 0.1, then banded by
 * sex and school grade (1–12) or university year (1–4, the standard's single 大学 column). Returns a typed error for
 * out-of-range or malformed input, or for a year the rule set has no band for.
 *
 * @example
 * ```ts
 * import { scoreBmi } from "@jiaolianti/scoring";
 * const r = scoreBmi({ sex: "male", grade: 7, heightCm: 160, weightKg: 52 });
 * if (r.ok) console.log(r.value); // { bmi: 20.3, category: "normal", score: 100, provisional: false, … }
 * ```
 */
export const scoreBmi = (
  input: BmiInput,
  standard: BmiStandard = bmiStandard2014,
): Result<BmiScore, ValidationError> => {
  const parsed = parseWith(BmiInput, input, "BmiInput");
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const raw = v.bmi ?? (v.weightKg ?? Number.NaN) / ((v.heightCm ?? Number.NaN) / 100) ** 2;
  const bmi = roundHalfUp(raw, 1);
  const b = v.grade !== undefined ? standard.bands[v.sex][v.grade - 1] : standard.universityBands?.[v.sex];
  if (!b) {
    const where = v.grade !== undefined ? `grade ${v.grade}` : `university year ${v.universityYear}`;
    const message = `No BMI band for ${v.sex} ${where} in ${standard.id}`;
    const path = [v.grade !== undefined ? "grade" : "universityYear"];
    return { ok: false, error: validationError("BmiInput", [{ path, message }]) };
  }
  const category: BmiCategory =
    bmi < b.normalMin ? "underweight" : bmi <= b.normalMax ? "normal" : bmi < b.obeseMin ? "overweight" : "obese";
  return {
    ok: true,
    value: {
      bmi,
      category,
      score: standard.itemScores[category],
      provisional: b.provisional && (category === "overweight" || category === "obese"),
      basis: {
        normalMin: b.normalMin,
        normalMax: b.normalMax,
        obeseMin: b.obeseMin,
        standard: `${standard.id}@${standard.version}`,
      },
    },
  };
};
