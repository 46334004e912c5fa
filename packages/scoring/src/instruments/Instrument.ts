import { AssessmentInformant, Code, InstrumentVersion } from "@jiaolianti/core";
import { z } from "zod";
import type { DeepReadonly } from "./deepFreeze.js";
import { instrumentIssues } from "./instrumentIssues.js";
import { MAX_INSTRUMENT_ITEMS } from "./instrumentLimits.js";

/**
 * A short bilingual label (scale, band or instrument name). Never item text: some instruments (the SDQ) may not be
 * reproduced electronically, so definitions carry ids and ranges only.
 *
 * @example
 * ```ts
 * import { InstrumentLabel } from "@jiaolianti/scoring";
 * InstrumentLabel.parse({ en: "Emotional symptoms", zh: "情绪症状" });
 * ```
 */
export const InstrumentLabel = z.strictObject({
  en: z.string().min(1).max(200),
  zh: z.string().min(1).max(200),
});
/** A short bilingual label. */
export type InstrumentLabel = z.infer<typeof InstrumentLabel>;

/**
 * One item of an instrument: its id (the instrument's own item code, e.g. `"phq-9"`, `"obeys"`), the integer response
 * range `min`–`max`, and whether it is reverse-scored (scored as `min + max − answer`; for the SDQ's 0–2 items that is
 * `2 − x`). Ranges are limited to −100…100 so answers fit the columnar scorer's bytes.
 *
 * @example
 * ```ts
 * import { InstrumentItem } from "@jiaolianti/scoring";
 * InstrumentItem.parse({ id: "obeys", min: 0, max: 2, reverse: true });
 * ```
 */
export const InstrumentItem = z.strictObject({
  id: Code,
  min: z.int().min(-100).max(100),
  max: z.int().min(-100).max(100),
  /** Scored as `min + max − answer`. @default false */
  reverse: z.boolean().optional(),
});
/** One item of an instrument. */
export type InstrumentItem = z.infer<typeof InstrumentItem>;

/**
 * What a scale does with missing answers:
 *
 * - `complete` — every item must be answered, else the scale is `null`;
 * - `prorate` — scored when at least `minAnswered` items are answered. A `sum` scale becomes
 *   `round(sum × n / answered)` rounded half up (n = items in the scale; this equals the SDQ's `floor(0.5 + mean × n)`
 *   and the PHQ-9's `round(sum × 9 / answered)`); a `mean` scale becomes `sum / answered`.
 *
 * @example
 * ```ts
 * import { MissingRule } from "@jiaolianti/scoring";
 * MissingRule.parse({ kind: "prorate", minAnswered: 7 }); // PHQ-9: at most 2 of 9 missing
 * ```
 */
export const MissingRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("complete") }),
  z.strictObject({ kind: z.literal("prorate"), minAnswered: z.int().min(1).max(MAX_INSTRUMENT_ITEMS) }),
]);
/** What a scale does with missing answers. */
export type MissingRule = z.infer<typeof MissingRule>;

/**
 * What a higher score means: more difficulty (`higher-is-worse`: PHQ-9, SDQ difficulties), more strength
 * (`higher-is-better`: SDQ prosocial, Family APGAR), or neither (`neutral`: a descriptive dimension such as a PSDQ
 * parenting-style mean). Band severity follows it (a tier engine reads it; property tests check bands are monotone).
 *
 * @example
 * ```ts
 * import { ScoreDirection } from "@jiaolianti/scoring";
 * ScoreDirection.parse("higher-is-better");
 * ```
 */
export const ScoreDirection = z.enum(["higher-is-worse", "higher-is-better", "neutral"]);
/** What a higher score means. */
export type ScoreDirection = z.infer<typeof ScoreDirection>;

/**
 * A scale scored from items: the `sum` or `mean` of its items (after reverse scoring), with a {@link MissingRule}.
 *
 * @example
 * ```ts
 * import { ItemScale } from "@jiaolianti/scoring";
 * ItemScale.parse({
 *   kind: "items", id: "total", label: { en: "Total", zh: "总分" }, direction: "higher-is-worse",
 *   items: ["gad-1", "gad-2"], aggregate: "sum", missing: { kind: "complete" },
 * });
 * ```
 */
