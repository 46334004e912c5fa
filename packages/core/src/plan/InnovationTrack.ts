import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { PlanElement } from "./PlanElement.js";

/**
 * An innovation track of a plan's main tasks (主要任务, "五维创新" in Xuhui): name, full text (verbatim), an English
 * summary, and the named elements it builds (models, platforms, standards, brands).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.tracks.map((t) => t.nameZh); // ["协同机制创新", "转化机制创新", "育人方式创新", "资源融合创新", "品牌塑造创新"]
 * ```
 */
export const InnovationTrack = z.object({
  id: Code,
  numeral: boundedText(TEXT_MAX.label),
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name),
  textZh: boundedText(TEXT_MAX.paragraph),
  summaryEn: boundedText(TEXT_MAX.paragraph),
  components: uniqueList(PlanElement, 20, { min: 1, key: (e) => e.id }),
});
/** An innovation track. */
export type InnovationTrack = z.infer<typeof InnovationTrack>;
