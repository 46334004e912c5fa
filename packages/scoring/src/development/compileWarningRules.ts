import type { Result } from "@jiaolianti/core";
import type { BmiCategory } from "../fitness/scoreBmi.js";
import { instrumentCatalog } from "../instruments/catalog/instrumentCatalog.js";
import type { Instrument, ScoreDirection } from "../instruments/Instrument.js";
import { urgencyOf } from "./tierCodes.js";
import { type WarningRule, WarningRuleSet } from "./WarningRuleSet.js";
import { type WarningRulesError, type WarningRulesIssue, warningRulesError } from "./WarningRulesError.js";

/** The flag whose red rule no rule set may leave out. */
export const SAFETY_FLAG = "self-harm";

const BMI_CATEGORIES: ReadonlyArray<BmiCategory> = ["underweight", "normal", "overweight", "obese"];

/** What a compiled rule reads and how it decides (internal). */
export type CompiledSource =
  /** A score; `scale` `null` = the instrument's primary scale (its total). `op` 0 `>=`, 1 `>`, 2 `<=`, 3 `<`. */
  | { readonly kind: "value"; readonly instrument: string; readonly scale: string | null; readonly op: 0 | 1 | 2 | 3 }
  /** A band at least as severe as rank `atLeast` in `severity` (band id → rank, 0 = least severe). */
  | {
      readonly kind: "band";
      readonly instrument: string;
      readonly scale: string | null;
      readonly severity: ReadonlyMap<string, number>;
      readonly atLeast: number;
    }
  /** A flag raised by any of `instruments`. */
  | { readonly kind: "flag"; readonly instruments: ReadonlyArray<string>; readonly flag: string }
  | { readonly kind: "bmi"; readonly categories: ReadonlySet<BmiCategory> }
  /** Fitness total rounded half up to 0.1; `op` as for `value`. */
  | { readonly kind: "fitness"; readonly op: 0 | 1 | 2 | 3 };

/** A rule ready for the engines (internal). */
export interface CompiledWarningRule {
  readonly rule: WarningRule;
  readonly index: number;
  readonly urgency: 1 | 2 | 3;
  readonly weight: number;
  readonly source: CompiledSource;
  /** Numeric threshold (`value`, `fitness`), else `NaN`. */
  readonly threshold: number;
  /** A short description of the criterion, e.g. `"phq-9 total"`, `"mssmhs.depression"`. */
  readonly describe: string;
}

/** A validated rule set with its rules compiled (internal, cached per rule set and catalog). */
export interface CompiledWarningRules {
  readonly ruleSet: WarningRuleSet;
  /** `id@version`. */
  readonly ref: string;
  readonly rules: ReadonlyArray<CompiledWarningRule>;
  /** Point sums → urgency, most urgent first. */
  readonly pointTiers: ReadonlyArray<{ readonly atLeast: number; readonly urgency: 1 | 2 }>;
  readonly greenNeedsAnyOf: ReadonlySet<string>;
  readonly catalog: Readonly<Record<string, Instrument>>;
}

/** Options of {@link compileWarningRules}. */
export interface CompileWarningRulesOptions {
  /**
   * The instruments criteria may name, by id; every instrument, scale, band and flag of the rules is checked against
   * them.
   * @default instrumentCatalog (the shipped instruments)
   */
  readonly instruments?: Readonly<Record<string, Instrument>>;
}

const OPS = { ">=": 0, ">": 1, "<=": 2, "<": 3 } as const;

const cache = new WeakMap<object, WeakMap<object, CompiledWarningRules>>();

const bandSeverity = (
  instrument: Instrument,
  scale: string,
  direction: ScoreDirection,
): { severity: Map<string, number> } | { conflict: string } => {
  const severity = new Map<string, number>();
  for (const normSet of instrument.normSets)
    for (const table of normSet.tables)
      for (const entry of table.scales) {
        if (entry.scale !== scale || !("bands" in entry)) continue;
        const n = entry.bands.length;
        for (const [i, band] of entry.bands.entries()) {
          const rank = direction === "higher-is-better" ? n - 1 - i : i;
          const known = severity.get(band.id);
          if (known === undefined) severity.set(band.id, rank);
          else if (known !== rank)
            return { conflict: `band "${band.id}" of ${instrument.id}.${scale} has another severity in ${normSet.id}` };
        }
      }
  return { severity };
};

