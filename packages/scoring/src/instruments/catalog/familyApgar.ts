import type { Instrument } from "../Instrument.js";
import { shipped } from "./shipped.js";

const ITEMS = ["adaptation", "partnership", "growth", "affection", "resolve"] as const;

/**
 * Family APGAR (家庭功能评估表), as data: five items `adaptation`, `partnership`, `growth`, `affection`, `resolve`,
 * answered 0–2 (hardly ever, some of the time, almost always); total 0–10, higher is better, banded 7–10
 * `functional`, 4–6 `moderately-dysfunctional`, 0–3 `severely-dysfunctional` (norm set `smilkstein-1978`).
 *
 * Missing answers: the source gives no proration rule, so any missing item makes the total `null` (override per call
 * with `options.missingRules`, recorded in the result). Band wording is for professionals; show families
 * non-stigmatizing labels (REFERENCE.md §3).
 *
 * Source: Smilkstein G. The family APGAR: a proposal for a family function test and its use by physicians. J Fam Pract
 * 1978;6(6):1231–1239; REFERENCE.md §1. No cost to use.
 *
 * @example
 * ```ts
 * import { familyApgar, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(familyApgar, { adaptation: 2, partnership: 1, growth: 1, affection: 2, resolve: 1 });
 * if (r.ok) console.log(r.value.total, r.value.band); // 7 "functional"
 * ```
 */
export const familyApgar: Instrument = shipped({
  id: "family-apgar",
  version: "1.0",
  name: { en: "Family APGAR", zh: "家庭功能评估表(APGAR)" },
  source:
    "Smilkstein G. The family APGAR: a proposal for a family function test and its use by physicians. J Fam Pract 1978;6(6):1231-1239. Bands 7-10 / 4-6 / 0-3: REFERENCE.md section 1. No proration rule is published: any missing item leaves the total unscored.",
  licence: "No cost to use.",
  items: ITEMS.map((id) => ({ id, min: 0, max: 2 })),
  scales: [
    {
      kind: "items",
      id: "total",
      label: { en: "Family function", zh: "家庭功能总分" },
      direction: "higher-is-better",
      items: [...ITEMS],
      aggregate: "sum",
      missing: { kind: "complete" },
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "smilkstein-1978",
      label: { en: "Family APGAR (Smilkstein 1978)", zh: "家庭功能分级(Smilkstein 1978)" },
      source: "Smilkstein G. J Fam Pract 1978;6(6):1231-1239; REFERENCE.md section 1.",
      tables: [
        {
          informant: "any",
          scales: [
            {
              scale: "total",
              bands: [
                {
                  id: "severely-dysfunctional",
                  from: 0,
                  label: { en: "Severely dysfunctional", zh: "家庭功能严重障碍" },
                },
                {
                  id: "moderately-dysfunctional",
                  from: 4,
                  label: { en: "Moderately dysfunctional", zh: "家庭功能中度障碍" },
                },
                { id: "functional", from: 7, label: { en: "Functional", zh: "家庭功能良好" } },
              ],
            },
          ],
        },
      ],
    },
  ],
  defaultNormSet: "smilkstein-1978",
  flagRules: [],
});
