import { deepFreeze } from "../instruments/deepFreeze.js";
import type { WarningRule, WarningRuleSet } from "./WarningRuleSet.js";

/** The ten MSSMHS factors with their Chinese names (王极盛 1997; REFERENCE.md §1). */
const MSSMHS_FACTORS: ReadonlyArray<readonly [id: string, zh: string, en: string]> = [
  ["obsessive-compulsive", "强迫症状", "obsessive-compulsive"],
  ["paranoia", "偏执", "paranoia"],
  ["hostility", "敌对", "hostility"],
  ["interpersonal-sensitivity", "人际关系紧张与敏感", "interpersonal tension and sensitivity"],
  ["depression", "抑郁", "depression"],
  ["anxiety", "焦虑", "anxiety"],
  ["academic-pressure", "学习压力", "academic pressure"],
  ["maladjustment", "适应不良", "maladjustment"],
  ["emotional-imbalance", "情绪不平衡", "emotional imbalance"],
  ["psychological-imbalance", "心理不平衡", "psychological imbalance"],
];

const total = (instrument: string) => ({ kind: "instrument-total" as const, instrument });

const rules: WarningRule[] = [
  {
    id: "red-self-harm",
    criterion: { kind: "instrument-flag", flag: "self-harm" },
    operator: "==",
    threshold: true,
    tier: "red",
    explanation: {
      zh: "出现自伤相关信号(PHQ-9/PHQ-A 第 9 题或 PHQ-A 补充题):安全优先,当日响应,不受其他规则影响",
      en: "A self-harm signal (PHQ-9/PHQ-A item 9 or a PHQ-A supplementary question): safety first, same-day response, whatever the other rules say",
    },
  },
  ...(["phq-9", "phq-a"] as const).map(
    (id): WarningRule => ({
      id: `orange-${id.replace("-", "")}-15`,
      criterion: total(id),
      operator: ">=",
      threshold: 15,
      tier: "orange",
      explanation: {
        zh: `${id.toUpperCase()} 总分 ≥ 15(中重度及以上抑郁症状)`,
        en: `${id.toUpperCase()} total 15 or more (moderately severe or severe depressive symptoms)`,
      },
    }),
  ),
  {
    id: "orange-gad7-15",
    criterion: total("gad-7"),
    operator: ">=",
    threshold: 15,
    tier: "orange",
    explanation: { zh: "GAD-7 总分 ≥ 15(重度焦虑症状)", en: "GAD-7 total 15 or more (severe anxiety symptoms)" },
  },
  {
    id: "orange-sdq-abnormal",
    criterion: { kind: "instrument-band", instrument: "sdq" },
    operator: ">=",
    threshold: "abnormal",
    tier: "orange",
    explanation: {
      zh: "SDQ 困难总分在所用常模的“异常”范围",
      en: "SDQ total difficulties in the abnormal range of the norm set used",
    },
  },
  {
    id: "orange-mssmhs-overall-3",
    criterion: total("mssmhs"),
    operator: ">=",
    threshold: 3,
    tier: "orange",
    explanation: {
      zh: "中学生心理健康量表总均分 ≥ 3(中等及以上程度)",
      en: "MSSMHS overall mean 3 or more (moderate or more)",
    },
  },
  ...(["phq-9", "phq-a"] as const).map(
    (id): WarningRule => ({
      id: `yellow-${id.replace("-", "")}-10`,
      criterion: total(id),
      operator: ">=",
      threshold: 10,
      tier: "yellow",
      explanation: {
        zh: `${id.toUpperCase()} 总分 ≥ 10(中度抑郁症状)`,
        en: `${id.toUpperCase()} total 10 or more (moderate depressive symptoms)`,
      },
    }),
  ),
  {
    id: "yellow-gad7-10",
    criterion: total("gad-7"),
    operator: ">=",
    threshold: 10,
    tier: "yellow",
    explanation: {
      zh: "GAD-7 总分 ≥ 10(中度焦虑症状,常用转介界值)",
      en: "GAD-7 total 10 or more (moderate anxiety symptoms, the usual referral point)",
    },
  },
  {
    id: "yellow-sdq-borderline",
    criterion: { kind: "instrument-band", instrument: "sdq" },
    operator: ">=",
    threshold: "borderline",
    tier: "yellow",
    explanation: {
      zh: "SDQ 困难总分在所用常模的“临界”范围或以上",
      en: "SDQ total difficulties borderline or above in the norm set used",
    },
  },
  ...MSSMHS_FACTORS.map(
    ([factor, zh, en]): WarningRule => ({
      id: `yellow-mssmhs-${factor}-2`,
      criterion: { kind: "instrument-scale", instrument: "mssmhs", scale: factor },
      operator: ">=",
      threshold: 2,
      tier: "yellow",
      explanation: {
        zh: `中学生心理健康量表“${zh}”因子均分 ≥ 2(轻度及以上)`,
        en: `MSSMHS ${en} factor mean 2 or more (mild or more)`,
      },
    }),
  ),
  {
    id: "yellow-apgar-3",
    criterion: total("family-apgar"),
    operator: "<=",
    threshold: 3,
    tier: "yellow",
    explanation: {
      zh: "家庭功能评估(APGAR)总分 ≤ 3(家庭支持明显不足)",
      en: "Family APGAR total 3 or less (family support markedly lacking)",
    },
  },
  {
    id: "yellow-bmi-obese",
    criterion: { kind: "bmi-category" },
    operator: "in",
    threshold: ["obese"],
    tier: "yellow",
    explanation: {
      zh: "BMI 在《国家学生体质健康标准》的肥胖范围",
      en: "BMI in the obese range of the national student fitness standard",
    },
  },
  {
    id: "yellow-fitness-60",
    criterion: { kind: "fitness-total" },
    operator: "<",
    threshold: 60,
    tier: "yellow",
    explanation: {
      zh: "体质健康测试总分 < 60(不及格)",
      en: "Fitness test total below 60 (fail)",
    },
  },
];

