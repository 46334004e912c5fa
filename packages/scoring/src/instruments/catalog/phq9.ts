import type { Instrument } from "../Instrument.js";
import { phqSeverityBands } from "./phqSeverityBands.js";
import { numberedItems, shipped } from "./shipped.js";

const items = numberedItems("phq", 9, 0, 3);

/**
 * PHQ-9, the Patient Health Questionnaire depression scale (患者健康问卷抑郁量表), as data: items `phq-1` … `phq-9`
 * answered 0–3 (not at all … nearly every day), total 0–27 banded 0–4 `minimal`, 5–9 `mild`, 10–14 `moderate`,
 * 15–19 `moderately-severe`, 20–27 `severe` (norm set `kroenke-2001`).
 *
 * - Missing answers: 1–2 missing → the total is prorated `round(sum × 9 / answered)` half up; 3 or more → `null`
 *   (no band).
 * - Flag `self-harm` (rule `phq9-item9`) when item 9 (thoughts of being better off dead or of hurting oneself) is
 *   ≥ 1, whatever the total — also when the total is `null`.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16(9):606–613; REFERENCE.md §1 (proration and
 * flag rule). Free to use (Pfizer; phqscreeners.com). Only item ids are shipped, no item text.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [0, 1, 0, 1, 0, 0, 0, 0, 1]);
 * if (r.ok) console.log(r.value.band, r.value.flags); // "minimal" ["self-harm"]
 * ```
 */
export const phq9: Instrument = shipped({
  id: "phq-9",
  version: "1.0",
  name: { en: "Patient Health Questionnaire-9 (PHQ-9)", zh: "患者健康问卷抑郁量表(PHQ-9)" },
  source:
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606-613. Proration (1-2 missing: round(sum x 9 / answered) half up; 3+ missing: not scored) and the item-9 self-harm flag: REFERENCE.md section 1.",
  licence:
    "Free to use: no permission is required to reproduce, translate, display or distribute (Pfizer Inc.; phqscreeners.com).",
  items,
  scales: [
    {
      kind: "items",
      id: "total",
      label: { en: "Depression severity", zh: "抑郁严重程度总分" },
      direction: "higher-is-worse",
      items: items.map((i) => i.id),
      aggregate: "sum",
      missing: { kind: "prorate", minAnswered: 7 },
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "kroenke-2001",
      label: { en: "PHQ-9 severity (Kroenke 2001)", zh: "PHQ-9 严重程度分级(Kroenke 2001)" },
      source: "Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16(9):606-613: cut-points 5, 10, 15, 20.",
      tables: [{ informant: "any", scales: [{ scale: "total", bands: [...phqSeverityBands] }] }],
    },
  ],
  defaultNormSet: "kroenke-2001",
  flagRules: [
    {
      id: "phq9-item9",
      flag: "self-harm",
      anyOf: [{ item: "phq-9", atLeast: 1 }],
      reason:
        "PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) answered on at least several days: raise self-harm whatever the total (REFERENCE.md section 1)",
    },
  ],
});
