import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { percent, rating, shippedFramework, UNITS } from "./indicatorKit.js";

/**
 * Resource-use effectiveness of venues (资源使用效能评价) as a default framework. Alternatives are venues evaluated
 * together (a district's venue list for a year). Dimensions: 利用 (utilisation: booked ÷ offered seats), 覆盖 (reach:
 * schools served, relative to the other venues), 质量 (satisfaction of students and teachers, 1–5), 效能 (efficiency:
 * cost per student-hour, relative, a cost; and DEA efficiency in (0, 1] from {@link dea}, computed by
 * {@link venueEffectivenessData} from staff, annual cost and open hours against student-hours, sessions and schools).
 *
 * The plan asks for "一套资源使用效能评价系统" without indicators or weights: the indicators, equal weights and
 * normalisations are ours; DEA is the standard academic tool for resource efficiency (REFERENCE.md §2).
 *
 * Source: 徐汇区“教联体”行动方案 二(四) 建立一套资源使用效能评价系统; 一(二) 资源集成化、效能可视化. DEA: Charnes, Cooper &
 * Rhodes 1978; Banker, Charnes & Cooper 1984.
 *
 * @example
 * ```ts
 * import { evaluate, venueEffectivenessFramework } from "@jiaolianti/scoring";
 * const r = evaluate(venueEffectivenessFramework, {
 *   alternatives: [
 *     { id: "v1", values: { utilisation: 80, "schools-reached": 20, satisfaction: 4.4, "cost-per-student-hour": 15, "dea-efficiency": 1 } },
 *     { id: "v2", values: { utilisation: 40, "schools-reached": 6, satisfaction: null, "cost-per-student-hour": 40, "dea-efficiency": 0.6 } },
 *   ],
 * });
 * if (r.ok) console.log(r.value.alternatives[1]?.explanation.missing); // ["satisfaction"]
 * ```
 */
export const venueEffectivenessFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-venue-effectiveness",
  version: "2025.1",
  nameZh: "社会场馆资源使用效能评价",
  nameEn: "Venue resource-use effectiveness",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 二(四) 建立一套资源使用效能评价系统. DEA (CCR/BCC) per REFERENCE.md §2.",
  defaultsNote:
    "Ours: the indicators, equal weights at both levels, goalposts 0–100 % for utilisation, 1–5 for satisfaction, 0–1 for DEA efficiency, min–max for reach and cost per student-hour, minCoverage 0.5.",
  minCoverage: 0.5,
  dimensionWeights: { kind: "equal" },
  dimensions: [
    {
      id: "utilisation",
      nameZh: "利用",
      nameEn: "Utilisation",
      weights: { kind: "equal" },
      indicators: [
        percent("utilisation", "预约利用率", "Seats booked of seats offered", {
          descriptionZh: "学年内已预约席位 ÷ 开放席位",
        }),
      ],
    },
    {
      id: "reach",
      nameZh: "覆盖",
      nameEn: "Reach",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "schools-reached",
          nameZh: "服务学校数",
          nameEn: "Schools served",
          direction: "benefit",
          unit: UNITS.schools,
          normalization: { method: "minmax" },
        },
      ],
    },
    {
      id: "quality",
      nameZh: "质量",
      nameEn: "Quality",
      weights: { kind: "equal" },
      indicators: [rating("satisfaction", "师生满意度", "Student and teacher satisfaction")],
    },
    {
      id: "efficiency",
      nameZh: "效能",
      nameEn: "Efficiency",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "cost-per-student-hour",
          nameZh: "生均课时成本",
          nameEn: "Cost per student-hour",
          direction: "cost",
          unit: UNITS.yuanPerStudentHour,
          normalization: { method: "minmax" },
        },
        {
          id: "dea-efficiency",
          nameZh: "DEA 效率值",
          nameEn: "DEA efficiency",
          direction: "benefit",
          unit: UNITS.ratio,
          normalization: { method: "goalposts", low: 0, high: 1 },
          source:
            "dea() in @jiaolianti/scoring: inputs staff, annual cost, open hours; outputs student-hours, sessions, schools",
        },
      ],
    },
  ],
});
