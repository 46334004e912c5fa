import type { Instrument } from "../Instrument.js";
import { itemIds, numberedItems, shipped } from "./shipped.js";

const AUTHORITATIVE = [1, 3, 5, 7, 9, 11, 12, 14, 18, 21, 22, 25, 27, 29, 31];
const AUTHORITARIAN = [2, 4, 6, 10, 13, 16, 19, 23, 26, 28, 30, 32];
const PERMISSIVE = [8, 15, 17, 20, 24];

/** Fewest answers for a mean: at least half the scale's items (the "half rule"). */
const halfOf = (n: number) => Math.ceil(n / 2);

/**
 * PSDQ short form, the Parenting Styles and Dimensions Questionnaire (父母教养方式问卷), as data: items `psdq-1` …
 * `psdq-32` answered 1–5; three continuous scale means — `authoritative` (items 1, 3, 5, 7, 9, 11, 12, 14, 18, 21, 22,
 * 25, 27, 29, 31), `authoritarian` (2, 4, 6, 10, 13, 16, 19, 23, 26, 28, 30, 32), `permissive` (8, 15, 17, 20, 24).
 * No total and no bands: the means are not categories (`total` and `band` are `null`; `usable` means all three
 * means are scored). Turning them into a family type is a separate, explicit and configurable rule.
 *
 * Missing answers (the source is silent; our documented convention): a scale mean is the mean of its answered items
 * when at least half of them are answered — 8 of 15, 6 of 12, 3 of 5 — and `null` otherwise (the "half rule" of
 * Likert-scale scoring, as in the SF-36 manual: Ware JE et al. 1993). Means from partial answers are marked
 * `prorated`. Override per call with `options.missingRules`.
 *
 * Source: Robinson CC, Mandleco B, Olsen SF, Hart CH. The Parenting Styles and Dimensions Questionnaire (PSDQ). In:
 * Perlmutter BF, Touliatos J, Holden GW (eds). Handbook of Family Measurement Techniques, vol. 3. Sage 2001:319–321;
 * REFERENCE.md §1. Only item ids are shipped, no item text.
 *
 * @example
 * ```ts
 * import { psdq, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(psdq, Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? 4 : 2)));
 * if (r.ok) console.log(r.value.subscales.permissive?.value); // 2.8
 * ```
 */
export const psdq: Instrument = shipped({
  id: "psdq",
  version: "1.0",
  name: { en: "Parenting Styles and Dimensions Questionnaire, short form (PSDQ)", zh: "父母教养方式问卷简版(PSDQ)" },
  source:
    "Robinson CC, Mandleco B, Olsen SF, Hart CH. The Parenting Styles and Dimensions Questionnaire (PSDQ). In: Perlmutter BF, Touliatos J, Holden GW (eds). Handbook of Family Measurement Techniques, vol. 3. Sage 2001:319-321. Scale item lists: REFERENCE.md section 1. Missing items: half rule (mean of answered items when at least half are answered), our convention.",
  licence:
    "Licence terms are not recorded in REFERENCE.md: no item text is shipped; check terms before reproducing the form.",
  items: numberedItems("psdq", 32, 1, 5),
  scales: [
    ["authoritative", "Authoritative", "权威型", AUTHORITATIVE],
    ["authoritarian", "Authoritarian", "专制型", AUTHORITARIAN],
    ["permissive", "Permissive", "放任型", PERMISSIVE],
  ].map(([id, en, zh, numbers]) => ({
    kind: "items" as const,
    id: id as string,
    label: { en: en as string, zh: zh as string },
    direction: "neutral" as const,
    items: itemIds("psdq", numbers as number[]),
    aggregate: "mean" as const,
    missing: { kind: "prorate" as const, minAnswered: halfOf((numbers as number[]).length) },
  })),
  primaryScale: null,
  normSets: [],
  defaultNormSet: null,
  flagRules: [],
});
