import { type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { instrumentCatalog } from "../instruments/catalog/instrumentCatalog.js";
import type { InstrumentBatchScores } from "../instruments/scoreInstrumentBatch.js";
import { checkTierBatchInput } from "./checkTierBatchInput.js";
import { compileDevelopmentIndex } from "./compileDevelopmentIndex.js";
import { type CompileWarningRulesOptions, compileWarningRules } from "./compileWarningRules.js";
import type { DevelopmentIndexConfig } from "./DevelopmentIndexConfig.js";
import { TIER_UNDETERMINED } from "./tierCodes.js";
import { applyRules, indexColumn, type KernelInput, newTierColumns, type TierColumns } from "./tierKernels.js";
import type { WarningRuleSet } from "./WarningRuleSet.js";
import type { WarningRulesError } from "./WarningRulesError.js";
import { xuhuiDevelopmentIndex } from "./xuhuiDevelopmentIndex.js";
import { xuhuiWarningRules } from "./xuhuiWarningRules.js";

/**
 * BMI categories as codes for {@link tierBatch}'s `bmiCategory` column: `BMI_CATEGORY_CODES[c]` is the category of
 * code `c`; 255 = not measured.
 *
 * @example
 * ```ts
 * import { BMI_CATEGORY_CODES } from "@jiaolianti/scoring";
 * BMI_CATEGORY_CODES.indexOf("obese"); // 3
 * ```
 */
export const BMI_CATEGORY_CODES: readonly ["underweight", "normal", "overweight", "obese"] = [
  "underweight",
  "normal",
  "overweight",
  "obese",
];

/**
 * The measures of many students as columns, all indexed by student: instrument scores as {@link scoreInstrumentBatch}
 * returns them (one per instrument id; a student with no item answered counts as not administered), BMI category
 * codes ({@link BMI_CATEGORY_CODES}, 255 = not measured) and fitness totals (`NaN` = not tested).
 */
export interface TierBatchInput {
  readonly students: number;
  readonly scores?: ReadonlyArray<InstrumentBatchScores>;
  readonly bmiCategory?: Uint8Array;
  readonly fitnessTotal?: Float64Array;
}

/** Options of {@link tierBatch}. */
export interface TierBatchOptions {
  /** @default xuhuiWarningRules */
  readonly rules?: WarningRuleSet;
  /** The index configuration; `null` skips the index (all `NaN`). @default xuhuiDevelopmentIndex */
  readonly index?: DevelopmentIndexConfig | null;
  /** The instruments the rules and the index may name, by id. @default instrumentCatalog */
  readonly instruments?: CompileWarningRulesOptions["instruments"];
  /**
   * A previous result for as many students (with the same rule set), whose columns are overwritten and returned, and
   * whose working columns are kept with it for the next call: tiering a district again and again then allocates
   * nothing per student. After the call, `into` and the new result share their columns. A call that fails leaves
   * `into` untouched.
   */
  readonly into?: TierBatchResult;
}

/** Tiers and indices of many students, as typed arrays (no object per student). */
export interface TierBatchResult {
  readonly students: number;
  /** Urgency per student: 0 green, 1 yellow, 2 orange, 3 red (`TIER_BY_URGENCY`), 255 undetermined. */
  readonly tiers: Uint8Array;
  /** Development index per student (`NaN` = `null`), as {@link developmentIndex} computes it, in single precision. */
  readonly index: Float32Array;
  /** 1 when a red rule could not be checked for the student (e.g. PHQ-9 item 9 unanswered). */
  readonly safetyUnresolved: Uint8Array;
  /** How many students each rule fired for, in rule order (`ruleIds`). */
  readonly ruleFireCounts: Uint32Array;
  readonly ruleIds: ReadonlyArray<string>;
  /** Students per tier; `undetermined` = no usable data. */
  readonly tierCounts: Readonly<Record<"green" | "yellow" | "orange" | "red" | "undetermined", number>>;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly indexConfig: { readonly id: string; readonly version: string } | null;
  readonly instruments: ReadonlyArray<{
    readonly id: string;
    readonly version: string;
    readonly normSet: string | null;
  }>;
}

/**
 * Tiers and development indices of a whole population from columnar input, without an object per student — the same
 * rules and numbers as {@link warningTier} and {@link developmentIndex} (checked by property tests), for screening a
 * district (goal ≥ 1 000 000 students/s). Feed it {@link scoreInstrumentBatch}'s outputs; for one student's
 * explanation, run `warningTier` on that student.
 *
 * Returns a {@link ValidationError} for malformed columns (wrong type or length, two scores of one instrument, a BMI
 * code other than 0–3 or 255, a fitness total outside 0–120) and a {@link WarningRulesError} for an invalid rule set.
 *
 * Source: REFERENCE.md §2–3; ARCHITECTURE.md (hot pure algorithms over typed arrays).
 *
 * @example
 * ```ts
 * import { gad7, phq9, scoreInstrumentBatch, TIER_BY_URGENCY, tierBatch } from "@jiaolianti/scoring";
 * const phq = scoreInstrumentBatch(phq9, Int8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 1, 0));
 * const gad = scoreInstrumentBatch(gad7, Int8Array.of(0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1));
 * if (phq.ok && gad.ok) {
 *   const r = tierBatch({ students: 2, scores: [phq.value, gad.value] });
 *   if (r.ok) console.log([...r.value.tiers].map((t) => TIER_BY_URGENCY[t])); // ["red", "orange"]
 * }
 * ```
 */
export const tierBatch = (
  input: TierBatchInput,
  options: TierBatchOptions = {},
): Result<TierBatchResult, ValidationError | WarningRulesError> => {
  const catalog = options?.instruments ?? instrumentCatalog;
  const compiled = compileWarningRules(options?.rules ?? xuhuiWarningRules, { instruments: catalog });
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const indexConfig = options?.index === undefined ? xuhuiDevelopmentIndex : options.index;
  const ci = indexConfig === null ? null : compileDevelopmentIndex(indexConfig, catalog);
  if (ci && !ci.ok) return ci;
  const checked = checkTierBatchInput(input);
  if (!checked.ok) return checked;
  const byId = checked.value;
  const n = input.students;
  const reused = options?.into === undefined ? null : reusableTierColumns(options.into, n, c.rules.length);
  if (typeof reused === "string")
    return { ok: false, error: validationError("tierBatch options", [{ path: ["into"], message: reused }]) };
  const cols = reused ?? newTierColumns(n);
  const k: KernelInput = {
    n,
    byId,
    bmiCategory: input.bmiCategory,
    fitnessTotal: input.fitnessTotal,
    bmiCodes: BMI_CATEGORY_CODES,
  };

  const counts = applyRules(c, k, cols);
  const { urgency, points, unresolved, green } = cols;
  green.fill(0);
  for (const id of c.greenNeedsAnyOf) {
    const b = byId.get(id);
    if (!b) continue;
    const { answered, usable } = b;
    for (let i = 0; i < n; i++) if (answered[i] !== 0 && usable[i] === 1) green[i] = 1;
  }
  const pointTiers = c.pointTiers;
  if (pointTiers.length > 0)
    for (let i = 0; i < n; i++) {
      const p = points[i] as number;
      for (const t of pointTiers)
        if (p >= t.atLeast) {
          if (t.urgency > (urgency[i] as number)) urgency[i] = t.urgency;
          break;
        }
    }
  const tiers = urgency;
  const tally = new Uint32Array(5);
  const undetermined = TIER_UNDETERMINED; // bound once: module runners turn imported names into getter calls
  for (let i = 0; i < n; i++) {
    const u = urgency[i] as number;
    if (u === 0 && green[i] === 0) {
      tiers[i] = undetermined;
      tally[4] = (tally[4] as number) + 1;
    } else tally[u] = (tally[u] as number) + 1;
  }
  if (ci) indexColumn(ci.value, k, cols);
  else cols.index.fill(Number.NaN);
  const index = cols.index;
  return {
    ok: true,
    value: {
      students: n,
      tiers,
      index,
      safetyUnresolved: unresolved,
      ruleFireCounts: reused ? reusedCounts(options.into as TierBatchResult, counts) : counts,
      ruleIds: c.rules.map((r) => r.rule.id),
      tierCounts: {
        green: tally[0] as number,
        yellow: tally[1] as number,
        orange: tally[2] as number,
        red: tally[3] as number,
        undetermined: tally[4] as number,
      },
      ruleSet: { id: c.ruleSet.id, version: c.ruleSet.version },
      indexConfig: ci ? { id: ci.value.config.id, version: ci.value.config.version } : null,
      instruments: [...byId.values()].map((b) => ({
        id: b.instrumentId,
        version: b.instrumentVersion,
        normSet: b.normSet,
      })),
    },
  };
};

/** The working columns kept with results passed back as `into`. */
const workingColumns = new WeakMap<Uint8Array, TierColumns>();

/**
 * The columns of a previous result, to be overwritten (internal), or why they cannot be: not a result for `n`
 * students and `rules` rules, a column of the wrong type or length, or two columns on one buffer.
 */
const reusableTierColumns = (into: TierBatchResult, n: number, rules: number): TierColumns | string => {
  if (into === null || typeof into !== "object") return "expected a previous result of tierBatch";
  if (into.students !== n) return `a result for ${String(into.students)} students, expected ${n}`;
  const { tiers, index, safetyUnresolved, ruleFireCounts } = into;
  if (!(tiers instanceof Uint8Array) || tiers.length !== n) return `tiers: expected a Uint8Array of ${n}`;
  if (!(index instanceof Float32Array) || index.length !== n) return `index: expected a Float32Array of ${n}`;
  if (!(safetyUnresolved instanceof Uint8Array) || safetyUnresolved.length !== n)
    return `safetyUnresolved: expected a Uint8Array of ${n}`;
  if (!(ruleFireCounts instanceof Uint32Array) || ruleFireCounts.length !== rules)
    return `ruleFireCounts: expected a Uint32Array of ${rules} (one per rule)`;
  if (new Set([tiers.buffer, index.buffer, safetyUnresolved.buffer, ruleFireCounts.buffer]).size !== 4)
    return "two columns share one buffer";
  const kept = workingColumns.get(tiers);
  if (kept && kept.index === index && kept.unresolved === safetyUnresolved) return kept;
  const cols: TierColumns = {
    urgency: tiers,
    unresolved: safetyUnresolved,
    index,
    points: new Float64Array(n),
    outcome: new Uint8Array(n),
    green: new Uint8Array(n),
    float64: [],
  };
  workingColumns.set(tiers, cols);
  return cols;
};

/** Writes this call's rule counts into the reused result's column (internal). */
const reusedCounts = (into: TierBatchResult, counts: Uint32Array): Uint32Array => {
  into.ruleFireCounts.set(counts);
  return into.ruleFireCounts;
};
