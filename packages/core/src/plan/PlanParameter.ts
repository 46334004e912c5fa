import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { PlanUnit } from "./planUnits.js";

/**
 * A number the plan fixes as a design parameter rather than a target to reach: the 15 minutes of a practice circle, the
 * four tiers of the warning list. Engines read it from here, never as a magic number. `textZh` is the verbatim phrase.
 *
 * @example
 * ```ts
 * import { PlanParameter } from "@jiaolianti/core";
 * PlanParameter.parse({
 *   id: "practice-circle-minutes", textZh: "学校15分钟校外实践育人圈", labelEn: "Travel time of a school's practice circle",
 *   value: 15, unit: "minute",
 * });
 * ```
 */
export const PlanParameter = z.object({
  id: Code,
  textZh: boundedText(TEXT_MAX.sentence),
  labelEn: boundedText(TEXT_MAX.sentence),
  value: z.number().positive().finite(),
  unit: PlanUnit,
  noteEn: boundedText(TEXT_MAX.paragraph).optional(),
});
/** A plan parameter. */
export type PlanParameter = z.infer<typeof PlanParameter>;
