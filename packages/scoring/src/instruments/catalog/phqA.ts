import type { Instrument } from "../Instrument.js";
import { phqSeverityBands } from "./phqSeverityBands.js";
import { numberedItems, shipped } from "./shipped.js";

const core = numberedItems("phq", 9, 0, 3);

/**
 * PHQ-A, the PHQ-9 modified for adolescents (青少年版), as data: the nine items `phq-1` … `phq-9` (0–3) scored and
 * banded exactly like the {@link phq9} (0–4 `minimal` … 20–27 `severe`, 1–2 missing prorated, ≥ 3 missing `null`),
 * plus four supplementary items that are not part of the total:
 *
 * | item id | question (paraphrased) | answer |
 * |---|---|---|
 * | `past-year-depressed` | depressed or sad most days in the past year | 1 = yes, 0 = no |
 * | `functional-difficulty` | how difficult the problems made work, home or getting along | 0–3 (not at all … extremely) |
 * | `serious-thoughts-past-month` | serious thoughts of ending one's life in the past month | 1 = yes, 0 = no |
 * | `ever-attempted` | ever tried to kill oneself or made a suicide attempt | 1 = yes, 0 = no |
 *
 * Flag `self-harm` when item 9 ≥ 1 (rule `phqa-item9`), or `serious-thoughts-past-month` is yes
 * (`phqa-serious-thoughts`), or `ever-attempted` is yes (`phqa-ever-attempted`) — whatever the total. Answers come
 * in the order above after `phq-9` (13 in all); in a record, unanswered supplementary items may simply be left out.
 *
 * Source: Johnson JG, Harris ES, Spitzer RL, Williams JBW. The Patient Health Questionnaire for Adolescents. J Adolesc
 * Health 2002;30(3):196–204; REFERENCE.md §1. Free to use. Only item ids are shipped, no item text.
 *
 * @example
 * ```ts
 * import { phqA, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phqA, { "phq-1": 1, "phq-2": 1, "phq-3": 0, "phq-4": 1, "phq-5": 0, "phq-6": 0,
 *   "phq-7": 0, "phq-8": 0, "phq-9": 0, "ever-attempted": 1 });
 * if (r.ok) console.log(r.value.total, r.value.flags); // 3 ["self-harm"]
 * ```
 */
export const phqA: Instrument = shipped({
  id: "phq-a",
  version: "1.0",
  name: { en: "PHQ-9 modified for Adolescents (PHQ-A)", zh: "青少年患者健康问卷(PHQ-A)" },
  source:
    "Johnson JG, Harris ES, Spitzer RL, Williams JBW. The Patient Health Questionnaire for Adolescents: validation of an instrument for the assessment of mental disorders among adolescent primary care patients. J Adolesc Health 2002;30(3):196-204. Bands, proration and self-harm rules: REFERENCE.md section 1.",
  licence:
    "Free to use: no permission is required to reproduce, translate, display or distribute (Pfizer Inc.; phqscreeners.com).",
  items: [
    ...core,
    { id: "past-year-depressed", min: 0, max: 1 },
    { id: "functional-difficulty", min: 0, max: 3 },
    { id: "serious-thoughts-past-month", min: 0, max: 1 },
    { id: "ever-attempted", min: 0, max: 1 },
  ],
  scales: [
    {
      kind: "items",
      id: "total",
      label: { en: "Depression severity", zh: "抑郁严重程度总分" },
      direction: "higher-is-worse",
      items: core.map((i) => i.id),
      aggregate: "sum",
      missing: { kind: "prorate", minAnswered: 7 },
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "johnson-2002",
      label: { en: "PHQ-A severity (PHQ-9 cut-points)", zh: "PHQ-A 严重程度分级(同 PHQ-9)" },
      source:
        "PHQ-9 cut-points 5, 10, 15, 20 (Kroenke 2001) applied to the PHQ-A (Johnson 2002); REFERENCE.md section 1.",
      tables: [{ informant: "any", scales: [{ scale: "total", bands: [...phqSeverityBands] }] }],
    },
  ],
  defaultNormSet: "johnson-2002",
  flagRules: [
    {
      id: "phqa-item9",
      flag: "self-harm",
      anyOf: [{ item: "phq-9", atLeast: 1 }],
      reason:
        "PHQ-A item 9 (thoughts of being better off dead or of hurting oneself) answered on at least several days: raise self-harm whatever the total (REFERENCE.md section 1)",
    },
    {
      id: "phqa-serious-thoughts",
      flag: "self-harm",
      anyOf: [{ item: "serious-thoughts-past-month", atLeast: 1 }],
      reason: "PHQ-A: serious thoughts of ending one's life in the past month answered yes (REFERENCE.md section 1)",
    },
    {
      id: "phqa-ever-attempted",
      flag: "self-harm",
      anyOf: [{ item: "ever-attempted", atLeast: 1 }],
      reason: "PHQ-A: a suicide attempt ever in one's life answered yes (REFERENCE.md section 1)",
    },
  ],
});
