import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { percent, rating, shippedFramework, UNITS } from "./indicatorKit.js";

/**
 * Evaluation of a 双百 featured collaborative project (协同育人特色项目; `Project` records): 覆盖面 (schools involved,
 * students reached, partner organisations), 质量 (expert rating, family participation) and 可持续 (years running,
 * replicability). Used to recognise projects (stage `recognised`) on the way to the plan's 100 projects.
 *
 * The plan sets the count (培育100个) only: indicators, equal weights and goalposts (20 schools, 5 000 students, 10
 * partners, 3 years score full marks) are ours.
 *
 * Source: 徐汇区“教联体”行动方案 二(五) 实施教育协同品牌“双百”计划; 三(四)2 培育100个协同育人特色项目 (target
 * `collaborative-projects`).
 *
 * @example
 * ```ts
 * import { evaluate, shuangbaiProjectFramework } from "@jiaolianti/scoring";
 * const r = evaluate(shuangbaiProjectFramework, { alternatives: [{ id: "proj-football-pipeline-01", values: {
 *   "schools-involved": 12, "students-reached": 2400, "partner-organisations": 4, "expert-rating": 4.2,
 *   "family-participation": 35, "years-running": 2, replicability: 4 } }] });
 * if (r.ok) console.log(r.value.alternatives[0]?.total);
 * ```
 */
export const shuangbaiProjectFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-shuangbai-project",
  version: "2025.1",
  nameZh: "“双百”协同育人特色项目评价",
  nameEn: "Shuangbai featured collaborative project evaluation",
  source: "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 二(五) “双百”计划; 三(四)2 培育100个协同育人特色项目.",
  defaultsNote:
    "Ours: the indicators, equal weights, goalposts (0–20 schools, 0–5 000 students, 0–10 partners, 0–100 % families, 0–3 years, 1–5 ratings) and minCoverage 0.5.",
  minCoverage: 0.5,
  dimensionWeights: { kind: "equal" },
  dimensions: [
    {
      id: "reach",
      nameZh: "覆盖面",
      nameEn: "Reach",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "schools-involved",
          nameZh: "参与学校数",
          nameEn: "Schools involved",
          direction: "benefit",
          unit: UNITS.schools,
          normalization: { method: "goalposts", low: 0, high: 20 },
        },
        {
          id: "students-reached",
          nameZh: "受益学生数",
          nameEn: "Students reached",
          direction: "benefit",
          unit: UNITS.students,
          normalization: { method: "goalposts", low: 0, high: 5000 },
        },
        {
          id: "partner-organisations",
          nameZh: "合作社会单位数",
          nameEn: "Partner organisations",
          direction: "benefit",
          unit: UNITS.count,
          normalization: { method: "goalposts", low: 0, high: 10 },
        },
      ],
    },
    {
      id: "quality",
      nameZh: "质量",
      nameEn: "Quality",
      weights: { kind: "equal" },
      indicators: [
        rating("expert-rating", "专家评审得分", "Expert panel rating"),
        percent("family-participation", "家庭参与率", "Families taking part"),
      ],
    },
    {
      id: "sustainability",
      nameZh: "可持续",
      nameEn: "Sustainability",
      weights: { kind: "equal" },
      indicators: [
        {
          id: "years-running",
          nameZh: "持续运行年数",
          nameEn: "Years running",
          direction: "benefit",
          unit: UNITS.years,
          normalization: { method: "goalposts", low: 0, high: 3 },
        },
        rating("replicability", "可复制推广性", "Replicability"),
      ],
    },
  ],
});

/**
 * Evaluation of a 双百 home–school–society innovation case (家校社协同创新案例; `InnovationCase` records): innovation,
 * evidence of effect, replicability, breadth of collaboration (how many of school, family, society and government
 * take part, 1–4) and documentation — expert ratings 1–5 except breadth. Used to select cases for publication.
 *
 * The plan sets the count (孵化100个) and asks for 可复制的育人解决方案: indicators, AHP judgments (evidence of effect and
 * replicability count most) and goalposts are ours.
 *
 * Source: 徐汇区“教联体”行动方案 一(三) 形成可复制的育人解决方案; 二(五); 三(四)2 孵化100个家校社协同创新案例 (target
 * `innovation-cases`); 四 三是 典型案例宣传推广.
 *
 * @example
 * ```ts
 * import { evaluate, innovationCaseFramework } from "@jiaolianti/scoring";
 * const r = evaluate(innovationCaseFramework, { alternatives: [{ id: "case-2025-017", values: {
 *   innovation: 4, "effect-evidence": 3, replicability: 4, "collaboration-breadth": 3, documentation: 4 } }] });
 * if (r.ok) console.log(r.value.alternatives[0]?.total);
 * ```
 */
export const innovationCaseFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-innovation-case",
  version: "2025.1",
  nameZh: "家校社协同创新案例评价",
  nameEn: "Home–school–society innovation case evaluation",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(三) 可复制的育人解决方案; 三(四)2 孵化100个家校社协同创新案例; 四 三是.",
  defaultsNote:
    "Ours: the indicators, the AHP judgments (evidence of effect and replicability 2× innovation, collaboration breadth and documentation), goalposts 1–5 and 1–4, minCoverage 0.5.",
  minCoverage: 0.5,
  dimensionWeights: { kind: "equal" },
  dimensions: [
    {
      id: "case-quality",
      nameZh: "案例质量",
      nameEn: "Case quality",
      weights: {
        kind: "ahp",
        pairwise: [
          [1, 1 / 2, 1 / 2, 1, 1],
          [2, 1, 1, 2, 2],
          [2, 1, 1, 2, 2],
          [1, 1 / 2, 1 / 2, 1, 1],
          [1, 1 / 2, 1 / 2, 1, 1],
        ],
      },
      indicators: [
        rating("innovation", "创新性", "Innovation"),
        rating("effect-evidence", "实效证据", "Evidence of effect"),
        rating("replicability", "可复制推广性", "Replicability"),
        {
          id: "collaboration-breadth",
          nameZh: "协同主体广度",
          nameEn: "Breadth of collaboration",
          descriptionZh: "学校、家庭、社会、政府部门中参与的主体数",
          direction: "benefit",
          unit: UNITS.count,
          normalization: { method: "goalposts", low: 1, high: 4 },
        },
        rating("documentation", "材料完整规范", "Documentation"),
      ],
    },
  ],
});
