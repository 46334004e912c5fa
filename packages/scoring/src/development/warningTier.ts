import { type Result, type SupportTier, supportTiers, type ValidationError } from "@jiaolianti/core";
import type { InstrumentLabel } from "../instruments/Instrument.js";
import { type CompileWarningRulesOptions, compileWarningRules } from "./compileWarningRules.js";
import { evaluateRule, type RuleEvaluation } from "./evaluateRule.js";
import { readMeasures, type StudentMeasures } from "./StudentMeasures.js";
import { TIER_BY_URGENCY } from "./tierCodes.js";
import type { WarningRuleSet } from "./WarningRuleSet.js";
import type { WarningRulesError } from "./WarningRulesError.js";
import { xuhuiWarningRules } from "./xuhuiWarningRules.js";

/** The inputs' versions a tier was computed from, so it can be reproduced. */
export interface TierProvenance {
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** Every instrument score given (administered or not): id, version, norm set and informant used for bands. */
  readonly instruments: ReadonlyArray<{
    readonly id: string;
    readonly version: string;
    readonly normSet: string | null;
    readonly informant: string | null;
  }>;
  /** The BMI standard (`id@version`), when a BMI was given. */
  readonly bmiStandard: string | null;
}

/**
 * A student's tier, explained: the tier (`null` = undetermined: nothing usable was measured, never green by
 * default), the rules that fired with the values that made them fire, the rules that could not decide
 * (`insufficient`: a score unusable because of missing items, a flag that cannot be ruled out), the point sum, and
 * the versions of everything used.
 */
export interface WarningTierResult {
  readonly tier: SupportTier | null;
  /** 0 green … 3 red; `null` when undetermined. */
  readonly urgency: 0 | 1 | 2 | 3 | null;
  /** MTSS tier: red and orange → 3, yellow → 2, green → 1. */
  readonly mtssTier: 1 | 2 | 3 | null;
  /** The tier's label from core's `supportTiers`, or 待定 / undetermined. */
  readonly label: InstrumentLabel;
  /** `true` when a red (safety) rule fired: the tier is red whatever else fired. */
  readonly override: boolean;
  /** `true` when a red rule could not be checked (e.g. PHQ-9 item 9 unanswered): follow up in person. */
  readonly safetyUnresolved: boolean;
  readonly fired: ReadonlyArray<RuleEvaluation>;
  readonly insufficient: ReadonlyArray<RuleEvaluation>;
  /** Every rule, in rule-set order. */
  readonly evaluations: ReadonlyArray<RuleEvaluation>;
  /** Sum of the weights of the fired rules, and the tier it reached by the rule set's `pointTiers` (if any). */
  readonly points: number;
  readonly pointTier: SupportTier | null;
  readonly provenance: TierProvenance;
  /** One line per fact: the tier and why, each fired rule with its value, what could not be decided. */
  readonly summary: { readonly en: ReadonlyArray<string>; readonly zh: ReadonlyArray<string> };
}

/** Options of {@link warningTier}: the catalog criteria are checked against. */
export type WarningTierOptions = CompileWarningRulesOptions;

const UNDETERMINED: InstrumentLabel = { en: "Undetermined (insufficient data)", zh: "待定(数据不足)" };

const show = (v: RuleEvaluation["value"] | RuleEvaluation["threshold"]): string =>
  Array.isArray(v) ? `[${v.join(", ")}]` : String(v);

/**
 * Places one student in the four-tier warning list (四阶预警): each rule of the rule set reads its criterion from the
 * student's measures; the tier is the most urgent of the fired rules' tiers and of the point sum's tier; a red rule
 * (the `self-harm` signal) is an override that nothing can hide. Scores that are unusable (too many missing items)
 * never fire or clear a rule — the rule is reported as insufficient data — and with no rule fired the tier is green
 * only when at least one screening of the rule set's `greenNeedsAnyOf` gave a usable score; otherwise it is `null`.
 *
 * Returns a {@link ValidationError} for malformed measures and a {@link WarningRulesError} for an invalid rule set.
 *
 * Source: REFERENCE.md §3 (four tiers, override, never a tier from an unusable score, record fired rules and versions);
 * 徐汇区“教联体”行动方案 三(二)2 (四阶预警清单、分层响应机制).
 *
 * @example
 * ```ts
 * import { gad7, phq9, scoreInstrument, warningTier } from "@jiaolianti/scoring";
 * const phq = scoreInstrument(phq9, [2, 2, 2, 2, 2, 2, 2, 1, 0]); // total 15
 * const gad = scoreInstrument(gad7, [1, 1, 1, 1, 1, 1, 0]); // total 6
 * if (phq.ok && gad.ok) {
 *   const r = warningTier({ scores: [phq.value, gad.value] });
 *   if (r.ok) console.log(r.value.tier, r.value.fired.map((f) => f.ruleId)); // "orange" ["orange-phq9-15", "yellow-phq9-10"]
 * }
 * ```
 */
