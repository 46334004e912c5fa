import { SDQ_ITEM_IDS } from "@jiaolianti/core";
import type { Instrument } from "../Instrument.js";
import { shipped } from "./shipped.js";

/** SDQ items in questionnaire order (Youth in Mind's variable names; no item text): the ids core's answers carry. */
const ITEMS = SDQ_ITEM_IDS;

/** Reverse-scored items (scored 2 − answer). */
const REVERSED = new Set<string>(["obeys", "reflect", "attends", "friend", "popular"]);

const SCALES = [
  ["emotional", "Emotional symptoms", "情绪症状", ["somatic", "worries", "unhappy", "clingy", "afraid"]],
  ["conduct", "Conduct problems", "品行问题", ["tantrum", "obeys", "fights", "lies", "steals"]],
  [
    "hyperactivity",
    "Hyperactivity/inattention",
    "多动/注意不集中",
    ["restles", "fidgety", "distrac", "reflect", "attends"],
  ],
  ["peer", "Peer relationship problems", "同伴交往问题", ["loner", "friend", "popular", "bullied", "oldbest"]],
  ["prosocial", "Prosocial behaviour", "亲社会行为", ["consid", "shares", "caring", "kind", "helpout"]],
] as const;

const NORMAL = { en: "Normal", zh: "正常" };
const BORDERLINE = { en: "Borderline", zh: "临界" };
const ABNORMAL = { en: "Abnormal", zh: "异常" };

/** Difficulty bands from published ranges "0–a / (a+1)–b / (b+1)–max": normal, borderline, abnormal. */
const difficulty = (borderlineFrom: number, abnormalFrom: number) => [
  { id: "normal", from: 0, label: NORMAL },
  { id: "borderline", from: borderlineFrom, label: BORDERLINE },
  { id: "abnormal", from: abnormalFrom, label: ABNORMAL },
];

/** Prosocial bands from published ranges "normal c–10 / borderline b–(c−1) / abnormal 0–(b−1)" (higher is better). */
const prosocial = (borderlineFrom: number, normalFrom: number) => [
  { id: "abnormal", from: 0, label: ABNORMAL },
  { id: "borderline", from: borderlineFrom, label: BORDERLINE },
  { id: "normal", from: normalFrom, label: NORMAL },
];

/**
 * SDQ, the Strengths and Difficulties Questionnaire (长处和困难问卷) — SCORING ONLY, as data. The SDQ is © Youth in Mind:
 * only Youth in Mind may make electronic versions of the questionnaire, so this package ships no item text and no
 * form; it scores answers collected elsewhere (on the official paper or licensed forms).
 *
 * - 25 items answered 0–2 (not true, somewhat true, certainly true), in questionnaire order: consid, restles, somatic,
 *   shares, tantrum, loner, obeys, worries, caring, fidgety, friend, fights, unhappy, popular, distrac, clingy, kind,
 *   lies, bullied, helpout, reflect, steals, oldbest, afraid, attends. `obeys`, `reflect`, `attends`, `friend` and
 *   `popular` are reverse-scored (2 − answer).
 * - Five scales of five items: `emotional`, `conduct`, `hyperactivity`, `peer`, `prosocial`. A scale is scored when
 *   at least 3 of its 5 items are answered: `floor(0.5 + mean × 5)` (= the sum when all five are answered).
 * - `total` (total difficulties, the primary scale, 0–40) = emotional + conduct + hyperactivity + peer (prosocial
 *   excluded), `null` when any of the four is `null`. `internalising` = emotional + peer, `externalising` = conduct +
 *   hyperactivity, likewise `null` when a part is (no bands are published for them here).
 * - Bands `normal` / `borderline` / `abnormal` per informant (`options.informant`, required): norm set `cn-du2008`
 *   (the default; `self`, `parent`, `teacher`) and `uk` (`parent` only; the UK parent prosocial bands conflict
 *   between sources and are left out: prosocial gets band `null` with that reason).
 *
 * Sources: Goodman R. The Strengths and Difficulties Questionnaire: a research note. J Child Psychol Psychiatry
 * 1997;38:581–586; scoring per sdqinfo.org (Youth in Mind); Du Y, Kou J, Coghill D. The validity, reliability and
 * normative scores of the parent, teacher and self report versions of the SDQ in China. Child Adolesc Psychiatry Ment
 * Health 2008;2:8; REFERENCE.md §1.
 *
 * @example
 * ```ts
 * import { scoreInstrument, sdq } from "@jiaolianti/scoring";
 * const answers = [1, 1, 0, 2, 0, 0, 2, 1, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 0, 1, 1, 0, 0, 1, 1];
 * const r = scoreInstrument(sdq, answers, { normSet: "cn-du2008", informant: "parent" });
 * if (r.ok) console.log(r.value.total, r.value.band, r.value.subscales.prosocial?.band);
 * ```
 */
