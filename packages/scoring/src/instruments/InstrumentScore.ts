import type { AssessmentInformant } from "@jiaolianti/core";

/**
 * One scored scale, explained: its value (`null` when too few items were answered, or a part of a sum is `null`),
 * whether it was prorated, its band (`null` with `bandReason` when there is none), and how it was computed.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [1, 1, null, 2, 1, 1, 2, 1, 0]);
 * if (r.ok) console.log(r.value.explanation.total?.rule); // "1 of 9 items missing (phq-3): prorated …"
 * ```
 */
export interface ScaleResult {
  readonly scale: string;
  readonly value: number | null;
  readonly prorated: boolean;
  readonly band: string | null;
  /** Why this band (its range and the norm set), or why there is none. */
  readonly bandReason: string;
  /** Items answered (for a sum of scales: parts scored). */
  readonly answered: number;
  /** Items in the scale (for a sum of scales: parts). */
  readonly of: number;
  /** Sum of the answered items after reverse scoring (for a sum of scales: of the scored parts). */
  readonly rawSum: number;
  /** Ids of the scale's unanswered items (for a sum of scales: ids of its unscored parts). */
  readonly missing: ReadonlyArray<string>;
  /** How the value was computed, in words, e.g. `"1 of 9 items missing (phq-3): prorated round(14 × 9 / 8) half up = 16"`. */
  readonly rule: string;
}

/**
 * A flag rule that fired, with the answers that made it fire.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
 * if (r.ok) console.log(r.value.explanation.firedRules[0]?.evidence); // [{ item: "phq-9", value: 1, atLeast: 1 }]
 * ```
 */
export interface FiredRule {
  readonly rule: string;
  readonly flag: string;
  readonly reason: string;
  readonly evidence: ReadonlyArray<{ readonly item: string; readonly value: number; readonly atLeast: number }>;
}

/**
 * A flag rule that did not fire but could have: some of its items were not answered, so the flag cannot be ruled out.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [0, 0, 0, 0, 0, 0, 0, 0, null]);
 * if (r.ok) console.log(r.value.unresolvedFlags); // ["self-harm"]: item 9 was not answered
 * ```
 */
export interface UncheckedRule {
  readonly rule: string;
  readonly flag: string;
  readonly missingItems: ReadonlyArray<string>;
}

/**
 * Why a score is what it is: the primary scale in detail, the missing items, the flag rules that fired (and those
 * that could not be checked), the norm set's source, and a plain-language summary.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [0, 1, 0, 1, 0, 1, 0, 0, 1]);
 * if (r.ok) console.log(r.value.explanation.summary.join("\n"));
 * ```
 */
export interface ScoreExplanation {
  /** The primary scale (reported as `total` and `band`), in detail; `null` when the instrument has none. */
  readonly total: ScaleResult | null;
  /** Ids of all unanswered items, in item order. */
  readonly missingItems: ReadonlyArray<string>;
  readonly firedRules: ReadonlyArray<FiredRule>;
  readonly uncheckedRules: ReadonlyArray<UncheckedRule>;
  /** Scale ids whose missing-data rule the caller replaced (`options.missingRules`). */
  readonly overriddenMissingRules: ReadonlyArray<string>;
  /** Source of the norm set's bands. */
  readonly normSetSource: string | null;
  /** One line per fact, in English: instrument and norm set, missing items, total and band, flags. */
  readonly summary: ReadonlyArray<string>;
}

/**
 * The scored answers of one student to one instrument, explained (STYLE §7) and ready to store as an
 * `AssessmentResult` (see {@link toAssessmentResult}). `total`/`band` are the primary scale; `null` where a score
 * is unusable — never guess a tier from it. Flags are raised from the answers whatever the scores.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument } from "@jiaolianti/scoring";
 * const r = scoreInstrument(phq9, [1, 0, 1, 0, 0, 1, 0, 0, 1]);
 * if (r.ok) console.log(r.value.total, r.value.band, r.value.flags); // 4 "minimal" ["self-harm"]
 * ```
 */
export interface InstrumentScore {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  /** The norm set whose bands were used; `null` when none was. */
  readonly normSet: string | null;
  /** Who answered, as given in the options. */
  readonly informant: AssessmentInformant | null;
  /** The informant whose band table was used; `null` when the norm set's bands are for any informant (or no norm set). */
  readonly normSetInformant: AssessmentInformant | null;
  /** The primary scale's score (PHQ-9 total, SDQ total difficulties, MSSMHS overall mean); `null` when unusable or the instrument has no total. */
  readonly total: number | null;
  /** The primary scale's band id; `null` when the total is `null` or has no band. */
  readonly band: string | null;
  /** Every other scale, by scale id. */
  readonly subscales: Readonly<Record<string, ScaleResult>>;
  /** Flags raised (e.g. `self-harm`), distinct, in rule order. */
  readonly flags: ReadonlyArray<string>;
  /** Flags not raised that cannot be ruled out because an item of their rule was not answered. */
  readonly unresolvedFlags: ReadonlyArray<string>;
  /** `true` when the total or any subscale was prorated from partial answers. */
  readonly prorated: boolean;
  /** Number of items answered (of `itemCount`). */
  readonly answered: number;
  readonly itemCount: number;
  /** The primary scale has a value (for an instrument without one: every item scale has a value). */
  readonly usable: boolean;
  readonly explanation: ScoreExplanation;
}
