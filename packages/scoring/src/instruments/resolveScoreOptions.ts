import {
  ASSESSMENT_INFORMANT_CODES,
  type AssessmentInformant,
  type Result,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";
import type { CompiledInstrument, CompiledScale } from "./compileInstrument.js";
import { type InstrumentLabel, MissingRule } from "./Instrument.js";

/**
 * Options of {@link scoreInstrument} and {@link scoreInstrumentBatch}.
 *
 * @example
 * ```ts
 * import type { ScoreOptions } from "@jiaolianti/scoring";
 * const options: ScoreOptions = { normSet: "cn-du2008", informant: "parent" };
 * ```
 */
export interface ScoreOptions {
  /**
   * The norm set whose bands to use, by id; `null` scores without bands.
   * @default the instrument's `defaultNormSet`
   */
  readonly normSet?: string | null;
  /**
   * Who answered. Required when the norm set has bands per informant (SDQ: `self`, `parent`, `teacher`); recorded
   * with the result otherwise.
   */
  readonly informant?: AssessmentInformant;
  /**
   * Missing-data rules by scale id, replacing the instrument's — e.g. `{ total: { kind: "prorate", minAnswered: 6 } }`
   * to prorate a GAD-7 with one missing item, a convention the GAD-7's source does not give (so it is off by
   * default). Recorded in the explanation.
   * @default the instrument's rules
   */
  readonly missingRules?: Readonly<Record<string, MissingRule>>;
}

/** The bands of one scale under the resolved norm set, or why it has none (internal). */
export type ScaleBanding =
  | {
      readonly kind: "bands";
      readonly ids: ReadonlyArray<string>;
      readonly from: Float64Array;
      readonly labels: ReadonlyArray<InstrumentLabel | undefined>;
    }
  | { readonly kind: "none"; readonly reason: string };

/** Options resolved against a compiled instrument (internal). */
export interface ResolvedOptions {
  readonly normSet: string | null;
  /** The informant of the band table used (`null` when the table is for any informant or no norm set is used). */
  readonly tableInformant: AssessmentInformant | null;
  readonly informant: AssessmentInformant | null;
  readonly normSetSource: string | null;
  /** Banding per scale index. */
  readonly banding: ReadonlyArray<ScaleBanding>;
  /** Scales with the caller's missing rules applied. */
  readonly scales: ReadonlyArray<CompiledScale>;
  /** Scale ids whose missing rule the caller replaced. */
  readonly overridden: ReadonlyArray<string>;
}

const KNOWN_OPTIONS = new Set(["normSet", "informant", "missingRules"]);

const fail = (c: CompiledInstrument, issues: ValidationIssue[]): Result<never, ValidationError> => ({
  ok: false,
  error: validationError(`options for ${c.ref}`, issues),
});

const resolveBanding = (
  c: CompiledInstrument,
  normSetId: string | null,
  informant: AssessmentInformant | null,
): Result<Omit<ResolvedOptions, "scales" | "overridden" | "informant">, ValidationError> => {
  if (normSetId === null) {
    const reason = "no band: scored without a norm set (normSet: null)";
    return {
      ok: true,
      value: {
        normSet: null,
        tableInformant: null,
        normSetSource: null,
        banding: c.scales.map(() => ({ kind: "none", reason })),
      },
    };
  }
  const normSet = c.instrument.normSets.find((n) => n.id === normSetId);
  if (!normSet) {
    const known = c.instrument.normSets.map((n) => n.id).join(", ") || "none";
    return fail(c, [{ path: ["normSet"], message: `unknown norm set "${normSetId}" (${c.ref} has: ${known})` }]);
  }
  const any = normSet.tables.find((t) => t.informant === "any");
  const table = any ?? normSet.tables.find((t) => t.informant === informant);
  if (!table) {
    const has = normSet.tables.map((t) => t.informant).join(", ");
    const message =
      informant === null
        ? `norm set "${normSetId}" has bands per informant (${has}): say who answered`
        : `norm set "${normSetId}" has no bands for informant "${informant}" (it has: ${has})`;
    return fail(c, [{ path: ["informant"], message }]);
  }
  const banding = c.scales.map((scale): ScaleBanding => {
    const entry = table.scales.find((s) => s.scale === scale.id);
    if (!entry) return { kind: "none", reason: `no band: norm set ${normSetId} has no bands for ${scale.id}` };
    if ("omitted" in entry) return { kind: "none", reason: `no band: ${entry.omitted}` };
    return {
      kind: "bands",
      ids: entry.bands.map((b) => b.id),
      from: Float64Array.from(entry.bands, (b) => b.from),
      labels: entry.bands.map((b) => b.label),
    };
  });
  return {
    ok: true,
    value: {
      normSet: normSetId,
      tableInformant: table.informant === "any" ? null : table.informant,
      normSetSource: normSet.source,
      banding,
    },
  };
};

const applyMissingRules = (
  c: CompiledInstrument,
  rules: unknown,
): Result<{ scales: ReadonlyArray<CompiledScale>; overridden: string[] }, ValidationError> => {
  if (rules === undefined) return { ok: true, value: { scales: c.scales, overridden: [] } };
  if (rules === null || typeof rules !== "object" || Array.isArray(rules))
    return fail(c, [{ path: ["missingRules"], message: "expected a record of missing-data rules by scale id" }]);
  const issues: ValidationIssue[] = [];
  const scales = [...c.scales];
  const overridden: string[] = [];
  for (const [id, value] of Object.entries(rules)) {
    const index = c.scaleIndex.get(id);
    const scale = index === undefined ? undefined : c.scales[index];
    if (index === undefined || !scale || scale.kind !== "items") {
      issues.push({ path: ["missingRules", id], message: `"${id}" is not a scale scored from items of ${c.ref}` });
      continue;
    }
    const parsed = MissingRule.safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ path: ["missingRules", id, ...i.path], message: i.message });
      continue;
    }
    const rule = parsed.data;
    const n = scale.members.length;
    if (rule.kind === "prorate" && rule.minAnswered > n) {
      issues.push({ path: ["missingRules", id, "minAnswered"], message: `exceeds the scale's ${n} items` });
      continue;
    }
    if (rule.kind === "prorate" && !scale.uniformRange) {
      issues.push({ path: ["missingRules", id], message: "prorating needs items with one response range" });
      continue;
    }
    scales[index] = {
      ...scale,
      minAnswered: rule.kind === "prorate" ? rule.minAnswered : n,
      prorates: rule.kind === "prorate",
    };
    overridden.push(id);
  }
  return issues.length > 0 ? fail(c, issues) : { ok: true, value: { scales, overridden } };
};