const compileRule = (
  rule: WarningRule,
  index: number,
  catalog: Readonly<Record<string, Instrument>>,
  issues: WarningRulesIssue[],
): CompiledWarningRule | undefined => {
  const at = (...path: PropertyKey[]) => ["rules", index, ...path];
  const issue = (reason: WarningRulesIssue["reason"], path: PropertyKey[], message: string) => {
    issues.push({ reason, path: at(...path), message: `rule ${rule.id}: ${message}` });
    return undefined;
  };
  const { criterion: c, operator, threshold } = rule;
  const base = { rule, index, urgency: urgencyOf(rule.tier) as 1 | 2 | 3, weight: rule.weight ?? 0 };
  const numericOp = (direction: ScoreDirection, what: string): 0 | 1 | 2 | 3 | undefined => {
    if (!(operator in OPS))
      return issue("bad-operator", ["operator"], `"${operator}" does not compare a score (${what})`);
    const op = OPS[operator as keyof typeof OPS];
    if (direction === "higher-is-worse" && op >= 2)
      return issue("bad-operator", ["operator"], `${what}: higher is worse, so only >= or > can flag a concern`);
    if (direction === "higher-is-better" && op < 2)
      return issue("bad-operator", ["operator"], `${what}: higher is better, so only <= or < can flag a concern`);
    if (typeof threshold !== "number") return issue("bad-threshold", ["threshold"], `${what} needs a number`);
    return op;
  };

  if (c.kind === "bmi-category") {
    const list = operator === "==" && typeof threshold === "string" ? [threshold] : threshold;
    if (operator !== "==" && operator !== "in")
      return issue("bad-operator", ["operator"], `BMI category takes == or in, not "${operator}"`);
    if (!Array.isArray(list)) return issue("bad-threshold", ["threshold"], "BMI category needs a category or a list");
    const unknown = list.filter((x) => !(BMI_CATEGORIES as ReadonlyArray<string>).includes(x));
    if (unknown.length > 0)
      return issue(
        "bad-threshold",
        ["threshold"],
        `unknown BMI category ${unknown.join(", ")} (${BMI_CATEGORIES.join(", ")})`,
      );
    return {
      ...base,
      source: { kind: "bmi", categories: new Set(list as BmiCategory[]) },
      threshold: Number.NaN,
      describe: "BMI category",
    };
  }
  if (c.kind === "fitness-total") {
    const op = numericOp("higher-is-better", "fitness total");
    return op === undefined
      ? undefined
      : { ...base, source: { kind: "fitness", op }, threshold: threshold as number, describe: "fitness total" };
  }
  if (c.kind === "instrument-flag") {
    const able = Object.values(catalog).filter((i) => i.flagRules.some((r) => r.flag === c.flag));
    const instruments =
      c.instrument === undefined ? able.map((i) => i.id) : able.filter((i) => i.id === c.instrument).map((i) => i.id);
    if (c.instrument !== undefined && catalog[c.instrument] === undefined)
      return issue("unknown-criterion", ["criterion", "instrument"], `unknown instrument "${c.instrument}"`);
    if (instruments.length === 0)
      return issue(
        "unknown-criterion",
        ["criterion", "flag"],
        `no instrument${c.instrument ? ` ${c.instrument}` : ""} raises flag "${c.flag}"`,
      );
    if (operator !== "==") return issue("bad-operator", ["operator"], `a flag takes == true, not "${operator}"`);
    if (threshold !== true) return issue("bad-threshold", ["threshold"], "a flag takes the threshold true");
    return {
      ...base,
      source: { kind: "flag", instruments, flag: c.flag },
      threshold: Number.NaN,
      describe: `flag ${c.flag}${c.instrument ? ` of ${c.instrument}` : ""}`,
    };
  }
  const instrument = catalog[c.instrument];
  if (!instrument)
    return issue("unknown-criterion", ["criterion", "instrument"], `unknown instrument "${c.instrument}"`);
  const scaleId = c.kind === "instrument-total" ? instrument.primaryScale : (c.scale ?? instrument.primaryScale);
  if (scaleId === null)
    return issue("unknown-criterion", ["criterion"], `${instrument.id} has no total: name one of its scales`);
  const scale = instrument.scales.find((s) => s.id === scaleId);
  if (!scale) return issue("unknown-criterion", ["criterion", "scale"], `${instrument.id} has no scale "${scaleId}"`);
  const isPrimary = scaleId === instrument.primaryScale;
  const describe = isPrimary ? `${instrument.id} ${scaleId}` : `${instrument.id}.${scaleId}`;
  if (c.kind === "instrument-band") {
    if (operator !== ">=")
      return issue("bad-operator", ["operator"], `a band takes >= ("at least as severe as"), not "${operator}"`);
    if (scale.direction === "neutral")
      return issue("bad-operator", ["operator"], `${describe} has no direction, so its bands have no severity order`);
    const ordered = bandSeverity(instrument, scaleId, scale.direction);
    if ("conflict" in ordered) return issue("bad-threshold", ["threshold"], ordered.conflict);
    if (typeof threshold !== "string") return issue("bad-threshold", ["threshold"], "a band criterion needs a band id");
    const atLeast = ordered.severity.get(threshold);
    if (atLeast === undefined) {
      const known = [...ordered.severity.keys()].join(", ") || "none";
      return issue("bad-threshold", ["threshold"], `${describe} has no band "${threshold}" in any norm set (${known})`);
    }
    return {
      ...base,
      source: {
        kind: "band",
        instrument: instrument.id,
        scale: isPrimary ? null : scaleId,
        severity: ordered.severity,
        atLeast,
      },
      threshold: Number.NaN,
      describe: `${describe} band`,
    };
  }
  const op = numericOp(scale.direction, describe);
  if (op === undefined) return undefined;
  return {
    ...base,
    source: { kind: "value", instrument: instrument.id, scale: isPrimary ? null : scaleId, op },
    threshold: threshold as number,
    describe,
  };
};