export const ItemScale = z.strictObject({
  kind: z.literal("items"),
  id: Code,
  label: InstrumentLabel,
  direction: ScoreDirection,
  items: z.array(Code).min(1).max(MAX_INSTRUMENT_ITEMS),
  aggregate: z.enum(["sum", "mean"]),
  missing: MissingRule,
});
/** A scale scored from items. */
export type ItemScale = z.infer<typeof ItemScale>;

/**
 * A scale that is the sum of scales declared before it (SDQ total difficulties = emotional + conduct + hyperactivity +
 * peer); `null` when any part is `null`, prorated when any part was.
 *
 * @example
 * ```ts
 * import { SumOfScales } from "@jiaolianti/scoring";
 * SumOfScales.parse({
 *   kind: "sum-of-scales", id: "internalising", label: { en: "Internalising", zh: "内化问题" },
 *   direction: "higher-is-worse", scales: ["emotional", "peer"],
 * });
 * ```
 */
export const SumOfScales = z.strictObject({
  kind: z.literal("sum-of-scales"),
  id: Code,
  label: InstrumentLabel,
  direction: ScoreDirection,
  scales: z.array(Code).min(1).max(50),
});
/** A scale that sums earlier scales. */
export type SumOfScales = z.infer<typeof SumOfScales>;

/** A scale of an instrument: from items, or the sum of earlier scales. */
export const InstrumentScale = z.discriminatedUnion("kind", [ItemScale, SumOfScales]);
/** A scale of an instrument. */
export type InstrumentScale = z.infer<typeof InstrumentScale>;

/**
 * One band of a scale: its id and the lowest score it covers (`from`, inclusive). A band runs up to the next band's
 * `from` (exclusive), the last one up to the scale's maximum, so integer tables (`0–4`, `5–9` → from 0, from 5) and
 * continuous ones (MSSMHS `2–2.99` → from 2) need no gaps. Bands are listed in ascending `from`.
 *
 * @example
 * ```ts
 * import { Band } from "@jiaolianti/scoring";
 * Band.parse({ id: "mild", from: 5, label: { en: "Mild", zh: "轻度" } });
 * ```
 */
export const Band = z.strictObject({
  id: Code,
  from: z.number().min(-1_000_000).max(1_000_000),
  label: InstrumentLabel.optional(),
});
/** One band of a scale. */
export type Band = z.infer<typeof Band>;

/**
 * The bands of one scale in one table, or why the table deliberately has none (`omitted`: a reason shown with the
 * result, e.g. the UK parent prosocial bands that conflict between sources).
 *
 * @example
 * ```ts
 * import { ScaleBands } from "@jiaolianti/scoring";
 * ScaleBands.parse({ scale: "prosocial", omitted: "sources conflict" });
 * ```
 */
export const ScaleBands = z.union([
  z.strictObject({ scale: Code, bands: z.array(Band).min(1).max(20) }),
  z.strictObject({ scale: Code, omitted: z.string().min(1).max(500) }),
]);
/** The bands of one scale, or why there are none. */
export type ScaleBands = z.infer<typeof ScaleBands>;

/**
 * The band tables of a norm set for one informant, or for `any` informant when the bands do not depend on who
 * answered (PHQ-9). A scale not listed has no bands in this table.
 *
 * @example
 * ```ts
 * import { BandTable } from "@jiaolianti/scoring";
 * BandTable.parse({ informant: "any", scales: [{ scale: "total", bands: [{ id: "low", from: 0 }, { id: "high", from: 5 }] }] });
 * ```
 */
export const BandTable = z.strictObject({
  informant: z.union([z.literal("any"), AssessmentInformant]),
  scales: z.array(ScaleBands).min(1).max(50),
});
/** The band tables of a norm set for one informant. */
export type BandTable = z.infer<typeof BandTable>;

