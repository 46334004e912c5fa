import { z } from "zod";
import { Department } from "../descriptors/departments.js";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { EvaluationFramework } from "./EvaluationFramework.js";
import { PlanCapability } from "./planCapabilities.js";

/** One safeguard (一是/二是/三是) of a plan: its text verbatim, an English summary and the capabilities it implies. */
export const PlanSafeguard = z.object({
  id: Code,
  numeral: boundedText(TEXT_MAX.label),
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
  capabilities: uniqueList(PlanCapability, 40),
});
/** A plan safeguard. */
export type PlanSafeguard = z.infer<typeof PlanSafeguard>;

/**
 * A plan's safeguards (工作保障): the body that coordinates the whole plan, the safeguard items, and the evaluation
 * framework that holds departments to account.
 *
 * @example
 * ```ts
 * import { departments, xuhuiPlan2025 } from "@jiaolianti/core";
 * departments[xuhuiPlan2025.safeguards.coordinator].labelZh; // "区委教育工作领导小组"
 * ```
 */
export const PlanSafeguards = z.object({
  coordinator: Department,
  items: uniqueList(PlanSafeguard, 20, { key: (s) => s.id }),
  evaluation: EvaluationFramework,
});
/** A plan's safeguards. */
export type PlanSafeguards = z.infer<typeof PlanSafeguards>;
