import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { IsoDate } from "../model/common/dates.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanElementPart } from "./PlanElement.js";

/**
 * The coordination mechanism a plan commits to build, with its pillars and the deadline the text gives — in Xuhui the
 * "四化" mechanism (责任清单化、运行标准化、资源集成化、效能可视化) to be built "三年内".
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.mechanism.pillars.map((p) => p.nameZh); // ["责任清单化", "运行标准化", "资源集成化", "效能可视化"]
 * ```
 */
export const CoordinationMechanism = z.object({
  id: Code,
  goalId: Code,
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name),
  /** The sentence that commits to the mechanism, verbatim. */
  textZh: boundedText(TEXT_MAX.paragraph),
  deadline: IsoDate,
  /** The phrase the deadline is read from, verbatim (e.g. "三年内"). */
  deadlineTextZh: boundedText(TEXT_MAX.label),
  pillars: uniqueList(PlanElementPart, 10, { min: 1, key: (p) => p.id }),
});
/** A coordination mechanism. */
export type CoordinationMechanism = z.infer<typeof CoordinationMechanism>;
