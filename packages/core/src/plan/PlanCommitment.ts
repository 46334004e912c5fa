import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanCapability } from "./planCapabilities.js";

/**
 * A qualitative commitment of a task — a deliverable the text names without a number (建立专家库, 畅通“绿色通道”) — with
 * the capabilities it implies. `textZh` is the verbatim clause; it is tracked as done / not done, never as a number.
 *
 * @example
 * ```ts
 * import { PlanCommitment } from "@jiaolianti/core";
 * PlanCommitment.parse({
 *   id: "mental-health-expert-pool", actionId: "huize-runxin", taskId: "full-chain-services",
 *   textZh: "组建区学生心理健康促进专家库", summaryEn: "Form a district expert pool for student mental health.",
 *   capabilities: ["expert-pool"],
 * });
 * ```
 */
export const PlanCommitment = z.object({
  id: Code,
  actionId: Code,
  taskId: Code,
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
  capabilities: uniqueList(PlanCapability, 40),
  noteEn: boundedText(TEXT_MAX.paragraph).optional(),
});
/** A plan commitment. */
export type PlanCommitment = z.infer<typeof PlanCommitment>;
