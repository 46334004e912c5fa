import type { FitnessItemCode } from "./fitnessItemCodes.js";
import type { Sex } from "./Sex.js";

/** Which school years a fitness group covers: school grades 1–12 (一年级…高三) or university years 1–4 (大一…大四). */
export type FitnessLevel = "school" | "university";

/** An item of a group and its weight in the 标准分, in percent. */
export interface WeightedFitnessItem {
  readonly item: FitnessItemCode;
  /** Weight in percent; a group's weights add up to 100. */
  readonly weight: number;
}

/** A bonus (加分) item of a group and the most points it can add. */
export interface FitnessBonusItem {
  readonly item: FitnessItemCode;
  readonly maxPoints: number;
}

/** One group of the standard (测试对象): the years it covers, its weighted items and its bonus items, per sex. */
export interface FitnessGroup {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly level: FitnessLevel;
  /** First and last school grade (or university year) of the group. */
  readonly years: readonly [number, number];
  readonly items: Readonly<Record<Sex, ReadonlyArray<WeightedFitnessItem>>>;
  readonly bonus: Readonly<Record<Sex, ReadonlyArray<FitnessBonusItem>>>;
}

/** A versioned weighting of the fitness standard: groups, their item weights and bonus items. */
export interface FitnessWeightStandard {
  readonly id: string;
  readonly version: string;
  readonly source: string;
  /** Most bonus points in total (附加分满分). */
  readonly maxBonus: number;
  readonly groups: ReadonlyArray<FitnessGroup>;
}

const both = <T>(list: ReadonlyArray<T>): Readonly<Record<Sex, ReadonlyArray<T>>> => ({ male: list, female: list });

const w = (item: FitnessItemCode, weight: number): WeightedFitnessItem => ({ item, weight });

// 初中、高中、大学各年级: the same items and weights for every year; boys and girls differ in two items.
const olderItems: Readonly<Record<Sex, ReadonlyArray<WeightedFitnessItem>>> = {
  male: [
    w("bmi", 15),
    w("vital-capacity", 15),
    w("sprint-50m", 20),
    w("sit-and-reach", 10),
    w("standing-long-jump", 10),
    w("pull-ups", 10),
    w("run-1000m", 20),
  ],
  female: [
    w("bmi", 15),
    w("vital-capacity", 15),
    w("sprint-50m", 20),
    w("sit-and-reach", 10),
    w("standing-long-jump", 10),
    w("sit-ups", 10),
    w("run-800m", 20),
  ],
};
const olderBonus: Readonly<Record<Sex, ReadonlyArray<FitnessBonusItem>>> = {
  male: [
    { item: "pull-ups", maxPoints: 10 },
    { item: "run-1000m", maxPoints: 10 },
  ],
  female: [
    { item: "sit-ups", maxPoints: 10 },
    { item: "run-800m", maxPoints: 10 },
  ],
};
const primaryBonus = both<FitnessBonusItem>([{ item: "rope-skipping", maxPoints: 20 }]);

/**
 * The item weights and bonus items of 国家学生体质健康标准 (2014年修订), 教体艺〔2014〕5号 (二、单项指标与权重; 一、说明
 * 第6条 附加分):
 *
 * | group | BMI | 肺活量 | 50米跑 | 坐位体前屈 | 1分钟跳绳 | 1分钟仰卧起坐 | 50米×8往返跑 | 立定跳远 | 引体向上(男)/仰卧起坐(女) | 1000米(男)/800米(女) |
 * |---|---|---|---|---|---|---|---|---|---|---|
 * | 小学一、二年级 | 15 | 15 | 20 | 30 | 20 | | | | | |
 * | 小学三、四年级 | 15 | 15 | 20 | 20 | 20 | 10 | | | | |
 * | 小学五、六年级 | 15 | 15 | 20 | 10 | 10 | 20 | 10 | | | |
 * | 初中、高中、大学各年级 | 15 | 15 | 20 | 10 | | | | 10 | 10 | 20 |
 *
 * Bonus (附加分, only for a result above the 100-point line of the item): primary 1分钟跳绳 up to 20 points; junior
 * secondary, senior secondary and university boys 引体向上 and 1000米跑, girls 1分钟仰卧起坐 and 800米跑, up to 10
 * points each; 附加分 at most 20. School grades follow `Grade` (1 = 一年级 … 12 = 高三).
 *
 * The one copy of this table in Jiaolianti (REFERENCE.md §1): `scoreFitness` of `@jiaolianti/scoring` weighs with it
 * (and `@jiaolianti/scoring` re-exports it), and the sample district's synthetic fitness records test exactly the items
 * it lists for a student's grade and sex.
 *
 * @example
 * ```ts
 * import { fitnessWeights2014 } from "@jiaolianti/core";
 * fitnessWeights2014.groups.map((g) => g.id); // ["grades-1-2", "grades-3-4", "grades-5-6", "secondary", "university"]
 * ```
 */
export const fitnessWeights2014: FitnessWeightStandard = {
  id: "cn-student-fitness-2014-weights",
  version: "2014",
  source:
    "国家学生体质健康标准(2014年修订), 教育部 教体艺〔2014〕5号: 一、说明 第6条 (学年总分 = 标准分 + 附加分; 加分指标) and 二、单项指标与权重",
  maxBonus: 20,
  groups: [
    {
      id: "grades-1-2",
      label: { zh: "小学一、二年级", en: "Primary grades 1–2" },
      level: "school",
      years: [1, 2],
      items: both([
        w("bmi", 15),
        w("vital-capacity", 15),
        w("sprint-50m", 20),
        w("sit-and-reach", 30),
        w("rope-skipping", 20),
      ]),
      bonus: primaryBonus,
    },
    {
      id: "grades-3-4",
      label: { zh: "小学三、四年级", en: "Primary grades 3–4" },
      level: "school",
      years: [3, 4],
      items: both([
        w("bmi", 15),
        w("vital-capacity", 15),
        w("sprint-50m", 20),
        w("sit-and-reach", 20),
        w("rope-skipping", 20),
        w("sit-ups", 10),
      ]),
      bonus: primaryBonus,
    },
    {
      id: "grades-5-6",
      label: { zh: "小学五、六年级", en: "Primary grades 5–6" },
      level: "school",
      years: [5, 6],
      items: both([
        w("bmi", 15),
        w("vital-capacity", 15),
        w("sprint-50m", 20),
        w("sit-and-reach", 10),
        w("rope-skipping", 10),
        w("sit-ups", 20),
        w("shuttle-run-50x8", 10),
      ]),
      bonus: primaryBonus,
    },
    {
      id: "secondary",
      label: { zh: "初中、高中各年级", en: "Junior and senior secondary (grades 7–12)" },
      level: "school",
      years: [7, 12],
      items: olderItems,
      bonus: olderBonus,
    },
    {
      id: "university",
      label: { zh: "大学各年级", en: "University (years 1–4)" },
      level: "university",
      years: [1, 4],
      items: olderItems,
      bonus: olderBonus,
    },
  ],
};
