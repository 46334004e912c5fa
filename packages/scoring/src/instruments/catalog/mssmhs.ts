import type { Instrument } from "../Instrument.js";
import { itemIds, numberedItems, shipped } from "./shipped.js";

/** The ten factors of the MSSMHS with their items (REFERENCE.md §1). */
const FACTORS: ReadonlyArray<readonly [id: string, en: string, zh: string, items: ReadonlyArray<number>]> = [
  ["obsessive-compulsive", "Obsessive-compulsive", "强迫症状", [3, 10, 12, 22, 23, 48]],
  ["paranoia", "Paranoia", "偏执", [11, 20, 24, 26, 47, 49]],
  ["hostility", "Hostility", "敌对", [19, 21, 25, 50, 52, 58]],
  ["interpersonal-sensitivity", "Interpersonal tension and sensitivity", "人际关系紧张与敏感", [4, 17, 18, 45, 51, 59]],
  ["depression", "Depression", "抑郁", [5, 13, 14, 16, 44, 57]],
  ["anxiety", "Anxiety", "焦虑", [6, 15, 34, 43, 46, 56]],
  ["academic-pressure", "Academic pressure", "学习压力", [31, 33, 36, 38, 40, 55]],
  ["maladjustment", "Maladjustment", "适应不良", [1, 8, 9, 29, 39, 41]],
  ["emotional-imbalance", "Emotional imbalance", "情绪不平衡", [2, 7, 27, 32, 35, 53]],
  ["psychological-imbalance", "Psychological imbalance", "心理不平衡", [28, 30, 37, 42, 54, 60]],
];

const BANDS = [
  { id: "none", from: 1, label: { en: "None", zh: "无" } },
  { id: "mild", from: 2, label: { en: "Mild", zh: "轻度" } },
  { id: "moderate", from: 3, label: { en: "Moderate", zh: "中等" } },
  { id: "fairly-severe", from: 4, label: { en: "Fairly severe", zh: "较重" } },
  { id: "severe", from: 5, label: { en: "Severe", zh: "严重" } },
];

/**
 * MSSMHS, the Mental Health Scale for Chinese Middle School Students (中国中学生心理健康量表, 王极盛 1997), as data:
 * items `mssmhs-1` … `mssmhs-60` answered 1–5; ten factor scores (mean of six items = sum / 6) and the `overall` mean
 * (the primary scale, sum / 60). Every factor and the overall mean are banded: below 2 `none`, 2–2.99 `mild`,
 * 3–3.99 `moderate`, 4–4.99 `fairly-severe`, 5 `severe` (norm set `wang-1997`; a band runs from its lower bound up to
 * the next one's, so 2.995 is `mild`).
 *
 * Factors: `obsessive-compulsive` 强迫 (3, 10, 12, 22, 23, 48), `paranoia` 偏执 (11, 20, 24, 26, 47, 49), `hostility`
 * 敌对 (19, 21, 25, 50, 52, 58), `interpersonal-sensitivity` 人际紧张敏感 (4, 17, 18, 45, 51, 59), `depression` 抑郁 (5,
 * 13, 14, 16, 44, 57), `anxiety` 焦虑 (6, 15, 34, 43, 46, 56), `academic-pressure` 学习压力 (31, 33, 36, 38, 40, 55),
 * `maladjustment` 适应不良 (1, 8, 9, 29, 39, 41), `emotional-imbalance` 情绪不平衡 (2, 7, 27, 32, 35, 53),
 * `psychological-imbalance` 心理不平衡 (28, 30, 37, 42, 54, 60).
 *
 * Missing answers (the source is silent; our documented convention): a mean over the answered items when at least half
 * are answered — 3 of a factor's 6, 30 of the 60 for the overall mean — else `null` (the "half rule", as in the SF-36
 * manual: Ware JE et al. 1993). Partial means are marked `prorated`. Override per call with `options.missingRules`.
 *
 * Source: 王极盛 (1997), 中国中学生心理健康量表; factor items and bands as in REFERENCE.md §1. Only item ids are
 * shipped, no item text.
 *
 * @example
 * ```ts
 * import { mssmhs, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(mssmhs, Array.from({ length: 60 }, (_, i) => (i < 30 ? 2 : 3)));
 * if (r.ok) console.log(r.value.total, r.value.band); // 2.5 "mild"
 * ```
 */
export const mssmhs: Instrument = shipped({
  id: "mssmhs",
  version: "1.0",
  name: { en: "Mental Health Scale for Chinese Middle School Students (MSSMHS)", zh: "中国中学生心理健康量表(MSSMHS)" },
  source:
    "Wang Jisheng (王极盛) 1997, Mental Health Scale for Chinese Middle School Students: 60 items 1-5, ten factors of six items, factor = sum / 6, overall = sum / 60, bands <2 / 2-2.99 / 3-3.99 / 4-4.99 / 5 (REFERENCE.md section 1). Missing items: half rule (mean of answered items when at least half are answered), our convention.",
  licence:
    "Licence terms are not recorded in REFERENCE.md: no item text is shipped; check terms before reproducing the form.",
  items: numberedItems("mssmhs", 60, 1, 5),
  scales: [
    ...FACTORS.map(([id, en, zh, numbers]) => ({
      kind: "items" as const,
      id,
      label: { en, zh },
      direction: "higher-is-worse" as const,
      items: itemIds("mssmhs", numbers),
      aggregate: "mean" as const,
      missing: { kind: "prorate" as const, minAnswered: 3 },
    })),
    {
      kind: "items",
      id: "overall",
      label: { en: "Overall mean", zh: "总均分" },
      direction: "higher-is-worse",
      items: itemIds(
        "mssmhs",
        Array.from({ length: 60 }, (_, i) => i + 1),
      ),
      aggregate: "mean",
      missing: { kind: "prorate", minAnswered: 30 },
    },
  ],
  primaryScale: "overall",
  normSets: [
    {
      id: "wang-1997",
      label: { en: "MSSMHS severity (Wang 1997)", zh: "心理健康问题程度(王极盛 1997)" },
      source:
        "王极盛 1997: factor and overall means <2 none, 2-2.99 mild, 3-3.99 moderate, 4-4.99 fairly severe, 5 severe.",
      tables: [
        {
          informant: "any",
          scales: [...FACTORS.map(([id]) => ({ scale: id, bands: BANDS })), { scale: "overall", bands: BANDS }],
        },
      ],
    },
  ],
  defaultNormSet: "wang-1997",
  flagRules: [],
});
