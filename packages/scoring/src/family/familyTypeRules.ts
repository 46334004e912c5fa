import { Code, InstrumentVersion } from "@jiaolianti/core";
import { z } from "zod";

const Text = z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) });

/** The parenting styles of the PSDQ, plus `mixed` when no style leads by the rules' margin. */
export const ParentingStyle = z.enum(["authoritative", "authoritarian", "permissive", "mixed"]);
/** A dominant parenting style, or `mixed`. */
export type ParentingStyle = z.infer<typeof ParentingStyle>;

/**
 * The rule that turns Family APGAR and PSDQ scores into a family type (家庭类型, 一类一方), as versioned data:
 *
 * - `functioningBands`: APGAR total bands (`from` = lowest total of the band; the band with the highest `from` ≤ total
 *   wins; one band must start at 0);
 * - `dominanceMargin`: the dominant style is the PSDQ scale with the highest mean when it leads the second by at least
 *   this much (scale points, 1–5 means), otherwise `mixed`; with margin 0 an exact tie goes to the first of
 *   authoritative, authoritarian, permissive;
 * - `matrix`: functioning band × dominant style → type id;
 * - `types`: each type's non-stigmatizing zh-CN/en label and description;
 * - `environment`: an optional yes/no checklist of the home environment; below `focusBelowShare` of items met (with at
 *   least `minAnswered` answered) the course bundle gets the environment course. It never changes the type.
 *
 * @example
 * ```ts
 * import { FamilyTypeRules, familyTypeRules } from "@jiaolianti/scoring";
 * FamilyTypeRules.safeParse(familyTypeRules).success; // true
 * ```
 */
export const FamilyTypeRules = z
  .strictObject({
    id: Code,
    version: InstrumentVersion,
    source: z.string().min(1).max(2000),
    functioningBands: z
      .array(z.strictObject({ id: Code, from: z.int().min(0).max(10), label: Text }))
      .min(1)
      .max(10),
    dominanceMargin: z.number().min(0).max(4),
    matrix: z.record(Code, z.strictObject({ authoritative: Code, authoritarian: Code, permissive: Code, mixed: Code })),
    types: z
      .array(z.strictObject({ id: Code, label: Text, description: Text }))
      .min(1)
      .max(50),
    environment: z.strictObject({
      items: z
        .array(z.strictObject({ id: Code, label: Text }))
        .min(1)
        .max(30),
      focusBelowShare: z.number().min(0).max(1),
      minAnswered: z.int().min(1).max(30),
    }),
  })
  .superRefine((r, ctx) => {
    const froms = r.functioningBands.map((b) => b.from);
    if (!froms.includes(0))
      ctx.addIssue({ code: "custom", path: ["functioningBands"], message: "one band must start at 0" });
    if (new Set(froms).size !== froms.length)
      ctx.addIssue({ code: "custom", path: ["functioningBands"], message: "two bands start at the same total" });
    const typeIds = new Set(r.types.map((t) => t.id));
    for (const b of r.functioningBands) {
      const row = r.matrix[b.id];
      if (!row) {
        ctx.addIssue({ code: "custom", path: ["matrix", b.id], message: `no matrix row for band "${b.id}"` });
        continue;
      }
      for (const [style, type] of Object.entries(row))
        if (!typeIds.has(type))
          ctx.addIssue({ code: "custom", path: ["matrix", b.id, style], message: `unknown type "${type}"` });
    }
  });
/** The family-typing rule. */
export type FamilyTypeRules = z.infer<typeof FamilyTypeRules>;

const t = (id: string, zh: string, en: string, dzh: string, den: string) => ({
  id,
  label: { zh, en },
  description: { zh: dzh, en: den },
});

/**
 * The default family-typing rule (version 2025.1). Functioning bands are Smilkstein's APGAR cut-offs (7–10, 4–6, 0–3),
 * relabelled for families: 家庭支持充足 / 有一定压力 / 压力较大. The dominant style margin (0.5 scale points) and the
 * matrix are *our* explicit convention — the PSDQ publishes continuous means, not categories (Robinson et al. 2001) —
 * and a district may replace them. Labels describe the support a family is offered, never a judgement ("支持型", never
 * "问题家庭"). The six-item environment checklist is our own (no published instrument is implied); it only adds a
 * course to the bundle.
 *
 * | APGAR band | authoritative | authoritarian | permissive | mixed |
 * |---|---|---|---|---|
 * | strong (7–10) | supportive 支持型 | structured 规则型 | relaxed 宽松型 | flexible 多元型 |
 * | some-strain (4–6) | growing-together 共同成长型 | warmth-building 温情共建型 | routine-building 规则共建型 | growing-together |
 * | high-strain (0–3) | partnership 协同陪伴型 (all styles) | | | |
 *
 * Source: Smilkstein G. J Fam Pract 1978;6(6):1231–1239 (APGAR bands); Robinson CC et al. 2001 (PSDQ scales);
 * 徐汇区“教联体”行动方案 三(三)2 (家庭环境适宜度评估,根据家庭养育风格推送“一类一方”主题课程); REFERENCE.md §1, §3.
 *
 * @example
 * ```ts
 * import { familyTypeRules } from "@jiaolianti/scoring";
 * familyTypeRules.matrix.strong?.authoritative; // "supportive"
 * ```
 */
