import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { percent, rating, shippedFramework, UNITS } from "./indicatorKit.js";

/**
 * Quality of home–school–society collaboration (家校社协同质量评价) — one of the plan's three support systems — as a
 * default framework. Alternatives are schools (or 学区). Dimensions: 家校互动 (parents taking part in school activities,
 * family-education guidance reaching families, parent satisfaction), 校社联动 (out-of-school practice hours per
 * student in a term, partner venues, the school's 15-minute practice circle in place 0/1), and 社会支持 (days from a
 * referral to the first contact with the service — a cost —, families using community family services).
 *
 * The plan names the system without indicators: indicators, equal weights and goalposts (16 practice hours a term, 10
 * partner venues, 14 days to first contact score the end points) are ours.
 *
 * Source: 徐汇区“教联体”行动方案 一(三) 形成3大支撑体系——…家校社协同质量评价 (target `support-systems`); 三(三), 三(四)3,
 * 三(二)3.
 *
 * @example
 * ```ts
 * import { collaborationQualityFramework, evaluate } from "@jiaolianti/scoring";
 * const r = evaluate(collaborationQualityFramework, { alternatives: [
 *   { id: "xh-school-001", values: { "parent-participation": 72, "guidance-reach": 60, "parent-satisfaction": 4.3,
 *     "practice-hours": 10, "partner-venues": 6, "practice-circle": 1, "referral-days": 5, "community-services-use": 30 } },
 * ] });
 * if (r.ok) console.log(r.value.alternatives[0]?.dimensions.map((d) => d.score));
 * ```
 */
export const collaborationQualityFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-collaboration-quality",
  version: "2025.1",
  nameZh: "家校社协同质量评价",
  nameEn: "Home–school–society collaboration quality",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(三) 3大支撑体系之“家校社协同质量评价”; 三(三) 家校互动; 三(四)3 15分钟校外实践育人圈; 三(二)3 全链服务.",
  defaultsNote:
    "Ours: the indicators, equal weights, goalposts (0–100 %, 1–5, 0–16 practice hours per student per term, 0–10 partner venues, circle 0/1, 0–14 days from referral to first contact) and minCoverage 0.5.",
  minCoverage: 0.5,
  dimensionWeights: { kind: "equal" },
  dimensions: [
    {
      id: "home-school",
      nameZh: "家校互动",
      nameEn: "Home–school",
      weights: { kind: "equal" },
      indicators: [
        percent("parent-participation", "家长参与学校活动比例", "Parents taking part in school activities"),
        percent("guidance-reach", "家庭教育指导覆盖率", "Families reached by guidance"),
        rating("parent-satisfaction", "家长满意度", "Parent satisfaction"),
      ],
    },
    {
      id: "school-society",
      nameZh: "校社联动",
      nameEn: "School–society",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "practice-hours",
          nameZh: "生均校外实践课时(学期)",
          nameEn: "Out-of-school practice hours per student per term",
          direction: "benefit",
          unit: UNITS.hours,
          normalization: { method: "goalposts", low: 0, high: 16 },
        },
        {
          id: "partner-venues",
          nameZh: "合作社会场馆数",
          nameEn: "Partner venues",
          direction: "benefit",
          unit: UNITS.count,
          normalization: { method: "goalposts", low: 0, high: 10 },
        },
        {
          id: "practice-circle",
          nameZh: "15分钟校外实践育人圈建成",
          nameEn: "15-minute practice circle in place",
          direction: "benefit",
          unit: { zh: "是/否(1/0)", en: "yes/no (1/0)" },
          normalization: { method: "goalposts", low: 0, high: 1 },
          planTargetId: "practice-circle-coverage",
        },
      ],
    },
    {
      id: "social-support",
      nameZh: "社会支持",
      nameEn: "Social support",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "referral-days",
          nameZh: "转介至首次服务天数",
          nameEn: "Days from referral to first contact",
          direction: "cost",
          unit: UNITS.days,
          normalization: { method: "goalposts", low: 0, high: 14 },
        },
        percent("community-services-use", "家庭使用社区家庭服务比例", "Families using community family services"),
      ],
    },
  ],
});
