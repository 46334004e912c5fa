import {
  CaseChampionRole,
  Code,
  type Descriptor,
  InstrumentVersion,
  parseWith,
  type Result,
  Role,
  roles,
  type SupportTier,
  SupportTier as SupportTierSchema,
  type ValidationError,
} from "@jiaolianti/core";
import { z } from "zod";
import { deepFreeze } from "../instruments/deepFreeze.js";
import { InstrumentLabel } from "../instruments/Instrument.js";

/**
 * What a tier obliges the adults around a student to do, and by when: the first response is due `withinHours` after
 * the tier was raised (`null` = no individual deadline, as for green's universal support), led by `lead` (a staff
 * role: core's `CaseChampionRole`) with `responders` (core role codes; `parent` = the family is contacted).
 *
 * @example
 * ```ts
 * import { ResponseObligation } from "@jiaolianti/scoring";
 * ResponseObligation.parse({
 *   withinHours: 48, lead: "counsellor", responders: ["counsellor", "parent"],
 *   action: { en: "Individual support plan", zh: "制定个别支持计划" },
 * });
 * ```
 */
export const ResponseObligation = z.strictObject({
  withinHours: z
    .number()
    .positive()
    .max(24 * 90)
    .nullable(),
  lead: CaseChampionRole,
  responders: z.array(Role).min(1).max(8),
  action: InstrumentLabel,
});
/** What a tier obliges, and by when. */
export type ResponseObligation = z.infer<typeof ResponseObligation>;

/**
 * A district's tiered response (分层响应) as versioned data: one {@link ResponseObligation} per tier. Deadlines must
 * not grow with urgency (red ≤ orange ≤ yellow).
 *
 * @example
 * ```ts
 * import { ResponseObligations, xuhuiResponseObligations } from "@jiaolianti/scoring";
 * ResponseObligations.safeParse(xuhuiResponseObligations).success; // true
 * ```
 */
export const ResponseObligations = z
  .strictObject({
    id: Code,
    version: InstrumentVersion,
    source: z.string().min(1).max(2000),
    tiers: z.strictObject({
      red: ResponseObligation,
      orange: ResponseObligation,
      yellow: ResponseObligation,
      green: ResponseObligation,
    }),
  })
  .check((ctx) => {
    const order = ["red", "orange", "yellow", "green"] as const;
    let previous = 0;
    for (const tier of order) {
      const h = ctx.value.tiers[tier].withinHours;
      const hours = h ?? Number.POSITIVE_INFINITY;
      if (hours < previous)
        ctx.issues.push({
          code: "custom",
          input: h,
          path: ["tiers", tier, "withinHours"],
          message: `${tier} must not be due sooner than a more urgent tier`,
        });
      previous = hours;
    }
    for (const tier of ["red", "orange"] as const)
      if (ctx.value.tiers[tier].withinHours === null)
        ctx.issues.push({
          code: "custom",
          input: null,
          path: ["tiers", tier, "withinHours"],
          message: `${tier} needs a deadline`,
        });
  });
/** A district's tiered response as versioned data. */
export type ResponseObligations = z.infer<typeof ResponseObligations>;

/**
 * The tiered response shipped as the Xuhui default (a district changes and re-versions it): red — within 24 hours,
 * the same day (当日), led by the school counsellor with the head teacher, the school leadership and the family, with
 * the referral "green channel" to specialist care; orange — within 48 hours, an individual support plan led by the
 * counsellor; yellow — within 7 days (168 h), targeted small-group or family support led by the head teacher; green —
 * the universal support every student receives, no individual deadline.
 *
 * Source: REFERENCE.md §3 (Chinese school practice: red within 24 h, orange within 48 h); 徐汇区“教联体”行动方案
 * 三(二)2–3 (分层响应机制, 三甲医院“绿色通道”); the yellow deadline is our assumption.
 *
 * @example
 * ```ts
 * import { xuhuiResponseObligations } from "@jiaolianti/scoring";
 * xuhuiResponseObligations.tiers.red.withinHours; // 24
 * ```
 */
export const xuhuiResponseObligations: ResponseObligations = deepFreeze({
  id: "xuhui-tiered-response",
  version: "1.0.0",
  source:
    "REFERENCE.md section 3 (red within 24 h same day, orange within 48 h); Xuhui action plan 3(2)2-3 (tiered response, green channel to hospitals). Yellow within 7 days is an assumption.",
  tiers: {
    red: {
      withinHours: 24,
      lead: "counsellor",
      responders: ["counsellor", "head-teacher", "school-admin", "parent"],
      action: {
        en: "Same day: speak with the student, contact the family, involve specialist services (green channel); safety first",
        zh: "当日:与学生面谈,联系家长,对接专业机构(绿色通道),安全优先",
      },
    },
    orange: {
      withinHours: 48,
      lead: "counsellor",
      responders: ["counsellor", "head-teacher", "parent"],
      action: {
        en: "Within 48 h: meet the student and family, agree an individual support plan",
        zh: "48 小时内:与学生和家长沟通,共同制定个别支持计划",
      },
    },
    yellow: {
      withinHours: 168,
      lead: "head-teacher",
      responders: ["head-teacher", "counsellor"],
      action: {
        en: "Within 7 days: offer targeted or small-group support and follow how things change",
        zh: "7 天内:提供小组或针对性支持,持续关心变化",
      },
    },
    green: {
      withinHours: null,
      lead: "head-teacher",
      responders: ["head-teacher", "teacher"],
      action: {
        en: "Universal support: mental-health education, class care, home–school communication",
        zh: "常规支持:心理健康教育、班级关怀与家校沟通",
      },
    },
  },
}) as ResponseObligations;

/** A tier's obligation with the role descriptors (zh-CN/en labels) of its lead and responders. */
export interface TierObligation extends ResponseObligation {
  readonly tier: SupportTier;
  readonly leadRole: Descriptor;
  readonly responderRoles: ReadonlyArray<Descriptor>;
  /** `id@version` of the obligations used. */
  readonly obligations: string;
}

/**
 * The response a tier obliges (分层响应): deadline, lead, responders with their role descriptors, and the action.
 *
 * Source: see {@link xuhuiResponseObligations}.
 *
 * @example
 * ```ts
 * import { responseObligations } from "@jiaolianti/scoring";
 * const r = responseObligations("orange");
 * if (r.ok) console.log(r.value.withinHours, r.value.leadRole.labelZh); // 48 "心理教师"
 * ```
 */
export const responseObligations = (
  tier: SupportTier,
  obligations: ResponseObligations = xuhuiResponseObligations,
): Result<TierObligation, ValidationError> => {
  const t = parseWith(SupportTierSchema, tier, "tier");
  if (!t.ok) return t;
  const o = parseWith(ResponseObligations, obligations, "ResponseObligations");
  if (!o.ok) return o;
  const ob = o.value.tiers[t.value];
  return {
    ok: true,
    value: {
      ...ob,
      tier: t.value,
      leadRole: roles[ob.lead],
      responderRoles: ob.responders.map((r) => roles[r]),
      obligations: `${o.value.id}@${o.value.version}`,
    },
  };
};
