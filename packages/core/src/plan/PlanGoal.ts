import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";

/**
 * A goal of a plan (工作目标): its numeral, title and full text (verbatim), with an English summary.
 *
 * @example
 * ```ts
 * import { PlanGoal } from "@jiaolianti/core";
 * PlanGoal.parse({
 *   id: "demonstration-zone", numeral: "(二)", titleZh: "打造协同育人示范区", titleEn: "A model zone",
 *   textZh: "强化政府跨部门治理效能……", summaryEn: "Strengthen cross-department governance …",
 * });
 * ```
 */
export const PlanGoal = z.object({
  id: Code,
  numeral: boundedText(TEXT_MAX.label),
  titleZh: boundedText(TEXT_MAX.name),
  titleEn: boundedText(TEXT_MAX.name),
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
});
/** A plan goal. */
export type PlanGoal = z.infer<typeof PlanGoal>;