export const sdq: Instrument = shipped({
  id: "sdq",
  version: "1.0",
  name: { en: "Strengths and Difficulties Questionnaire (SDQ), scoring only", zh: "长处和困难问卷(SDQ)计分" },
  source:
    "Goodman R. J Child Psychol Psychiatry 1997;38:581-586; scoring of sdqinfo.org (Youth in Mind): a scale is scored when at least 3 of its 5 items are answered, floor(0.5 + mean x 5); total difficulties = emotional + conduct + hyperactivity + peer. REFERENCE.md section 1.",
  licence:
    "SDQ (c) Youth in Mind. Only Youth in Mind may make electronic versions of the questionnaire: this definition carries no item text and scores answers collected elsewhere.",
  items: ITEMS.map((id) => (REVERSED.has(id) ? { id, min: 0, max: 2, reverse: true } : { id, min: 0, max: 2 })),
  scales: [
    ...SCALES.map(([id, en, zh, items]) => ({
      kind: "items" as const,
      id,
      label: { en, zh },
      direction: id === "prosocial" ? ("higher-is-better" as const) : ("higher-is-worse" as const),
      items: [...items],
      aggregate: "sum" as const,
      missing: { kind: "prorate" as const, minAnswered: 3 },
    })),
    {
      kind: "sum-of-scales",
      id: "total",
      label: { en: "Total difficulties", zh: "困难总分" },
      direction: "higher-is-worse",
      scales: ["emotional", "conduct", "hyperactivity", "peer"],
    },
    {
      kind: "sum-of-scales",
      id: "internalising",
      label: { en: "Internalising", zh: "内化问题" },
      direction: "higher-is-worse",
      scales: ["emotional", "peer"],
    },
    {
      kind: "sum-of-scales",
      id: "externalising",
      label: { en: "Externalising", zh: "外化问题" },
      direction: "higher-is-worse",
      scales: ["conduct", "hyperactivity"],
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "cn-du2008",
      label: { en: "China (Du, Kou & Coghill 2008)", zh: "中国常模(杜亚松等 2008)" },
      source:
        "Du Y, Kou J, Coghill D. The validity, reliability and normative scores of the parent, teacher and self report versions of the Strengths and Difficulties Questionnaire in China. Child Adolesc Psychiatry Ment Health 2008;2:8.",
      tables: [
        {
          informant: "self",
          scales: [
            { scale: "total", bands: difficulty(15, 18) }, // 0–14 / 15–17 / 18–40
            { scale: "emotional", bands: difficulty(5, 6) }, // 0–4 / 5 / 6–10
            { scale: "conduct", bands: difficulty(4, 5) }, // 0–3 / 4 / 5–10
            { scale: "hyperactivity", bands: difficulty(6, 7) }, // 0–5 / 6 / 7–10
            { scale: "peer", bands: difficulty(5, 6) }, // 0–4 / 5 / 6–10
            { scale: "prosocial", bands: prosocial(5, 6) }, // normal 6–10 / 5 / abnormal 0–4
          ],
        },
        {
          informant: "parent",
          scales: [
            { scale: "total", bands: difficulty(15, 17) }, // 0–14 / 15–16 / 17–40
            { scale: "emotional", bands: difficulty(4, 5) }, // 0–3 / 4 / 5–10
            { scale: "conduct", bands: difficulty(3, 4) }, // 0–2 / 3 / 4–10
            { scale: "hyperactivity", bands: difficulty(7, 8) }, // 0–6 / 7 / 8–10
            { scale: "peer", bands: difficulty(5, 6) }, // 0–4 / 5 / 6–10
            { scale: "prosocial", bands: prosocial(5, 6) }, // normal 6–10 / 5 / abnormal 0–4
          ],
        },
        {
          informant: "teacher",
          scales: [
            { scale: "total", bands: difficulty(14, 18) }, // 0–13 / 14–17 / 18–40
            { scale: "emotional", bands: difficulty(4, 5) }, // 0–3 / 4 / 5–10
            { scale: "conduct", bands: difficulty(3, 4) }, // 0–2 / 3 / 4–10
            { scale: "hyperactivity", bands: difficulty(7, 9) }, // 0–6 / 7–8 / 9–10
            { scale: "peer", bands: difficulty(5, 6) }, // 0–4 / 5 / 6–10
            { scale: "prosocial", bands: prosocial(4, 5) }, // normal 5–10 / 4 / abnormal 0–3
          ],
        },
      ],
    },
    {
      id: "uk",
      label: { en: "UK parent (sdqinfo.org)", zh: "英国家长版常模(sdqinfo.org)" },
      source: "UK parent-report bands published on sdqinfo.org (Youth in Mind); REFERENCE.md section 1.",
      tables: [
        {
          informant: "parent",
          scales: [
            { scale: "total", bands: difficulty(14, 17) }, // 0–13 / 14–16 / 17–40
            { scale: "emotional", bands: difficulty(4, 5) }, // 0–3 / 4 / 5–10
            { scale: "conduct", bands: difficulty(3, 4) }, // 0–2 / 3 / 4–10
            { scale: "hyperactivity", bands: difficulty(6, 7) }, // 0–5 / 6 / 7–10
            { scale: "peer", bands: difficulty(3, 4) }, // 0–2 / 3 / 4–10
            {
              scale: "prosocial",
              omitted:
                "the UK parent prosocial bands conflict between sources, so they are left out rather than guessed (REFERENCE.md section 1)",
            },
          ],
        },
      ],
    },
  ],
  defaultNormSet: "cn-du2008",
  flagRules: [],
});
