import { Code, InstrumentVersion } from "@jiaolianti/core";
import { z } from "zod";
import { InstrumentLabel } from "../instruments/Instrument.js";

/** Most rules one rule set may hold. */
export const MAX_WARNING_RULES = 64;

/**
 * Which measured value a warning rule reads (OpenEMIS "criterion"):
 *
 * - `instrument-total` — the primary score of an instrument (`phq-9` total, `mssmhs` overall mean …);
 * - `instrument-scale` — one scale of an instrument (an MSSMHS factor, the SDQ prosocial scale …);
 * - `instrument-band` — the band of the primary scale, or of `scale` (SDQ `borderline`/`abnormal` under the norm set
 *   the score was banded with);
 * - `instrument-flag` — whether a flag was raised (`self-harm`) by `instrument`, or by any instrument that can raise it
 *   when `instrument` is left out;
 * - `bmi-category` — the BMI category of the 2014 national fitness standard (`underweight`/`normal`/`overweight`/`obese`);
 * - `fitness-total` — the fitness 标准分 total (0–100, + up to 20 bonus points), rounded half up to 0.1 as the standard
 *   grades it.
 *
 * @example
 * ```ts
 * import { WarningCriterion } from "@jiaolianti/scoring";
 * WarningCriterion.parse({ kind: "instrument-scale", instrument: "mssmhs", scale: "depression" });
 * ```
 */
export const WarningCriterion = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("instrument-total"), instrument: Code }),
  z.strictObject({ kind: z.literal("instrument-scale"), instrument: Code, scale: Code }),
  z.strictObject({ kind: z.literal("instrument-band"), instrument: Code, scale: Code.optional() }),
  z.strictObject({ kind: z.literal("instrument-flag"), flag: Code, instrument: Code.optional() }),
  z.strictObject({ kind: z.literal("bmi-category") }),
  z.strictObject({ kind: z.literal("fitness-total") }),
]);
/** Which measured value a warning rule reads. */
export type WarningCriterion = z.infer<typeof WarningCriterion>;

/**
 * How a rule compares its criterion with its threshold. Which operators a criterion accepts is checked when the rule
 * set is compiled, so that every rule is monotone (a worse answer can only make it fire, never stop it):
 *
 * - scores where higher is worse (PHQ, GAD-7, MSSMHS, SDQ difficulties): `>=`, `>`;
 * - scores where higher is better (Family APGAR, SDQ prosocial, fitness total): `<=`, `<`;
 * - scores without a direction (PSDQ style means): any of the four;
 * - bands: `>=` = "at least as severe as" the threshold band, in the instrument's severity order;
 * - flags: `==` with threshold `true`;
 * - BMI category: `==` one category, or `in` a list of categories.
 *
 * @example
 * ```ts
 * import { WarningOperator } from "@jiaolianti/scoring";
 * WarningOperator.parse(">=");
 * ```
 */
export const WarningOperator = z.enum([">=", ">", "<=", "<", "==", "in"]);
/** How a rule compares its criterion with its threshold. */
export type WarningOperator = z.infer<typeof WarningOperator>;

/**
 * One warning rule: criterion × operator × threshold → the tier it raises a student to, with an optional weight for
 * point sums, an id (recorded with every result it fires in) and a zh-CN/en explanation shown with it. Red rules are
 * safety overrides: a red rule that fires makes the tier red whatever else fired or did not.
 *
 * Source: OpenEMIS risk criteria (criterion × operator × threshold × weight); REFERENCE.md §3.
 *
 * @example
 * ```ts
 * import { WarningRule } from "@jiaolianti/scoring";
 * WarningRule.parse({
 *   id: "yellow-gad7-10", criterion: { kind: "instrument-total", instrument: "gad-7" }, operator: ">=", threshold: 10,
 *   tier: "yellow", explanation: { en: "GAD-7 total 10 or more", zh: "GAD-7 总分 ≥ 10" },
 * });
 * ```
 */
export const WarningRule = z.strictObject({
  id: Code,
  criterion: WarningCriterion,
  operator: WarningOperator,
  threshold: z.union([z.number().min(-1_000_000).max(1_000_000), Code, z.literal(true), z.array(Code).min(1).max(20)]),
  /** The tier the rule raises a student to when it fires; `red` = a safety override. */
  tier: z.enum(["red", "orange", "yellow"]),
  /** Points added to the student's sum when the rule fires (see the rule set's `pointTiers`). @default 0 */
  weight: z.number().min(0).max(1000).optional(),
  explanation: InstrumentLabel,
});
/** One warning rule. */
export type WarningRule = z.infer<typeof WarningRule>;

/**
 * A district's four-tier warning list (四阶预警清单) as versioned data: ordered rules, optional point thresholds, and
 * the instruments of which at least one must give a usable score before a student can be called green.
 *
 * The tier of a student is the most urgent of: the tiers of the rules that fired, and the tier of the highest
 * `pointTiers` entry whose `atLeast` the summed weights of the fired rules reach. With no rule fired, the tier is
 * green only when a score of `greenNeedsAnyOf` was usable — otherwise it is undetermined (`null`), never green by
 * default. Checked by {@link compileWarningRules}; must contain a red rule on the `self-harm` flag of any instrument.
 *
 * Source: REFERENCE.md §3 (four tiers, override, versioned thresholds); OpenEMIS risk rules.
 *
 * @example
 * ```ts
 * import { WarningRuleSet, xuhuiWarningRules } from "@jiaolianti/scoring";
 * WarningRuleSet.safeParse(xuhuiWarningRules).success; // true
 * ```
 */
export const WarningRuleSet = z.strictObject({
  id: Code,
  version: InstrumentVersion,
  label: InstrumentLabel,
  /** Where the thresholds come from, and who decided them. */
  source: z.string().min(1).max(2000),
  rules: z.array(WarningRule).min(1).max(MAX_WARNING_RULES),
  /** Point sums → tier (yellow or orange; red is reserved for safety rules). @default none */
  pointTiers: z
    .array(z.strictObject({ atLeast: z.number().positive().max(1_000_000), tier: z.enum(["orange", "yellow"]) }))
    .max(5)
    .optional(),
  /** Instrument ids: green needs a usable score from at least one of them. */
  greenNeedsAnyOf: z.array(Code).min(1).max(20),
});
/** A district's four-tier warning list. */
export type WarningRuleSet = z.infer<typeof WarningRuleSet>;