/**
 * Checks the options of a scoring call against a compiled instrument and resolves the norm set's band table for the
 * informant (internal). Every problem is a {@link ValidationError} at the option's path (`["normSet"]`,
 * `["informant"]`, `["missingRules", scaleId]`, `[unknownKey]`). Resolutions without missing-rule overrides are memoised
 * on the compiled instrument.
 */
export const resolveScoreOptions = (
  c: CompiledInstrument,
  options: ScoreOptions | undefined,
): Result<ResolvedOptions, ValidationError> => {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options)))
    return fail(c, [{ path: [], message: "options must be an object" }]);
  const o: ScoreOptions = options ?? {};
  const unknown = Object.keys(o).filter((k) => !KNOWN_OPTIONS.has(k));
  if (unknown.length > 0)
    return fail(
      c,
      unknown.map((k) => ({ path: [k], message: `unknown option "${k}"` })),
    );
  const normSet = o.normSet === undefined ? c.instrument.defaultNormSet : o.normSet;
  if (normSet !== null && typeof normSet !== "string")
    return fail(c, [{ path: ["normSet"], message: "normSet must be a norm set id or null" }]);
  const informant = o.informant ?? null;
  if (informant !== null && !(ASSESSMENT_INFORMANT_CODES as ReadonlyArray<unknown>).includes(informant))
    return fail(c, [
      {
        path: ["informant"],
        message: `unknown informant "${String(informant)}" (${ASSESSMENT_INFORMANT_CODES.join(", ")})`,
      },
    ]);
  const key = o.missingRules === undefined ? `${normSet}\u0000${informant}` : undefined;
  if (key !== undefined) {
    const hit = c.memo.get(key) as ResolvedOptions | undefined;
    if (hit) return { ok: true, value: hit };
  }
  const banding = resolveBanding(c, normSet, informant);
  if (!banding.ok) return banding;
  const missing = applyMissingRules(c, o.missingRules);
  if (!missing.ok) return missing;
  const resolved: ResolvedOptions = { ...banding.value, informant, ...missing.value };
  if (key !== undefined) c.memo.set(key, resolved);
  return { ok: true, value: resolved };
};
