import { Code, parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { z } from "zod";
import { type FamilyTypeError, familyFail } from "./FamilyTypeError.js";
import { type FamilyCourse, FamilyCourseCatalogue, familyCourseBundles } from "./familyCourseBundles.js";
import { FamilyTypeRules, familyTypeRules, type ParentingStyle } from "./familyTypeRules.js";

const Mean = z.number().min(1).max(5).nullable();
const PSDQ_SCALES = ["authoritative", "authoritarian", "permissive"] as const;

/**
 * Input of {@link familyType}: the Family APGAR (a total 0–10, `null` when unusable, or the `scoreInstrument` result),
 * the PSDQ (three means 1–5, each `null` when unusable, or the `scoreInstrument` result) and, optionally, yes/no answers
 * to the rules' home-environment checklist (`null` = not answered).
 */
export const FamilyTypeInput = z.strictObject({
  apgar: z.union([
    z.int().min(0).max(10),
    z.null(),
    z.object({ instrumentId: z.string().max(64), total: z.int().min(0).max(10).nullable() }),
  ]),
  psdq: z.union([
    z.strictObject({ authoritative: Mean, authoritarian: Mean, permissive: Mean }),
    z.object({
      instrumentId: z.string().max(64),
      // A record (as in InstrumentScore) that must hold the three PSDQ scales.
      subscales: z.record(z.string().max(64), z.object({ value: Mean })).superRefine((s, ctx) => {
        for (const k of PSDQ_SCALES)
          if (!s[k]) ctx.addIssue({ code: "custom", path: [k], message: `the PSDQ scale "${k}" is missing` });
      }),
    }),
  ]),
  environment: z.record(Code, z.boolean().nullable()).optional(),
});
/** Input of {@link familyType}. */
export type FamilyTypeInput = z.input<typeof FamilyTypeInput>;

/** Why a family could not be typed. */
export interface FamilyTypeReason {
  readonly code: "apgar-unusable" | "psdq-unusable";
  readonly zh: string;
  readonly en: string;
}

/** A family type with its explanation and course bundle — or `type: null` with the reasons. */
export interface FamilyTypeResult {
  readonly type: string | null;
  readonly label: { readonly zh: string; readonly en: string } | null;
  readonly description: { readonly zh: string; readonly en: string } | null;
  /** Empty when typed; why not otherwise. */
  readonly reasons: ReadonlyArray<FamilyTypeReason>;
  readonly functioning: {
    readonly total: number;
    readonly band: string;
    readonly label: { readonly zh: string; readonly en: string };
  } | null;
  readonly style: {
    readonly dominant: ParentingStyle;
    readonly means: Readonly<Record<(typeof PSDQ_SCALES)[number], number>>;
    /** Lead of the highest mean over the second. */
    readonly lead: number;
    readonly margin: number;
  } | null;
  /** The checklist, when answered: items met of answered, and whether it adds the environment course. */
  readonly environment: {
    readonly answered: number;
    readonly met: number;
    readonly share: number | null;
    readonly focus: boolean;
    readonly note: { readonly zh: string; readonly en: string } | null;
  } | null;
  readonly bundle: {
    readonly intensity: "universal" | "group" | "individual";
    readonly courses: ReadonlyArray<FamilyCourse>;
  } | null;
  /** Rules and catalogue ids with versions. */
  readonly rules: string;
  readonly catalogue: string;
}

/** Swappable data of {@link familyType}. */
export interface FamilyTypeOptions {
  /** @default familyTypeRules */
  readonly rules?: FamilyTypeRules;
  /** @default familyCourseBundles */
  readonly catalogue?: FamilyCourseCatalogue;
}

/** The dominant style of three means under a margin (fixed order breaks exact ties when margin is 0). */
const dominantStyle = (means: Record<(typeof PSDQ_SCALES)[number], number>, margin: number) => {
  const sorted = [...PSDQ_SCALES].sort((a, b) => means[b] - means[a]); // stable: ties keep the fixed order
  const [first, second] = sorted as [(typeof PSDQ_SCALES)[number], (typeof PSDQ_SCALES)[number]];
  const lead = means[first] - means[second];
  // Compare on 1e-9 so that 4.5 − 4.0 = 0.5 (binary rounding) counts as reaching a 0.5 margin.
  return { dominant: (lead + 1e-9 >= margin ? first : "mixed") as ParentingStyle, lead };
};

/**
 * Types a family (家庭环境适宜度 → 一类一方) from its Family APGAR total and PSDQ style means by an explicit, versioned
 * rule ({@link familyTypeRules}): APGAR band × dominant parenting style → type, with a non-stigmatizing zh-CN/en label
 * and the course bundle of that type from {@link familyCourseBundles} (plus the environment course when the optional
 * checklist asks for it). Unusable scores (APGAR total `null`, any PSDQ mean `null`) give `type: null` with the
 * reasons — never a guess. Deterministic, and total over valid input: every APGAR total 0–10 and every three means 1–5
 * give a type.
 *
 * Source: Smilkstein 1978 (APGAR); Robinson et al. 2001 (PSDQ); 徐汇区“教联体”行动方案 三(三)2 (全覆盖开展“家庭环境
 * 适宜度”评估,根据家庭养育风格,智能推送“一类一方”主题课程); REFERENCE.md §1, §3. Returns a `ValidationError` for
 * malformed input or rules and a {@link FamilyTypeError} for a score from the wrong instrument, an unknown checklist
 * item or a type without a bundle.
 *
 * @example
 * ```ts
 * import { familyType } from "@jiaolianti/scoring";
 * const r = familyType({ apgar: 8, psdq: { authoritative: 4.2, authoritarian: 2.1, permissive: 2.0 } });
 * if (r.ok) console.log(r.value.type, r.value.label?.zh, r.value.bundle?.courses.map((c) => c.title.zh));
 * // "supportive" "支持型" ["家庭中的五育融合", "亲子共读", "亲子场馆研学"]
 * ```
 */
export const familyType = (
  input: FamilyTypeInput,
  options: FamilyTypeOptions = {},
): Result<FamilyTypeResult, ValidationError | FamilyTypeError> => {
  let rules = familyTypeRules;
  if (options.rules && options.rules !== familyTypeRules) {
    const r = parseWith(FamilyTypeRules, options.rules, "FamilyTypeRules");
    if (!r.ok) return r;
    rules = r.value;
  }
  let catalogue = familyCourseBundles;
  if (options.catalogue && options.catalogue !== familyCourseBundles) {
    const c = parseWith(FamilyCourseCatalogue, options.catalogue, "FamilyCourseCatalogue");
    if (!c.ok) return c;
    catalogue = c.value;
  }
  for (const t of rules.types)
    if (!catalogue.bundles[t.id])
      return familyFail(
        "missing-bundle",
        ["catalogue", "bundles", t.id],
        `no course bundle for type "${t.id}"`,
        `类型“${t.label.zh}”没有对应课程包`,
      );

  const parsed = parseWith(FamilyTypeInput, input, "FamilyTypeInput");
  if (!parsed.ok) return parsed;
  const v = parsed.value;

  let total: number | null;
  if (v.apgar !== null && typeof v.apgar === "object") {
    if (v.apgar.instrumentId !== "family-apgar")
      return familyFail(
        "wrong-instrument",
        ["apgar", "instrumentId"],
        `expected a family-apgar score, got "${v.apgar.instrumentId}"`,
        "家庭功能应为 Family APGAR 评分",
      );
    total = v.apgar.total;
  } else total = v.apgar;

  let means: Record<(typeof PSDQ_SCALES)[number], number | null>;
  if ("instrumentId" in v.psdq) {
    if (v.psdq.instrumentId !== "psdq")
      return familyFail(
        "wrong-instrument",
        ["psdq", "instrumentId"],
        `expected a psdq score, got "${v.psdq.instrumentId}"`,
        "教养方式应为 PSDQ 评分",
      );
    const s = v.psdq.subscales;
    means = {
      authoritative: s.authoritative?.value ?? null,
      authoritarian: s.authoritarian?.value ?? null,
      permissive: s.permissive?.value ?? null,
    };
  } else means = v.psdq;

  // Environment checklist (never changes the type).
  let environment: FamilyTypeResult["environment"] = null;
  if (v.environment) {
    const known = new Set(rules.environment.items.map((i) => i.id));
    for (const key of Object.keys(v.environment))
      if (!known.has(key))
        return familyFail(
          "unknown-environment-item",
          ["environment", key],
          `"${key}" is not an item of the environment checklist of ${rules.id}`,
          `“${key}”不是家庭环境清单中的条目`,
        );
    const answers = Object.values(v.environment).filter((a): a is boolean => a !== null);
    const met = answers.filter(Boolean).length;
    const enough = answers.length >= rules.environment.minAnswered;
    const share = enough ? met / answers.length : null;
    environment = {
      answered: answers.length,
      met,
      share,
      focus: share !== null && share < rules.environment.focusBelowShare,
      note: enough
        ? null
        : {
            zh: `家庭环境清单作答不足 ${rules.environment.minAnswered} 项,未用于课程推荐`,
            en: `Fewer than ${rules.environment.minAnswered} checklist items answered: not used for the bundle`,
          },
    };
  }

  const reasons: FamilyTypeReason[] = [];
  if (total === null)
    reasons.push({
      code: "apgar-unusable",
      zh: "家庭功能(APGAR)总分不可用(作答不完整)",
      en: "The Family APGAR total is unusable (incomplete answers)",
    });
  const missing = PSDQ_SCALES.filter((k) => means[k] === null);
  if (missing.length > 0)
    reasons.push({
      code: "psdq-unusable",
      zh: `教养方式(PSDQ)分量表不可用:${missing.join("、")}`,
      en: `PSDQ scale means unusable: ${missing.join(", ")}`,
    });
  const ids = { rules: `${rules.id}@${rules.version}`, catalogue: `${catalogue.id}@${catalogue.version}` };
  const band =
    total === null
      ? undefined
      : [...rules.functioningBands].sort((a, b) => b.from - a.from).find((b) => b.from <= total);
  const functioning = band && total !== null ? { total, band: band.id, label: band.label } : null;
  if (reasons.length > 0 || !band || total === null)
    return {
      ok: true,
      value: {
        type: null,
        label: null,
        description: null,
        reasons,
        functioning,
        style: null,
        environment,
        bundle: null,
        ...ids,
      },
    };

  const full = means as Record<(typeof PSDQ_SCALES)[number], number>;
  const { dominant, lead } = dominantStyle(full, rules.dominanceMargin);
  const typeId = rules.matrix[band.id]?.[dominant];
  const type = rules.types.find((t) => t.id === typeId);
  const bundleRule = type ? catalogue.bundles[type.id] : undefined;
  if (!type || !bundleRule)
    return familyFail(
      "missing-bundle",
      ["rules", "matrix", band.id, dominant],
      `no type or bundle for ${band.id} × ${dominant}`,
      "类型或课程包缺失",
    );
  const courseIds = [...bundleRule.courses];
  if (environment?.focus && !courseIds.includes(catalogue.environmentCourse))
    courseIds.push(catalogue.environmentCourse);
  const courses = courseIds.flatMap((id) => catalogue.courses.filter((c) => c.id === id));
  return {
    ok: true,
    value: {
      type: type.id,
      label: type.label,
      description: type.description,
      reasons: [],
      functioning,
      style: { dominant, means: full, lead, margin: rules.dominanceMargin },
      environment,
      bundle: { intensity: bundleRule.intensity, courses },
      ...ids,
    },
  };
};