export const warningTier = (
  measures: StudentMeasures,
  rules: WarningRuleSet = xuhuiWarningRules,
  options: WarningTierOptions = {},
): Result<WarningTierResult, ValidationError | WarningRulesError> => {
  const compiled = compileWarningRules(rules, options);
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const read = readMeasures(measures, "StudentMeasures");
  if (!read.ok) return read;
  const m = read.value;

  const evaluations = c.rules.map((rule) => evaluateRule(rule, m));
  let ruleUrgency = 0;
  let points = 0;
  let safetyUnresolved = false;
  c.rules.forEach((rule, i) => {
    const e = evaluations[i] as RuleEvaluation;
    if (e.status === "fired") {
      ruleUrgency = Math.max(ruleUrgency, rule.urgency);
      points += rule.weight;
    } else if (e.status === "insufficient" && rule.urgency === 3) safetyUnresolved = true;
  });
  const pointUrgency = c.pointTiers.find((p) => points >= p.atLeast)?.urgency ?? 0;
  const worst = Math.max(ruleUrgency, pointUrgency) as 0 | 1 | 2 | 3;
  const greenAllowed = [...c.greenNeedsAnyOf].some((id) => m.byInstrument.get(id)?.usable === true);
  const urgency = worst > 0 || greenAllowed ? worst : null;
  const tier = urgency === null ? null : TIER_BY_URGENCY[urgency];
  const fired = evaluations.filter((e) => e.status === "fired");
  const insufficient = evaluations.filter((e) => e.status === "insufficient");
  const absent = evaluations.filter((e) => e.status === "absent");
  const label = tier === null ? UNDETERMINED : { en: supportTiers[tier].labelEn, zh: supportTiers[tier].labelZh };

  const en: string[] = [`Tier: ${label.en} — rule set ${c.ref}`];
  const zh: string[] = [`预警等级:${label.zh}(规则集 ${c.ref})`];
  if (tier === null) {
    en.push(`No rule fired and no usable score of ${[...c.greenNeedsAnyOf].join(", ")}: no tier is given`);
    zh.push(`无规则触发,且 ${[...c.greenNeedsAnyOf].join("、")} 均无可用分数:不判定等级`);
  } else if (fired.length === 0) {
    en.push("No rule fired");
    zh.push("无规则触发");
  }
  if (ruleUrgency === 3) {
    en.push("A red safety rule fired: red whatever the other rules say");
    zh.push("红色安全规则已触发:无论其他规则如何,均为红色");
  }
  for (const f of fired) {
    en.push(
      `rule ${f.ruleId} fired (${f.tier}): ${f.criterion} = ${show(f.value)} ${f.operator} ${show(f.threshold)} — ${f.explanation.en}`,
    );
    zh.push(
      `规则 ${f.ruleId} 触发(${supportTiers[f.tier].labelZh}):${f.criterion} = ${show(f.value)} ${f.operator} ${show(f.threshold)} — ${f.explanation.zh}`,
    );
  }
  if (pointUrgency > 0) {
    en.push(`points ${points} reach ${TIER_BY_URGENCY[pointUrgency]}`);
    zh.push(`积分 ${points} 达到${supportTiers[TIER_BY_URGENCY[pointUrgency]].labelZh}`);
  }
  for (const e of insufficient) {
    en.push(`insufficient data for rule ${e.ruleId}: ${e.reason?.en ?? ""}`);
    zh.push(`规则 ${e.ruleId} 数据不足:${e.reason?.zh ?? ""}`);
  }
  if (absent.length > 0) {
    en.push(`not measured: ${absent.map((e) => e.ruleId).join(", ")}`);
    zh.push(`未测量:${absent.map((e) => e.ruleId).join("、")}`);
  }

  return {
    ok: true,
    value: {
      tier,
      urgency,
      mtssTier: tier === null ? null : supportTiers[tier].mtssTier,
      label,
      override: ruleUrgency === 3,
      safetyUnresolved,
      fired,
      insufficient,
      evaluations,
      points,
      pointTier: pointUrgency > 0 ? TIER_BY_URGENCY[pointUrgency] : null,
      provenance: {
        ruleSet: { id: c.ruleSet.id, version: c.ruleSet.version },
        instruments: m.scores.map((s) => ({
          id: s.instrumentId,
          version: s.instrumentVersion,
          normSet: s.normSet,
          informant: s.normSetInformant ?? s.informant ?? null,
        })),
        bmiStandard: m.bmi?.basis.standard ?? null,
      },
      summary: { en, zh },
    },
  };
};
