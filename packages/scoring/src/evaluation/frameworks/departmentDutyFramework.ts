import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { percent, shippedFramework } from "./indicatorKit.js";

/**
 * Department duty effectiveness (部门教育履职效能) as a default framework — the plan's 《部门教育履职效能评估办法》 is
 * still to be drawn up, so this is a starting point a district edits. Alternatives are departments (`DepartmentRecord`
 * ids); the values come from the responsibility list (`Responsibility` records of `@jiaolianti/core`) and the KPI
 * status of the plan targets of the actions a department leads — {@link departmentDutyData} computes them.
 *
 * Dimensions: 牵头职责 (lead duties: completion of lead entries, targets of led actions achieved or on track), 配合职责
 * (support duties: completion of support entries) and 进度时效 (timeliness: overdue and blocked entries, both costs).
 * Weights are AHP judgments (ours): lead duties 2× support and 3× timeliness; within lead duties the targets' results
 * 2× the completion of entries. All rates use goalposts 0–100 %, so a department's score does not depend on the others.
 *
 * Source: 徐汇区“教联体”行动方案 一(二) 责任清单化, 三 (牵头部门/配合部门 of every action), 四 二是 (部门教育履职效能评估办法).
 *
 * @example
 * ```ts
 * import { departmentDutyFramework, evaluate } from "@jiaolianti/scoring";
 * const r = evaluate(departmentDutyFramework, {
 *   alternatives: [
 *     { id: "dept-education-bureau", values: { "lead-completion-rate": 40, "lead-target-progress": 75, "support-completion-rate": null, "overdue-rate": 5, "blocked-rate": 2 } },
 *     { id: "dept-womens-federation", values: { "lead-completion-rate": 20, "lead-target-progress": 50, "support-completion-rate": 30, "overdue-rate": 10, "blocked-rate": 0 } },
 *   ],
 * });
 * if (r.ok) console.log(r.value.order, r.value.weights.dimensions.ahp?.cr);
 * ```
 */
export const departmentDutyFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-department-duty",
  version: "2025.1",
  nameZh: "部门教育履职效能评估",
  nameEn: "Department education duty effectiveness",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(二) 责任清单化; 三 牵头部门/配合部门; 四 二是 配套制定《部门教育履职效能评估办法》(not yet published). Data: Responsibility records and KPI statuses of xuhuiPlan2025.targets.",
  defaultsNote:
    "Ours: the indicators, the AHP judgments (lead 2× support, 3× timeliness; target results 2× entry completion within lead duties), goalposts 0–100 % and minCoverage 0.25 (a department that only supports actions has no lead duties: that is its remit, not missing data, so coverage is set low). The plan gives the lead/support split and the targets, not the weights.",
  minCoverage: 0.25,
  dimensionWeights: {
    kind: "ahp",
    pairwise: [
      [1, 2, 3],
      [1 / 2, 1, 2],
      [1 / 3, 1 / 2, 1],
    ],
  },
  dimensions: [
    {
      id: "lead-duties",
      nameZh: "牵头职责",
      nameEn: "Lead duties",
      weights: {
        kind: "ahp",
        pairwise: [
          [1, 1 / 2],
          [2, 1],
        ],
      },
      indicators: [
        percent("lead-completion-rate", "牵头事项完成率", "Lead entries completed", {
          descriptionZh: "本部门牵头的责任清单事项中已完成的比例",
        }),
        percent(
          "lead-target-progress",
          "牵头项目目标达成或进度正常比例",
          "Targets of led actions achieved or on track",
          {
            descriptionZh: "本部门牵头的重点项目下,KPI 为“已达成”或“进度正常”的目标占比",
          },
        ),
      ],
    },
    {
      id: "support-duties",
      nameZh: "配合职责",
      nameEn: "Support duties",
      weights: { kind: "equal" },
      indicators: [
        percent("support-completion-rate", "配合事项完成率", "Support entries completed", {
          descriptionZh: "本部门配合的责任清单事项中已完成的比例",
        }),
      ],
    },
    {
      id: "timeliness",
      nameZh: "进度时效",
      nameEn: "Timeliness",
      weights: { kind: "equal" },
      indicators: [
        percent("overdue-rate", "逾期未完成比例", "Entries overdue", {
          direction: "cost",
          descriptionZh: "已过截止日期仍未完成的事项比例",
        }),
        percent("blocked-rate", "受阻事项比例", "Entries blocked", { direction: "cost" }),
      ],
    },
  ],
});
