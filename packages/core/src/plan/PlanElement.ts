import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanCapability } from "./planCapabilities.js";

const elementFields = {
  id: Code,
  /** Name quoted verbatim from the text that introduces the element. */
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name),
  capabilities: uniqueList(PlanCapability, 40),
};

/** A named part of a plan element (a circle of the 三圈 model, a function of the hub …). */
export const PlanElementPart = z.object(elementFields);
/** A part of a plan element. */
export type PlanElementPart = z.infer<typeof PlanElementPart>;

/**
 * A named building block of a plan — a model, platform, standard, mechanism or brand — with the capabilities it
 * implies, its named parts, and the ids of the targets that measure it.
 *
 * @example
 * ```ts
 * import { PlanElement } from "@jiaolianti/core";
 * PlanElement.parse({
 *   id: "three-circles", nameZh: "“三圈”动力模型", nameEn: "Three-circle model", capabilities: [],
 *   parts: [{ id: "responsibility-circle", nameZh: "责任圈", nameEn: "Circle of responsibility", capabilities: [] }],
 * });
 * ```
 */
export const PlanElement = z.object({
  ...elementFields,
  parts: uniqueList(PlanElementPart, 20, { key: (p) => p.id }).optional(),
  targetIds: uniqueList(Code, 20).optional(),
});
/** A plan element. */
export type PlanElement = z.infer<typeof PlanElement>;