/**
 * The four-tier warning list (四阶预警清单) shipped as the Xuhui default — a starting point that a district adopts,
 * changes and re-versions as its own configuration, not a clinical standard:
 *
 * - **red** 红 — any `self-harm` flag (PHQ-9 item 9 ≥ 1; PHQ-A item 9 ≥ 1, serious thoughts of ending life in the past
 *   month, or an attempt ever): a safety override no other rule, weight or missing score can hide (same-day response);
 * - **orange** 橙 (≈ MTSS Tier 3) — PHQ-9 or PHQ-A ≥ 15, GAD-7 ≥ 15, SDQ total difficulties abnormal, MSSMHS overall
 *   mean ≥ 3;
 * - **yellow** 黄 (≈ Tier 2) — PHQ-9 or PHQ-A ≥ 10 (so 10–14 when not orange), GAD-7 ≥ 10, SDQ total borderline or
 *   above, any MSSMHS factor mean ≥ 2, Family APGAR ≤ 3, obese BMI, fitness total < 60;
 * - **green** 绿 — otherwise, provided at least one mental-health screening (PHQ-9, PHQ-A, GAD-7, SDQ, MSSMHS) gave a
 *   usable score; with none, the tier is undetermined.
 *
 * Source: REFERENCE.md §3 (a four-tier design with a self-harm override and Tier 2/3 thresholds); cut-points from the
 * instruments' sources (Kroenke 2001, Spitzer 2006, Du, Kou & Coghill 2008, 王极盛 1997, Smilkstein 1978, 教体艺〔2014〕5号);
 * 徐汇区“教联体”行动方案 三(二)2 (四阶预警清单).
 *
 * @example
 * ```ts
 * import { xuhuiWarningRules } from "@jiaolianti/scoring";
 * xuhuiWarningRules.version; // "1.0.0"
 * xuhuiWarningRules.rules.filter((r) => r.tier === "orange").map((r) => r.id);
 * ```
 */
export const xuhuiWarningRules: WarningRuleSet = deepFreeze({
  id: "xuhui-four-tier",
  version: "1.0.0",
  label: { zh: "徐汇区四阶预警清单(默认配置)", en: "Xuhui four-tier warning list (default configuration)" },
  source:
    "REFERENCE.md section 3 (red = self-harm override; orange ~ MTSS Tier 3: PHQ >= 15, GAD-7 >= 15, SDQ abnormal, MSSMHS overall >= 3; yellow ~ Tier 2: PHQ or GAD-7 10-14, SDQ borderline, any MSSMHS factor >= 2, APGAR <= 3, obese BMI, fitness < 60). Shipped as the Xuhui default; a district changes the thresholds as its own versioned configuration.",
  rules,
  greenNeedsAnyOf: ["phq-9", "phq-a", "gad-7", "sdq", "mssmhs"],
}) as WarningRuleSet;
