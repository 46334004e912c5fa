/**
 * Codes of the test items (测试项目) of 国家学生体质健康标准 (2014年修订): 体重指数 `bmi`, 肺活量 `vital-capacity`,
 * 50米跑 `sprint-50m`, 坐位体前屈 `sit-and-reach`, 1分钟跳绳 `rope-skipping`, 1分钟仰卧起坐 `sit-ups`, 50米×8往返跑
 * `shuttle-run-50x8`, 立定跳远 `standing-long-jump`, 引体向上 `pull-ups`, 1000米跑 `run-1000m`, 800米跑 `run-800m`.
 * The item codes of `fitnessWeights2014`; `@jiaolianti/scoring`'s `FitnessItem` schema and labels are built on them.
 *
 * @example
 * ```ts
 * import { FITNESS_ITEM_CODES } from "@jiaolianti/core";
 * FITNESS_ITEM_CODES.length; // 11
 * ```
 */
export const FITNESS_ITEM_CODES = [
  "bmi",
  "vital-capacity",
  "sprint-50m",
  "sit-and-reach",
  "rope-skipping",
  "sit-ups",
  "shuttle-run-50x8",
  "standing-long-jump",
  "pull-ups",
  "run-1000m",
  "run-800m",
] as const;

/** A fitness test item code of the 2014 standard, e.g. `"vital-capacity"`. */
export type FitnessItemCode = (typeof FITNESS_ITEM_CODES)[number];