/**
 * A norm set: one published set of cut-offs (e.g. the SDQ Chinese norms of Du, Kou & Coghill 2008), with its source
 * and a table per informant.
 *
 * @example
 * ```ts
 * import { NormSet } from "@jiaolianti/scoring";
 * NormSet.parse({
 *   id: "demo", label: { en: "Demo", zh: "示例" }, source: "a paper",
 *   tables: [{ informant: "any", scales: [{ scale: "total", bands: [{ id: "low", from: 0 }] }] }],
 * });
 * ```
 */
export const NormSet = z.strictObject({
  id: Code,
  label: InstrumentLabel,
  source: z.string().min(1).max(1000),
  tables: z.array(BandTable).min(1).max(10),
});
/** A norm set. */
export type NormSet = z.infer<typeof NormSet>;

/**
 * A flag rule: raise `flag` when ANY of the conditions holds on the raw answers (before reverse scoring), whatever the
 * scores and even when a score is unusable. `reason` is shown with the flag.
 *
 * @example
 * ```ts
 * import { FlagRule } from "@jiaolianti/scoring";
 * FlagRule.parse({ id: "phq9-item9", flag: "self-harm", anyOf: [{ item: "phq-9", atLeast: 1 }], reason: "item 9 ≥ 1" });
 * ```
 */
export const FlagRule = z.strictObject({
  id: Code,
  flag: Code,
  anyOf: z
    .array(z.strictObject({ item: Code, atLeast: z.int().min(-100).max(100) }))
    .min(1)
    .max(MAX_INSTRUMENT_ITEMS),
  reason: z.string().min(1).max(1000),
});
/** A flag rule. */
export type FlagRule = z.infer<typeof FlagRule>;

const InstrumentShape = z.strictObject({
  id: Code,
  version: InstrumentVersion,
  name: InstrumentLabel,
  /** The published source(s) of items, scoring and bands. */
  source: z.string().min(1).max(2000),
  /** Licence and use conditions. */
  licence: z.string().min(1).max(2000),
  items: z.array(InstrumentItem).min(1).max(MAX_INSTRUMENT_ITEMS),
  scales: z.array(InstrumentScale).min(1).max(50),
  /** The scale reported as `total` and `band`; `null` for instruments with no total (PSDQ). */
  primaryScale: Code.nullable(),
  normSets: z.array(NormSet).max(20),
  /** The norm set used when the caller names none; `null` = bands only when asked for. */
  defaultNormSet: Code.nullable(),
  flagRules: z.array(FlagRule).max(50),
});

/**
 * A screening instrument as data: versioned, with its items and response ranges, reverse-scored items, scales and
 * their missing-data rules, the primary scale, norm sets with bands per informant, and flag rules. A district adds an
 * instrument by writing one of these (see {@link defineInstrument}); {@link scoreInstrument} is the one engine.
 *
 * Beyond shape, the schema checks references: unique ids; every scale item, band scale and flag item exists; sums of
 * scales only use earlier scales; `prorate`/`mean` scales have items of one range and `minAnswered ≤` their size;
 * bands ascend, start at or below the scale's minimum and not above its maximum; a flag threshold lies inside its
 * item's range (above the minimum, so a rule cannot fire on every answer); at most 32 (`MAX_INSTRUMENT_FLAGS`)
 * distinct flags.
 *
 * Source: STYLE.md §4 (rules are data); REFERENCE.md §1.
 *
 * @example
 * ```ts
 * import { Instrument, phq9 } from "@jiaolianti/scoring";
 * Instrument.safeParse(phq9).success; // true
 * ```
 */
export const Instrument = InstrumentShape.check((ctx) => {
  if (ctx.issues.length > 0) return; // cross-references only once the shape is right
  for (const issue of instrumentIssues(ctx.value)) {
    ctx.issues.push({ code: "custom", input: ctx.value, path: [...issue.path], message: issue.message });
  }
}).meta({
  title: "Instrument",
  description: "A screening instrument as data: items, scales, missing-data rules, norm sets, flag rules.",
});

/** A screening instrument as data (deeply read-only). */
export type Instrument = DeepReadonly<z.infer<typeof InstrumentShape>>;