const compile = (
  ruleSet: WarningRuleSet,
  catalog: Readonly<Record<string, Instrument>>,
): Result<CompiledWarningRules, WarningRulesError> => {
  const ref = `${ruleSet.id}@${ruleSet.version}`;
  const issues: WarningRulesIssue[] = [];
  const seen = new Map<string, number>();
  ruleSet.rules.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined)
      issues.push({
        reason: "duplicate-id",
        path: ["rules", i, "id"],
        message: `rule id "${rule.id}" is also rule ${first}'s`,
      });
    else seen.set(rule.id, i);
  });
  const rules = ruleSet.rules.flatMap((rule, i) => compileRule(rule, i, catalog, issues) ?? []);
  const safety = ruleSet.rules.some(
    (r) =>
      r.tier === "red" &&
      r.criterion.kind === "instrument-flag" &&
      r.criterion.flag === SAFETY_FLAG &&
      r.criterion.instrument === undefined &&
      r.operator === "==" &&
      r.threshold === true,
  );
  if (!safety)
    issues.push({
      reason: "missing-safety-override",
      path: ["rules"],
      message: `no red rule on flag "${SAFETY_FLAG}" of any instrument (criterion { kind: "instrument-flag", flag: "${SAFETY_FLAG}" }, == true): a self-harm signal must always give red`,
    });
  const pointTiers = (ruleSet.pointTiers ?? []).map((p) => ({
    atLeast: p.atLeast,
    urgency: urgencyOf(p.tier) as 1 | 2,
  }));
  if (pointTiers.length > 0) {
    const sorted = [...pointTiers].sort((a, b) => a.urgency - b.urgency);
    const rising = sorted.every(
      (p, i) => i === 0 || (p.urgency > (sorted[i - 1]?.urgency ?? 0) && p.atLeast > (sorted[i - 1]?.atLeast ?? 0)),
    );
    if (!rising)
      issues.push({
        reason: "bad-point-tiers",
        path: ["pointTiers"],
        message: "one entry per tier, and orange needs more points than yellow",
      });
    if (!ruleSet.rules.some((r) => (r.weight ?? 0) > 0))
      issues.push({
        reason: "bad-point-tiers",
        path: ["pointTiers"],
        message: "point tiers are set but no rule has a weight",
      });
  }
  ruleSet.greenNeedsAnyOf.forEach((id, i) => {
    if (catalog[id] === undefined)
      issues.push({ reason: "unknown-criterion", path: ["greenNeedsAnyOf", i], message: `unknown instrument "${id}"` });
  });
  if (issues.length > 0) return { ok: false, error: warningRulesError(ref, issues) };
  return {
    ok: true,
    value: {
      ruleSet,
      ref,
      rules,
      pointTiers: pointTiers.sort((a, b) => b.urgency - a.urgency),
      greenNeedsAnyOf: new Set(ruleSet.greenNeedsAnyOf),
      catalog,
    },
  };
};

