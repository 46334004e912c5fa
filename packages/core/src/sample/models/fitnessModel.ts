import type { FitnessItemCode } from "../../descriptors/fitnessItemCodes.js";
import { fitnessWeights2014 } from "../../descriptors/fitnessWeights2014.js";
import { inverseNormal } from "../random/inverseNormal.js";
import type { Random } from "../random/Random.js";
import { FITNESS_ITEM_IDS } from "../sampleInstruments.js";

/**
 * BMI bands of 国家学生体质健康标准 (2014 revision) by sex and grade 1–12: `[normalMin, normalMax, obeseMin]` (BMI
 * rounded to 0.1; underweight < normalMin, overweight between normalMax and obeseMin). Girls' obese thresholds for
 * grades 7–12 are provisional (REFERENCE.md §1). Used here only to calibrate the synthetic BMI distribution.
 */
export const BMI_BANDS_2014: Readonly<Record<"male" | "female", ReadonlyArray<readonly [number, number, number]>>> = {
  male: [
    [13.5, 18.1, 20.4],
    [13.7, 18.4, 20.5],
    [13.9, 19.4, 22.2],
    [14.2, 20.1, 22.7],
    [14.4, 21.4, 24.2],
    [14.7, 21.8, 24.6],
    [15.5, 22.1, 25.0],
    [15.7, 22.5, 25.3],
    [15.8, 22.8, 26.1],
    [16.5, 23.2, 26.4],
    [16.8, 23.7, 26.6],
    [17.3, 23.8, 27.4],
  ],
  female: [
    [13.3, 17.3, 19.3],
    [13.5, 17.8, 20.3],
    [13.6, 18.6, 21.2],
    [13.7, 19.4, 22.1],
    [13.8, 20.5, 23.0],
    [14.2, 20.8, 23.7],
    [14.8, 21.7, 24.5],
    [15.3, 22.2, 24.9],
    [16.0, 22.6, 25.2],
    [16.5, 22.7, 25.3],
    [16.9, 23.2, 25.5],
    [17.1, 23.3, 25.8],
  ],
};

/**
 * Synthetic targets for the BMI distribution: share above the normal band (overweight or obese) and below it
 * (underweight), by sex. Source: 《中国居民营养与慢性病状况报告(2020年)》 (National Health Commission, 2020-12-23):
 * among 6–17-year-olds 11.1 % overweight and 7.9 % obese (19.0 %), boys higher than girls. The report uses the
 * WS/T 586-2018 screening cut-offs, not the fitness-standard bands, so the sample matches it only approximately.
 */
export const BMI_TARGETS = { aboveNormal: { male: 0.23, female: 0.15 }, underweight: 0.05 } as const;

/**
 * Mean height (cm) by sex and grade 1–12 at the autumn-term fitness test, and its SD. Approximate values for urban
 * Chinese children (national student physique surveys, 2014/2019 rounds, ages 6.5–17.5); synthetic-data assumption.
 */
const HEIGHT_MEAN = {
  male: [122, 128, 134, 139, 145, 151, 158, 165, 169, 172, 173, 174],
  female: [121, 127, 133, 139, 145, 151, 155, 158, 159, 160, 161, 161],
} as const;
const heightSd = (grade: number): number => (grade <= 4 ? 5.5 : grade <= 9 ? 7 : 6);

/** Log-normal BMI parameters per sex and grade, solved so P(BMI < normalMin) and P(BMI > normalMax) hit the targets. */
const bmiParams = (sex: "male" | "female"): ReadonlyArray<readonly [mu: number, sigma: number]> =>
  BMI_BANDS_2014[sex].map(([lo, hi]) => {
    const zLo = inverseNormal(BMI_TARGETS.underweight);
    const zHi = inverseNormal(1 - BMI_TARGETS.aboveNormal[sex]);
    const sigma = (Math.log(hi + 0.05) - Math.log(lo - 0.05)) / (zHi - zLo);
    return [Math.log(lo - 0.05) - sigma * zLo, sigma] as const;
  });
const BMI_PARAMS = { male: bmiParams("male"), female: bmiParams("female") };

/**
 * The item of the 2014 standard's weight table behind each sample fitness column: height and weight make up BMI, the
 * others are single-item scores.
 */