export const familyTypeRules: FamilyTypeRules = {
  id: "jlt-family-type",
  version: "2025.1",
  source:
    "APGAR bands: Smilkstein 1978 (7-10 / 4-6 / 0-3). PSDQ scales: Robinson et al. 2001. Dominant style (highest mean leading by >= 0.5, else mixed) and the band x style matrix: jiaolianti convention, configurable. 徐汇区“教联体”行动方案 三(三)2.",
  functioningBands: [
    { id: "strong", from: 7, label: { zh: "家庭支持充足", en: "Strong family support" } },
    { id: "some-strain", from: 4, label: { zh: "有一定压力", en: "Some strain" } },
    { id: "high-strain", from: 0, label: { zh: "压力较大", en: "Under strain" } },
  ],
  dominanceMargin: 0.5,
  matrix: {
    strong: {
      authoritative: "supportive",
      authoritarian: "structured",
      permissive: "relaxed",
      mixed: "flexible",
    },
    "some-strain": {
      authoritative: "growing-together",
      authoritarian: "warmth-building",
      permissive: "routine-building",
      mixed: "growing-together",
    },
    "high-strain": {
      authoritative: "partnership",
      authoritarian: "partnership",
      permissive: "partnership",
      mixed: "partnership",
    },
  },
  types: [
    t(
      "supportive",
      "支持型",
      "Supportive",
      "温暖与引导兼具,家庭支持充足。",
      "Warmth and guidance together, with strong family support.",
    ),
    t(
      "structured",
      "规则型",
      "Structured",
      "规则清晰、要求明确,可增加情感交流。",
      "Clear rules and expectations; room for more warmth.",
    ),
    t(
      "relaxed",
      "宽松型",
      "Relaxed",
      "氛围宽松、尊重自主,可增加规则与陪伴。",
      "Easy-going and respectful of choice; room for routines.",
    ),
    t(
      "flexible",
      "多元型",
      "Flexible",
      "养育方式多元,可寻找更一致的做法。",
      "Several approaches at once; room for a shared approach.",
    ),
    t(
      "growing-together",
      "共同成长型",
      "Growing together",
      "家庭正面对一些压力,适合学习沟通与减压方法。",
      "Handling some pressure; communication and stress skills will help.",
    ),
    t(
      "warmth-building",
      "温情共建型",
      "Building warmth",
      "有一定压力、要求较严格,适合增进亲子温情。",
      "Some pressure and firm expectations; building warmth will help.",
    ),
    t(
      "routine-building",
      "规则共建型",
      "Building routines",
      "有一定压力、规则较少,适合共同建立家庭规则。",
      "Some pressure and few routines; building routines together will help.",
    ),
    t(
      "partnership",
      "协同陪伴型",
      "Partnership support",
      "家庭压力较大,学校与专业人员将与家庭一起陪伴孩子成长。",
      "Under strain: the school and professionals walk alongside the family.",
    ),
  ],
  environment: {
    items: [
      { id: "study-space", label: { zh: "有相对安静的学习空间", en: "A quiet place to study" } },
      { id: "daily-routine", label: { zh: "作息较为规律", en: "A regular daily routine" } },
      { id: "screen-rules", label: { zh: "有约定的屏幕使用规则", en: "Agreed screen-time rules" } },
      { id: "shared-activity", label: { zh: "每周有共同的家庭活动", en: "A shared family activity each week" } },
      { id: "books-at-home", label: { zh: "家中有适合孩子的读物", en: "Books for the child at home" } },
      { id: "talk-daily", label: { zh: "每天有亲子交流时间", en: "Time to talk every day" } },
    ],
    focusBelowShare: 0.5,
    minAnswered: 4,
  },
};