/**
 * Validates a warning rule set and compiles it for {@link warningTier} and {@link tierBatch}: the shape (zod), unique
 * rule ids, every criterion against the instrument catalog (instrument, scale, band, flag), operators that suit the
 * criterion so that every rule is monotone (a worse answer never stops a rule firing), thresholds of the right kind,
 * point tiers that rise with the tier, and the red `self-harm` override that no configuration may drop. Every problem
 * is reported at once in a typed {@link WarningRulesError}. Results are cached per rule set object and catalog: treat
 * rule sets as immutable values.
 *
 * Source: REFERENCE.md §3; STYLE.md §4 (rules are data).
 *
 * @example
 * ```ts
 * import { compileWarningRules, xuhuiWarningRules } from "@jiaolianti/scoring";
 * compileWarningRules(xuhuiWarningRules).ok; // true
 * const bad = compileWarningRules({
 *   ...xuhuiWarningRules,
 *   rules: [...xuhuiWarningRules.rules, { ...xuhuiWarningRules.rules[1]!, operator: "<=" }],
 * });
 * if (!bad.ok) console.log(bad.error.issues.map((i) => i.reason)); // ["duplicate-id", "bad-operator"]
 * ```
 */
export const compileWarningRules = (
  ruleSet: WarningRuleSet,
  options: CompileWarningRulesOptions = {},
): Result<CompiledWarningRules, WarningRulesError> => {
  const catalog = options?.instruments ?? instrumentCatalog;
  if (catalog === null || typeof catalog !== "object")
    return {
      ok: false,
      error: warningRulesError("rule set", [
        { reason: "schema", path: ["instruments"], message: "instruments must be a record by id" },
      ]),
    };
  const byCatalog = cache.get(catalog);
  const hit = ruleSet !== null && typeof ruleSet === "object" ? byCatalog?.get(ruleSet) : undefined;
  if (hit) return { ok: true, value: hit };
  const parsed = WarningRuleSet.safeParse(ruleSet);
  if (!parsed.success) {
    const subject =
      ruleSet !== null && typeof ruleSet === "object" && typeof ruleSet.id === "string"
        ? `${ruleSet.id}@${String(ruleSet.version)}`
        : "rule set";
    return {
      ok: false,
      error: warningRulesError(
        subject,
        parsed.error.issues.map((i) => ({ reason: "schema" as const, path: i.path, message: i.message })),
      ),
    };
  }
  const compiled = compile(parsed.data, catalog);
  if (compiled.ok) {
    const map = byCatalog ?? new WeakMap<object, CompiledWarningRules>();
    map.set(ruleSet, compiled.value);
    cache.set(catalog, map);
  }
  return compiled;
};