const STANDARD_ITEM: Readonly<Record<(typeof FITNESS_ITEM_IDS)[number], FitnessItemCode>> = {
  "height-cm": "bmi",
  "weight-kg": "bmi",
  "vital-capacity-score": "vital-capacity",
  "sprint-50m-score": "sprint-50m",
  "sit-and-reach-score": "sit-and-reach",
  "rope-skipping-1min-score": "rope-skipping",
  "sit-ups-1min-score": "sit-ups",
  "shuttle-run-50mx8-score": "shuttle-run-50x8",
  "standing-long-jump-score": "standing-long-jump",
  "pull-ups-score": "pull-ups",
  "run-1000m-score": "run-1000m",
  "run-800m-score": "run-800m",
};

/**
 * Whether a fitness item is tested for a student of this school grade and sex: whether {@link fitnessWeights2014}
 * weighs it in the student's group (height and weight always, as BMI; pull-ups and the 1000 m boys only, the 800 m
 * and — from grade 7 — sit-ups girls only).
 */
export const fitnessItemApplies = (itemId: string, grade: number, male: boolean): boolean => {
  if (!Object.hasOwn(STANDARD_ITEM, itemId)) return false;
  const item = STANDARD_ITEM[itemId as keyof typeof STANDARD_ITEM];
  const group = fitnessWeights2014.groups.find(
    (g) => g.level === "school" && g.years[0] <= grade && grade <= g.years[1],
  );
  return group?.items[male ? "male" : "female"].some((w) => w.item === item) ?? false;
};

/** Single-item scores the standard's tables award (100, 95, 90, 85, 80, 78 … 60, 50 … 10, 0). */
const SCORE_LADDER = [100, 95, 90, 85, 80, 78, 76, 74, 72, 70, 68, 66, 64, 62, 60, 50, 40, 30, 20, 10, 0];
const toLadder = (raw: number): number => {
  for (const s of SCORE_LADDER) if (raw >= s) return s;
  return 0;
};

/** The value stored for an item not tested for this student (not recorded at all). */
export const NOT_TESTED = -32_768;

/** Per-grade applicability of each fitness item, [male, female] × grade → bit per item. */
const APPLIES: ReadonlyArray<ReadonlyArray<boolean>> = [true, false].flatMap((male) =>
  Array.from({ length: 12 }, (_, g) => FITNESS_ITEM_IDS.map((id) => fitnessItemApplies(id, g + 1, male))),
);

/**
 * Draws one fitness record into `out[offset … offset + 12)`: height and weight ×10 (one decimal), then each item's
 * score 0–100 on the standard's ladder, or {@link NOT_TESTED}. Height ~ Normal(mean, SD) by sex/grade; BMI log-normal
 * calibrated on the 2014 bands ({@link BMI_TARGETS}); item scores from a fitness trait that is lower for heavier
 * children (−0.3 with BMI's z-score), centred near 76 points with SD ≈ 11 (synthetic assumption).
 */
export const drawFitness = (rng: Random, grade: number, male: boolean, out: Int16Array, offset: number): void => {
  const sex = male ? "male" : "female";
  const height = HEIGHT_MEAN[sex][grade - 1] as number;
  const h = Math.round((height + heightSd(grade) * rng.normal()) * 10) / 10;
  const [mu, sigma] = BMI_PARAMS[sex][grade - 1] as readonly [number, number];
  const bmiZ = rng.normal();
  const bmi = Math.exp(mu + sigma * bmiZ);
  const w = Math.round(bmi * (h / 100) ** 2 * 10) / 10;
  out[offset] = Math.round(h * 10);
  out[offset + 1] = Math.round(w * 10);
  const fit = -0.3 * bmiZ + 0.954 * rng.normal();
  const applies = APPLIES[(male ? 0 : 12) + grade - 1] as ReadonlyArray<boolean>;
  for (let j = 2; j < FITNESS_ITEM_IDS.length; j++) {
    if (!applies[j]) {
      out[offset + j] = NOT_TESTED;
      continue;
    }
    out[offset + j] = toLadder(76 + 11 * (0.65 * fit + 0.76 * rng.normal()));
  }
};
