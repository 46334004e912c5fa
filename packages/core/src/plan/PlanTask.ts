import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanParameter } from "./PlanParameter.js";
import { PlanCapability } from "./planCapabilities.js";

/**
 * A numbered sub-item (1. 2. 3.) of an action: its bold lead phrase (`titleZh`), its full text (`textZh`, verbatim,
 * lead phrase included), an English summary, the capabilities it implies and the design parameters it fixes. Its
 * targets and commitments live on the plan and point here by `taskId`.
 *
 * @example
 * ```ts
 * import { PlanTask } from "@jiaolianti/core";
 * PlanTask.parse({
 *   id: "warning-and-tiered-response", number: 2, titleZh: "优化预警分层响应", titleEn: "Tiered warning and response",
 *   textZh: "优化预警分层响应。全覆盖开展“学生身心发展指数”评估……", summaryEn: "Assess every student …",
 *   capabilities: ["development-index", "four-tier-warning"], parameters: [],
 * });
 * ```
 */
export const PlanTask = z.object({
  id: Code,
  number: z.number().int().min(1).max(20),
  titleZh: boundedText(TEXT_MAX.name),
  titleEn: boundedText(TEXT_MAX.name),
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
  capabilities: uniqueList(PlanCapability, 40),
  parameters: uniqueList(PlanParameter, 20, { key: (p) => p.id }),
});
/** A plan task. */
export type PlanTask = z.infer<typeof PlanTask>;
