import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { collaborationQualityFramework } from "./collaborationQualityFramework.js";
import { courseSelectionFramework } from "./courseSelectionFramework.js";
import { departmentDutyFramework } from "./departmentDutyFramework.js";
import { innovationCaseFramework, shuangbaiProjectFramework } from "./shuangbaiFrameworks.js";
import { threeDimensionFramework } from "./threeDimensionFramework.js";
import { venueEffectivenessFramework } from "./venueEffectivenessFramework.js";

/**
 * The shipped Xuhui default evaluation frameworks keyed by id (the venue admission standard, which wraps a framework
 * with gates, is `venueAdmissionStandard`). Each says in `defaultsNote` which of its numbers are ours.
 *
 * @example
 * ```ts
 * import { xuhuiFrameworks } from "@jiaolianti/scoring";
 * Object.keys(xuhuiFrameworks); // ["xuhui-three-dimension", "xuhui-department-duty", …]
 * ```
 */
export const xuhuiFrameworks: Readonly<Record<string, IndicatorFrameworkInput>> = Object.freeze(
  Object.fromEntries(
    [
      threeDimensionFramework,
      departmentDutyFramework,
      venueEffectivenessFramework,
      courseSelectionFramework,
      shuangbaiProjectFramework,
      innovationCaseFramework,
      collaborationQualityFramework,
    ].map((f) => [f.id, f]),
  ),
);
