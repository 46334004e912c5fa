import type { Instrument } from "../Instrument.js";
import { numberedItems, shipped } from "./shipped.js";

const items = numberedItems("gad", 7, 0, 3);

/**
 * GAD-7, the Generalized Anxiety Disorder scale (广泛性焦虑障碍量表), as data: items `gad-1` … `gad-7` answered 0–3,
 * total 0–21 banded 0–4 `minimal`, 5–9 `mild`, 10–14 `moderate`, 15–21 `severe` (norm set `spitzer-2006`). A total
 * ≥ 10 is the usual referral point (a tier rule's business, not a band).
 *
 * Missing answers: the source gives no proration rule, so none is assumed — any missing item makes the total `null`
 * (no band). A district that adopts a convention says so explicitly per call, and the result records it:
 * `scoreInstrument(gad7, answers, { missingRules: { total: { kind: "prorate", minAnswered: 6 } } })` prorates one
 * missing item as `round(sum × 7 / 6)` half up (the PHQ-9 rule by analogy, not a published GAD-7 rule).
 *
 * Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the
 * GAD-7. Arch Intern Med 2006;166(10):1092–1097; REFERENCE.md §1. Free to use. Only item ids are shipped.
 *
 * @example
 * ```ts
 * import { gad7, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(gad7, [2, 2, 1, 2, 1, 1, 1]);
 * if (r.ok) console.log(r.value.total, r.value.band); // 10 "moderate"
 * ```
 */
export const gad7: Instrument = shipped({
  id: "gad-7",
  version: "1.0",
  name: { en: "Generalized Anxiety Disorder-7 (GAD-7)", zh: "广泛性焦虑障碍量表(GAD-7)" },
  source:
    "Spitzer RL, Kroenke K, Williams JBW, Lowe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097. No proration rule is published: any missing item leaves the total unscored unless the caller opts into a rule (options.missingRules).",
  licence:
    "Free to use: no permission is required to reproduce, translate, display or distribute (Pfizer Inc.; phqscreeners.com).",
  items,
  scales: [
    {
      kind: "items",
      id: "total",
      label: { en: "Anxiety severity", zh: "焦虑严重程度总分" },
      direction: "higher-is-worse",
      items: items.map((i) => i.id),
      aggregate: "sum",
      missing: { kind: "complete" },
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "spitzer-2006",
      label: { en: "GAD-7 severity (Spitzer 2006)", zh: "GAD-7 严重程度分级(Spitzer 2006)" },
      source: "Spitzer RL et al. Arch Intern Med 2006;166(10):1092-1097: cut-points 5, 10, 15.",
      tables: [
        {
          informant: "any",
          scales: [
            {
              scale: "total",
              bands: [
                { id: "minimal", from: 0, label: { en: "Minimal", zh: "无或极轻微" } },
                { id: "mild", from: 5, label: { en: "Mild", zh: "轻度" } },
                { id: "moderate", from: 10, label: { en: "Moderate", zh: "中度" } },
                { id: "severe", from: 15, label: { en: "Severe", zh: "重度" } },
              ],
            },
          ],
        },
      ],
    },
  ],
  defaultNormSet: "spitzer-2006",
  flagRules: [],
});
