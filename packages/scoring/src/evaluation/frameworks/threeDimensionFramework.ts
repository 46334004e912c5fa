import { xuhuiPlan2025 } from "@jiaolianti/core";
import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { percent, rating, shippedFramework, UNITS } from "./indicatorKit.js";

const dims = xuhuiPlan2025.safeguards.evaluation.dimensions;
const dim = (id: string) => {
  const d = dims.find((x) => x.id === id);
  return { id, nameZh: d?.nameZh ?? id, nameEn: d?.nameEn ?? id };
};

/**
 * Xuhui's 三维评估 (three-dimension evaluation) as a default framework: 政府履职度 (government performance of duties),
 * 社会参与度 (social participation) and 家庭满意度 (family satisfaction) — the dimension ids and names are those of
 * `xuhuiPlan2025.safeguards.evaluation` in `@jiaolianti/core`. Alternatives are evaluation periods (e.g. years) or
 * subdistricts; every indicator uses absolute goalposts, so one period can be scored on its own and periods compare.
 *
 * Indicators are tied to the plan where it gives a number (`planTargetId`: 全覆盖 targets score 100 at 100 %, the 30 %
 * competition participation scores 100 at 30 %, 新增30个科学场所 at 30, 培育100个特色项目 at 100). The plan publishes the
 * three dimensions but no indicators, weights or goalposts (its 《部门教育履职效能评估办法》 is still to be drawn up), so
 * the choice of indicators, the equal weights and the remaining goalposts are ours (see `defaultsNote`).
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 四 二是 (三维评估), 三(二)–(八) for the indicators.
 *
 * @example
 * ```ts
 * import { evaluate, threeDimensionFramework } from "@jiaolianti/scoring";
 * const r = evaluate(threeDimensionFramework, {
 *   alternatives: [{ id: "2026", values: { "responsibility-completion": 62, "plan-target-progress": 70, "counselling-clinic-coverage": 85,
 *     "school-doctor-coverage": 100, "joint-meetings": 6, "free-venue-share": 70, "new-science-venues": 18,
 *     "collaborative-projects": 64, "competition-participation": 27, "practice-circle-coverage": 55,
 *     "family-satisfaction-survey": 4.2, "family-assessment-coverage": 80, "guidance-participation": 46,
 *     "dispute-resolution": 92 } }],
 * });
 * if (r.ok) console.log(r.value.alternatives[0]?.dimensions.map((d) => [d.dimensionId, d.score]));
 * ```
 */
export const threeDimensionFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-three-dimension",
  version: "2025.1",
  nameZh: "“三维评估”体系",
  nameEn: "Three-dimension evaluation",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 四 二是: 构建政府履职度、社会参与度、家庭满意度“三维评估”体系. Indicators follow the plan's actions 三(二)–(八) and targets (xuhuiPlan2025.targets).",
  defaultsNote:
    "Ours: the indicator list, equal dimension and indicator weights, goalposts 0–100 % for rates, 1–5 for survey means, 0–12 joint meetings a year (monthly) and minCoverage 0.5. From the plan: the three dimensions, 100 % for 全覆盖 targets, 30 % competition participation, 30 new science venues and 100 featured projects by 2027.",
  minCoverage: 0.5,
  dimensionWeights: { kind: "equal" },
  dimensions: [
    {
      ...dim("government-performance"),
      weights: { kind: "equal" },
      indicators: [
        percent("responsibility-completion", "责任清单完成率", "Responsibility list completion", {
          descriptionZh: "已完成的责任清单事项占到期事项的比例",
          source: "plan 一(二) 责任清单化; Responsibility.progress in @jiaolianti/core",
        }),
        percent("plan-target-progress", "规划目标达成或进度正常比例", "Plan targets achieved or on track", {
          descriptionZh: "KPI 跟踪为“已达成”或“进度正常”的规划目标占比",
          source: "trackKpis over xuhuiPlan2025.targets",
        }),
        percent("counselling-clinic-coverage", "青少年心理咨询门诊覆盖率", "Youth counselling clinic coverage", {
          target: 100,
          planTargetId: "youth-counselling-clinics",
          source: "plan 三(二)3 社区卫生中心全覆盖",
        }),
        percent("school-doctor-coverage", "“一校一医”覆盖率", "One-school-one-doctor coverage", {
          target: 100,
          planTargetId: "one-school-one-doctor",
          source: "plan 三(二)3",
        }),
        {
          id: "joint-meetings",
          nameZh: "跨部门联席会议次数",
          nameEn: "Cross-department joint meetings",
          direction: "benefit",
          unit: UNITS.perYear,
          normalization: { method: "goalposts", low: 0, high: 12 },
          source: "plan 一(三) 跨部门联席决策机制; 12 a year (monthly) is ours",
        },
      ],
    },
    {
      ...dim("social-participation"),
      weights: { kind: "equal" },
      indicators: [
        percent("free-venue-share", "社会场馆免费或公益开放比例", "Venues open free or at public-benefit rates", {
          source: "plan 三(六)3 推动社会场馆向学生免费或公益开放",
        }),
        {
          id: "new-science-venues",
          nameZh: "新增科学场所数",
          nameEn: "New science venues",
          direction: "benefit",
          unit: UNITS.count,
          target: 30,
          normalization: { method: "goalposts", low: 0, high: 30 },
          planTargetId: "new-science-venues",
          source: "plan 三(五)1 新增30个",
        },
        {
          id: "collaborative-projects",
          nameZh: "协同育人特色项目数",
          nameEn: "Featured collaborative projects",
          direction: "benefit",
          unit: UNITS.count,
          target: 100,
          normalization: { method: "goalposts", low: 0, high: 100 },
          planTargetId: "collaborative-projects",
          source: "plan 三(四)2 培育100个",
        },
        percent("competition-participation", "区级赛事参赛率", "District competition participation", {
          target: 30,
          normalization: { method: "goalposts", low: 0, high: 30 },
          planTargetId: "district-competition-participation",
          source: "plan 三(七)2 参赛人次不少于全区中小学生30%",
        }),
        percent("practice-circle-coverage", "15分钟校外实践育人圈覆盖率", "15-minute practice circle coverage", {
          target: 100,
          planTargetId: "practice-circle-coverage",
          source: "plan 三(四)3",
        }),
      ],
    },
    {
      ...dim("family-satisfaction"),
      weights: { kind: "equal" },
      indicators: [
        rating("family-satisfaction-survey", "家长满意度调查均分", "Parent satisfaction survey mean", {
          source: "ours: a 1–5 satisfaction survey of families",
        }),
        percent("family-assessment-coverage", "家庭环境适宜度评估覆盖率", "Family environment assessment coverage", {
          target: 100,
          planTargetId: "family-environment-assessment-coverage",
          source: "plan 三(三)2 全覆盖",
        }),
        percent("guidance-participation", "家庭教育指导参与率", "Family education guidance participation", {
          descriptionZh: "一年内参加至少一次家庭教育指导活动的家庭占比",
          source: "plan 三(三)1 普及科学教养",
        }),
        percent("dispute-resolution", "家校纠纷化解率", "Home–school disputes resolved", {
          source: "plan 三(八)1 多元化解家校纠纷",
        }),
      ],
    },
  ],
});
