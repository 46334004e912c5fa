import type { Sex } from "@jiaolianti/core";

/** BMI bands of one sex and grade: the normal range [normalMin, normalMax] and the obese threshold (≥). */
export interface BmiBand {
  readonly normalMin: number;
  readonly normalMax: number;
  readonly obeseMin: number;
  /** `true` when `obeseMin` comes from a single inconsistent source and awaits checking against the official table. */
  readonly provisional: boolean;
}

/**
 * One versioned BMI rule set: bands per sex for grades 1–12 (index 0 = grade 1) and, optionally, the one band per sex
 * of every university year.
 */
export interface BmiStandard {
  readonly id: string;
  readonly version: string;
  readonly source: string;
  readonly bands: Readonly<Record<Sex, ReadonlyArray<BmiBand>>>;
  /** Bands of university years 1–4 (大学, one column for all four years); absent when the rule set has none. */
  readonly universityBands?: Readonly<Record<Sex, BmiBand>>;
  /** Single-item score (0–100) of each category. */
  readonly itemScores: Readonly<Record<"normal" | "underweight" | "overweight" | "obese", number>>;
}

const band = (normalMin: number, normalMax: number, obeseMin: number, provisional = false): BmiBand => ({
  normalMin,
  normalMax,
  obeseMin,
  provisional,
});

/**
 * BMI single-item scoring of 国家学生体质健康标准 (2014年修订), 教体艺〔2014〕5号, grades 1–12 and university (大学,
 * one column for years 1–4: boys normal 17.9–23.9, girls 17.2–23.9, both obese ≥ 28.0 — the adult cut-offs).
 * Normal 100 points, underweight 80, overweight 80, obese 60. Underweight is any BMI below the normal range,
 * overweight lies between the normal range and the obese threshold.
 *
 * Girls' obese thresholds for grades 7–12 come from one inconsistent secondary source (the true value may be 0.1
 * higher) and are marked `provisional` until checked against the official tables.
 */
export const bmiStandard2014: BmiStandard = {
  id: "cn-student-fitness-2014-bmi",
  version: "2014",
  source: "国家学生体质健康标准(2014年修订), 教育部 教体艺〔2014〕5号, 附表 体重指数(BMI)单项评分表",
  itemScores: { normal: 100, underweight: 80, overweight: 80, obese: 60 },
  universityBands: { male: band(17.9, 23.9, 28.0), female: band(17.2, 23.9, 28.0) },
  bands: {
    male: [
      band(13.5, 18.1, 20.4),
      band(13.7, 18.4, 20.5),
      band(13.9, 19.4, 22.2),
      band(14.2, 20.1, 22.7),
      band(14.4, 21.4, 24.2),
      band(14.7, 21.8, 24.6),
      band(15.5, 22.1, 25.0),
      band(15.7, 22.5, 25.3),
      band(15.8, 22.8, 26.1),
      band(16.5, 23.2, 26.4),
      band(16.8, 23.7, 26.6),
      band(17.3, 23.8, 27.4),
    ],
    female: [
      band(13.3, 17.3, 19.3),
      band(13.5, 17.8, 20.3),
      band(13.6, 18.6, 21.2),
      band(13.7, 19.4, 22.1),
      band(13.8, 20.5, 23.0),
      band(14.2, 20.8, 23.7),
      band(14.8, 21.7, 24.5, true),
      band(15.3, 22.2, 24.9, true),
      band(16.0, 22.6, 25.2, true),
      band(16.5, 22.7, 25.3, true),
      band(16.9, 23.2, 25.5, true),
      band(17.1, 23.3, 25.8, true),
    ],
  },
};
