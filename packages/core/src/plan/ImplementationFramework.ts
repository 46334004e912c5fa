import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanElement } from "./PlanElement.js";

/**
 * A plan's "1+3+N" implementation frame: one hub platform (its functions as parts), the support systems, and the
 * practice scenes or brands. `scenesOpenEnded` is true when the text ends the list with "等" (N is not a number).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.framework.hub.nameZh; // "教联体智慧治理中心"
 * xuhuiPlan2025.framework.supportSystems.length; // 3
 * ```
 */
export const ImplementationFramework = z.object({
  id: Code,
  goalId: Code,
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name),
  hub: PlanElement,
  supportSystems: uniqueList(PlanElement, 20, { min: 1, key: (e) => e.id }),
  scenes: uniqueList(PlanElement, 50, { key: (e) => e.id }),
  scenesOpenEnded: z.boolean(),
});
/** An implementation framework. */
export type ImplementationFramework = z.infer<typeof ImplementationFramework>;
