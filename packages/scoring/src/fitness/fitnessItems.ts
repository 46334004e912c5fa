import { FITNESS_ITEM_CODES } from "@jiaolianti/core";
import { z } from "zod";

/** The item codes of the 2014 fitness standard, defined in `@jiaolianti/core` next to its weight table. */
export { FITNESS_ITEM_CODES } from "@jiaolianti/core";

/**
 * A fitness test item code, e.g. `"vital-capacity"`.
 *
 * @example
 * ```ts
 * import { FitnessItem } from "@jiaolianti/scoring";
 * FitnessItem.parse("sit-and-reach");
 * ```
 */
export const FitnessItem = z.enum(FITNESS_ITEM_CODES);
/** A fitness test item code. */
export type FitnessItem = z.infer<typeof FitnessItem>;

/**
 * zh-CN and en labels of the fitness test items, keyed by code, in the wording of the 2014 standard's 单项指标 table.
 *
 * Source: 国家学生体质健康标准(2014年修订), 教体艺〔2014〕5号, 二、单项指标与权重.
 *
 * @example
 * ```ts
 * import { fitnessItems } from "@jiaolianti/scoring";
 * fitnessItems["shuttle-run-50x8"].zh; // "50米×8往返跑"
 * ```
 */
export const fitnessItems: Readonly<Record<FitnessItem, { readonly zh: string; readonly en: string }>> = {
  bmi: { zh: "体重指数(BMI)", en: "Body-mass index (BMI)" },
  "vital-capacity": { zh: "肺活量", en: "Vital capacity" },
  "sprint-50m": { zh: "50米跑", en: "50 m sprint" },
  "sit-and-reach": { zh: "坐位体前屈", en: "Sit-and-reach" },
  "rope-skipping": { zh: "1分钟跳绳", en: "1-minute rope skipping" },
  "sit-ups": { zh: "1分钟仰卧起坐", en: "1-minute sit-ups" },
  "shuttle-run-50x8": { zh: "50米×8往返跑", en: "50 m × 8 shuttle run" },
  "standing-long-jump": { zh: "立定跳远", en: "Standing long jump" },
  "pull-ups": { zh: "引体向上", en: "Pull-ups" },
  "run-1000m": { zh: "1000米跑", en: "1000 m run" },
  "run-800m": { zh: "800米跑", en: "800 m run" },
};
