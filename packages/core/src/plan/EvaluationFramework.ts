import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";

/** One dimension of an evaluation framework, e.g. 家庭满意度 (family satisfaction). */
export const EvaluationDimension = z.object({
  id: Code,
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name),
});
/** An evaluation dimension. */
export type EvaluationDimension = z.infer<typeof EvaluationDimension>;

/**
 * A rulebook that puts an evaluation framework into practice, e.g. 《部门教育履职效能评估办法》; `status` says whether it
 * is in force or still to be drawn up, `dimensionIds` which of the framework's dimensions it covers.
 */
export const EvaluationInstrument = z.object({
  id: Code,
  titleZh: boundedText(TEXT_MAX.name),
  titleEn: boundedText(TEXT_MAX.name),
  status: z.enum(["to-be-formulated", "in-force"]),
  dimensionIds: uniqueList(Code, 20, { min: 1 }),
  noteEn: boundedText(TEXT_MAX.paragraph).optional(),
});
/** An evaluation instrument. */
export type EvaluationInstrument = z.infer<typeof EvaluationInstrument>;

/**
 * An evaluation framework of a plan — in Xuhui the "三维评估" of 政府履职度、社会参与度、家庭满意度 — with the
 * instruments that implement it. Every instrument's `dimensionIds` must name dimensions of this framework.
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.safeguards.evaluation.dimensions.map((d) => d.id);
 * // ["government-performance", "social-participation", "family-satisfaction"]
 * ```
 */
export const EvaluationFramework = z
  .object({
    id: Code,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    dimensions: uniqueList(EvaluationDimension, 20, { min: 1, key: (d) => d.id }),
    instruments: uniqueList(EvaluationInstrument, 20, { key: (i) => i.id }),
  })
  .check((ctx) => {
    const known = new Set(ctx.value.dimensions.map((d) => d.id));
    ctx.value.instruments.forEach((inst, i) => {
      inst.dimensionIds.forEach((id, j) => {
        if (!known.has(id)) {
          ctx.issues.push({
            code: "custom",
            input: id,
            path: ["instruments", i, "dimensionIds", j],
            message: `unknown evaluation dimension ${JSON.stringify(id)}`,
          });
        }
      });
    });
  });
/** An evaluation framework. */
export type EvaluationFramework = z.infer<typeof EvaluationFramework>;
