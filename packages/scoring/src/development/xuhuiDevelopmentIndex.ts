import { bmiStandard2014 } from "../fitness/bmiStandard2014.js";
import { deepFreeze } from "../instruments/deepFreeze.js";
import type { DevelopmentIndexConfig, IndexComponent } from "./DevelopmentIndexConfig.js";

const total = (
  id: string,
  instrument: string,
  en: string,
  zh: string,
  low: number,
  high: number,
  direction: "benefit" | "cost",
  weight = 1,
): IndexComponent => ({
  id,
  label: { en, zh },
  source: { kind: "instrument-total", instrument },
  low,
  high,
  direction,
  weight,
});

/**
 * The student development index (学生身心发展指数) shipped as the Xuhui default — a documented starting point that a
 * district changes and re-versions, not a validated psychometric scale. Four domains, each 0–100 (100 = best), every
 * component rescaled between the goalposts of its instrument's own range:
 *
 * | domain | components (weight) | min. coverage |
 * |---|---|---|
 * | mental health 心理健康 | PHQ-9 total 0–27 (1), PHQ-A total 0–27 (1), GAD-7 total 0–21 (1), MSSMHS overall 1–5 (1), all "cost" | 0.25 |
 * | physical health 身体健康 | fitness 标准分 0–100 (2; bonus points above 100 are truncated), BMI item score 0–100 (1: normal 100, under/overweight 80, obese 60 — 教体艺〔2014〕5号) | 0.3 |
 * | social–emotional 社会情感 | SDQ total difficulties 0–40 (2, cost), SDQ prosocial 0–10 (1, benefit) | 0.5 |
 * | family environment 家庭环境 | Family APGAR 0–10 (1, benefit) | 1 |
 *
 * Domain weights come from an AHP pairwise matrix (mental health judged twice as important as physical health and
 * social–emotional development, three times family environment; those two equal; each twice family environment) —
 * priorities ≈ 0.42 / 0.23 / 0.23 / 0.12 with CR ≈ 0.004. These judgments are ours, written down so a district can
 * replace them. The index is the weighted mean of the domains present, `null` below half the domain weight.
 * PSDQ parenting-style means have no better/worse direction and are left out (see family typing).
 *
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008) — goalposts, renormalised weights, coverage;
 * Saaty (1980) — AHP; REFERENCE.md §1–2; 徐汇区“教联体”行动方案 三(二)2 (学生身心发展指数).
 *
 * @example
 * ```ts
 * import { xuhuiDevelopmentIndex } from "@jiaolianti/scoring";
 * xuhuiDevelopmentIndex.domains.map((d) => d.id); // ["mental-health", "physical-health", "social-emotional", "family-environment"]
 * ```
 */
export const xuhuiDevelopmentIndex: DevelopmentIndexConfig = deepFreeze({
  id: "xuhui-development-index",
  version: "1.0.0",
  label: { en: "Student development index (Xuhui default)", zh: "学生身心发展指数(徐汇默认配置)" },
  source:
    "Goalposts = each instrument's own score range; weighted arithmetic mean renormalised over present components and domains with coverage thresholds (OECD/JRC Handbook 2008); domain weights by AHP (Saaty 1980) from judgments shipped as the Xuhui default (our assumption, to be set by the district).",
  domains: [
    {
      id: "mental-health",
      label: { en: "Mental health", zh: "心理健康" },
      minCoverage: 0.25,
      components: [
        total("phq9", "phq-9", "Depressive symptoms (PHQ-9)", "抑郁症状(PHQ-9)", 0, 27, "cost"),
        total("phqa", "phq-a", "Depressive symptoms (PHQ-A)", "抑郁症状(PHQ-A)", 0, 27, "cost"),
        total("gad7", "gad-7", "Anxiety symptoms (GAD-7)", "焦虑症状(GAD-7)", 0, 21, "cost"),
        total(
          "mssmhs",
          "mssmhs",
          "Mental health problems (MSSMHS overall)",
          "心理健康问题(MSSMHS 总均分)",
          1,
          5,
          "cost",
        ),
      ],
    },
    {
      id: "physical-health",
      label: { en: "Physical health", zh: "身体健康" },
      minCoverage: 0.3,
      components: [
        {
          id: "fitness",
          label: { en: "Fitness test total", zh: "体质健康测试总分" },
          source: { kind: "fitness-total" },
          low: 0,
          high: 100,
          direction: "benefit",
          weight: 2,
        },
        {
          id: "bmi",
          label: { en: "BMI item score", zh: "BMI 单项得分" },
          source: { kind: "bmi-category", points: { ...bmiStandard2014.itemScores } },
          low: 0,
          high: 100,
          direction: "benefit",
          weight: 1,
        },
      ],
    },
    {
      id: "social-emotional",
      label: { en: "Social–emotional development", zh: "社会情感" },
      minCoverage: 0.5,
      components: [
        total("sdq-difficulties", "sdq", "Difficulties (SDQ total)", "困难总分(SDQ)", 0, 40, "cost", 2),
        {
          id: "sdq-prosocial",
          label: { en: "Prosocial behaviour (SDQ)", zh: "亲社会行为(SDQ)" },
          source: { kind: "instrument-scale", instrument: "sdq", scale: "prosocial" },
          low: 0,
          high: 10,
          direction: "benefit",
          weight: 1,
        },
      ],
    },
    {
      id: "family-environment",
      label: { en: "Family environment", zh: "家庭环境" },
      minCoverage: 1,
      components: [
        total("apgar", "family-apgar", "Family functioning (Family APGAR)", "家庭功能(APGAR)", 0, 10, "benefit"),
      ],
    },
  ],
  domainWeights: {
    kind: "ahp",
    pairwise: [
      [1, 2, 2, 3],
      [1 / 2, 1, 1, 2],
      [1 / 2, 1, 1, 2],
      [1 / 3, 1 / 2, 1 / 2, 1],
    ],
  },
  minCoverage: 0.5,
}) as DevelopmentIndexConfig;
