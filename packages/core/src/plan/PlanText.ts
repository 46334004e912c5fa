import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";

/**
 * A passage of a plan quoted verbatim (`textZh`), with an English summary (a convenience, not the authority).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.tracksIntro.textZh; // "立足教育治理能力现代化,构建“五维创新”战略行动体系,形成“全域育人共同体”。"
 * ```
 */
export const PlanText = z.object({
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
});
/** A plan passage. */
export type PlanText = z.infer<typeof PlanText>;
