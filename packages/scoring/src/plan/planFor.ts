import {
  CaseChampionRole,
  Code,
  type EducationDimension,
  Grade,
  IsoDate,
  parseWith,
  type ReferralLegalBasis,
  type ReferralService,
  type Result,
  type Role,
  referralServices,
  roles,
  StudentId,
  SupportTier,
  supportTiers,
  type ValidationError,
  type VenueTheme,
} from "@jiaolianti/core";
import { z } from "zod";
import { addDays } from "./addDays.js";
import {
  CONCERN_DOMAIN_CODES,
  ConcernDomain,
  concernDomains,
  type DomainRule,
  domainOf,
  domainRules,
} from "./concernDomains.js";
import { type PlanError, planFail } from "./PlanError.js";
import { defaultPlanPolicy, MONITORING_DAYS, type MonitoringFrequency, PlanPolicy } from "./planPolicy.js";
import { PlanStrategy, strategyCatalogue } from "./strategyCatalogue.js";

/** A zh-CN / en text pair. */
interface Text {
  readonly zh: string;
  readonly en: string;
}

/**
 * The fields of a tiered assessment result that {@link planFor} reads, declared structurally: any result with these
 * fields is accepted (other fields are ignored). `tier` `null` means undetermined. Fired rules are ids, or objects
 * with an `id` and a `criterion` (`kind` / `instrument` / `scale` / `flag`) or an explicit `domain`.
 */
export const PlanTierResult = z.object({
  /** Pseudonymous student id (never a name or student number). */
  studentId: StudentId,
  grade: Grade,
  tier: SupportTier.nullable(),
  firedRules: z
    .array(
      z.union([
        Code,
        z.object({
          id: Code,
          criterion: z
            .object({
              kind: z.string().max(64).optional(),
              instrument: z.string().max(64).optional(),
              scale: z.string().max(64).optional(),
              flag: z.string().max(64).optional(),
            })
            .optional(),
          domain: ConcernDomain.optional(),
        }),
      ]),
    )
    .max(64)
    .optional(),
  /** Support areas stated by the caller, added to those read from the fired rules. */
  domains: z.array(ConcernDomain).max(8).optional(),
  /** Version of the rule set that produced the tier, recorded in the plan's explanation. */
  rulesVersion: z.string().min(1).max(64).optional(),
});
/** The fields of a tiered assessment result that {@link planFor} reads. */
export type PlanTierResult = z.input<typeof PlanTierResult>;

/** When the plan starts and the caller's overrides of the tier's defaults. */
export const PlanContext = z.strictObject({
  startDate: IsoDate,
  /** Plan length in weeks, 1–12. @default the tier's `durationWeeks` */
  durationWeeks: z.int().min(1).max(12).optional(),
  /** The role that champions the plan. @default the tier's `champion` */
  championRole: CaseChampionRole.optional(),
});
/** When the plan starts and the caller's overrides. */
export type PlanContext = z.input<typeof PlanContext>;

/** Swappable data of {@link planFor}. */
export interface PlanOptions {
  /** @default defaultPlanPolicy */
  readonly policy?: PlanPolicy;
  /** @default strategyCatalogue */
  readonly catalogue?: ReadonlyArray<PlanStrategy>;
  /** @default domainRules */
  readonly domainRules?: ReadonlyArray<DomainRule>;
}

/** A strategy chosen for a plan, and why: the tier's base set, or one of the plan's support areas. */
export interface PlanStrategyChoice {
  readonly id: string;
  readonly label: Text;
  readonly description: Text;
  readonly lead: { readonly role: Role; readonly label: Text };
  readonly setting: PlanStrategy["setting"];
  readonly reason: "tier" | ConcernDomain;
}

/** An out-of-school activity need a plan implies, for the matching package: theme, dimensions, grade, urgency. */
export interface PlanNeed {
  readonly theme: VenueTheme;
  readonly dimensions: ReadonlyArray<EducationDimension>;
  readonly grades: ReadonlyArray<number>;
  /** 0 green … 3 red (core's `supportTiers[tier].urgency`). */
  readonly urgency: 0 | 1 | 2 | 3;
  /** Strategies of the plan that use this theme. */
  readonly strategies: ReadonlyArray<string>;
}

/** The referral path of a plan, with service labels. */
export interface PlanReferral {
  readonly required: boolean;
  readonly services: ReadonlyArray<{ readonly service: ReferralService; readonly label: Text }>;
  readonly legalBasis: ReferralLegalBasis;
  readonly steps: ReadonlyArray<Text>;
}

/** A 一生一策 support plan (Panorama plan fields), explained. */
export interface SupportPlan {
  readonly studentId: string;
  readonly grade: number;
  readonly tier: SupportTier;
  readonly tierLabel: Text;
  /** The plan's type: its first support area in priority order. */
  readonly type: ConcernDomain;
  readonly domains: ReadonlyArray<ConcernDomain>;
  readonly goal: { readonly domain: ConcernDomain; readonly text: Text; readonly targetTier: SupportTier };
  readonly strategies: ReadonlyArray<PlanStrategyChoice>;
  readonly champion: { readonly role: CaseChampionRole; readonly label: Text };
  readonly startDate: string;
  /** 1–12. */
  readonly durationWeeks: number;
  /** `startDate` + `durationWeeks` × 7 days: the review date. */
  readonly endDate: string;
  readonly monitoring: {
    readonly frequency: MonitoringFrequency;
    readonly everyDays: number;
    /** Check-in dates: every `everyDays` after the start, and always the review on the end date. */
    readonly checkIns: ReadonlyArray<string>;
  };
  /** First response due within this many hours; `null` = the normal school rhythm. */
  readonly respondWithinHours: number | null;
  /** Always present for red (required); `null` when the plan opens no referral. */
  readonly referral: PlanReferral | null;
  /** Activities to ask the matching package for; empty when the tier does not emit needs (red: safety first). */
  readonly needs: ReadonlyArray<PlanNeed>;
  readonly explanation: {
    readonly policy: string;
    readonly rulesVersion: string | null;
    readonly firedRules: ReadonlyArray<string>;
    readonly domainsFrom: ReadonlyArray<{ readonly rule: string; readonly domain: ConcernDomain }>;
    readonly summary: ReadonlyArray<Text>;
  };
}

const TIER_ORDER = ["green", "yellow", "orange", "red"] as const;
const roleLabel = (role: Role): Text => ({ zh: roles[role].labelZh, en: roles[role].labelEn });

const checkOptions = (
  options: PlanOptions,
): Result<{ policy: PlanPolicy; catalogue: ReadonlyArray<PlanStrategy> }, ValidationError | PlanError> => {
  let policy = defaultPlanPolicy;
  if (options.policy && options.policy !== defaultPlanPolicy) {
    const p = parseWith(PlanPolicy, options.policy, "PlanPolicy");
    if (!p.ok) return p;
    policy = p.value;
  }
  let catalogue = strategyCatalogue;
  if (options.catalogue && options.catalogue !== strategyCatalogue) {
    const c = parseWith(z.array(PlanStrategy).max(500), options.catalogue, "PlanStrategy catalogue");
    if (!c.ok) return c;
    catalogue = c.value;
  }
  for (const tier of TIER_ORDER)
    for (const [i, id] of policy.tiers[tier].baseStrategies.entries())
      if (!catalogue.some((s) => s.id === id))
        return planFail(
          "unknown-strategy",
          ["policy", "tiers", tier, "baseStrategies", i],
          `strategy "${id}" is not in the catalogue`,
          `策略“${id}”不在策略库中`,
        );
  return { ok: true, value: { policy, catalogue } };
};

/**
 * Makes a 一生一策 support plan from a tiered assessment result: the support areas (from the fired rules' criteria
 * via {@link domainRules}, plus `domains`, plus `safety` for red), the plan type (first area in priority order), a
 * goal with a target tier one step less urgent (green stays green), the tier's base strategies then catalogue
 * strategies of the tier taken in turn for each area (round-robin, priority order, up to the tier's maximum), the champion role, start date, duration (1–12
 * weeks), monitoring frequency and check-in dates, the first-response time, the referral path (always required for
 * red) and the out-of-school activity *needs* (themes, dimensions, grade, urgency) for the matching package.
 * Deterministic: the same input gives the same plan; no clock is read (the start date is given).
 *
 * Source: Panorama intervention plans (type, tier, goal, strategies, champion, start date, 1–12 weeks, schedule,
 * monitoring frequency; REFERENCE.md §3); 徐汇区“教联体”行动方案(2025—2027) 三(二)2 (“学生身心发展指数”评估,智能推送
 * “一生一策”,分层响应机制). Returns a `ValidationError` for malformed input and a {@link PlanError} for an
 * undetermined tier or a policy naming an unknown strategy.
 *
 * @example
 * ```ts
 * import { planFor } from "@jiaolianti/scoring";
 * const r = planFor(
 *   { studentId: "stu-7f3a9c21e0", grade: 8, tier: "yellow",
 *     firedRules: [{ id: "yellow-sdq-peer", criterion: { kind: "instrument-band", instrument: "sdq", scale: "peer" } }] },
 *   { startDate: "2025-10-13" },
 * );
 * if (r.ok) console.log(r.value.type, r.value.durationWeeks, r.value.strategies.map((s) => s.id));
 * // "peer-relationships" 8 ["trusted-adult", "team-sports", "peer-buddy", "social-skills-group"]
 * ```
 */
export const planFor = (
  result: PlanTierResult,
  context: PlanContext,
  options: PlanOptions = {},
): Result<SupportPlan, ValidationError | PlanError> => {
  const r = parseWith(PlanTierResult, result, "PlanTierResult");
  if (!r.ok) return r;
  const c = parseWith(PlanContext, context, "PlanContext");
  if (!c.ok) return c;
  const o = checkOptions(options);
  if (!o.ok) return o;
  const { policy, catalogue } = o.value;
  const input = r.value;
  const ctx = c.value;
  const tier = input.tier;
  if (tier === null)
    return planFail(
      "undetermined-tier",
      ["tier"],
      "the result has no tier (nothing usable was measured); reassess before planning",
      "该结果未能确定预警等级(缺少可用的测评分数),请先补充测评",
    );
  const rule = policy.tiers[tier];

  // Support areas, explained.
  const domainsFrom: { rule: string; domain: ConcernDomain }[] = [];
  for (const f of input.firedRules ?? []) {
    if (typeof f === "string") continue;
    const domain = f.domain ?? (f.criterion ? domainOf(f.criterion, options.domainRules ?? domainRules) : undefined);
    if (domain) domainsFrom.push({ rule: f.id, domain });
  }
  const found = new Set<ConcernDomain>([...(input.domains ?? []), ...domainsFrom.map((d) => d.domain)]);
  if (tier === "red") found.add("safety");
  if (found.size === 0) found.add("general-wellbeing");
  const domains = CONCERN_DOMAIN_CODES.filter((d) => found.has(d));
  const type = domains[0] ?? "general-wellbeing";

  // Strategies: the tier's base set, then per area in priority order, catalogue order within an area.
  const chosen: { strategy: PlanStrategy; reason: "tier" | ConcernDomain }[] = [];
  const add = (strategy: PlanStrategy, reason: "tier" | ConcernDomain) => {
    if (!chosen.some((x) => x.strategy.id === strategy.id)) chosen.push({ strategy, reason });
  };
  // Base strategies are always included (checked to exist above), even beyond maxStrategies.
  for (const id of rule.baseStrategies) {
    const s = catalogue.find((x) => x.id === id);
    if (s) add(s, "tier");
  }
  // Then round-robin over the areas (priority order), so every area gets a strategy before any gets a second.
  const queues = domains.map((d) => ({
    d,
    list: catalogue.filter((s) => s.domains.includes(d) && s.tiers.includes(tier)),
  }));
  while (chosen.length < rule.maxStrategies && queues.some((q) => q.list.length > 0))
    for (const q of queues) {
      while (q.list.length > 0 && chosen.some((x) => x.strategy.id === q.list[0]?.id)) q.list.shift();
      const next = q.list.shift();
      if (next && chosen.length < rule.maxStrategies) add(next, q.d);
    }

  // Goal: one tier less urgent at review (green stays green).
  const targetTier = TIER_ORDER[Math.max(0, TIER_ORDER.indexOf(tier) - 1)] ?? "green";
  const durationWeeks = ctx.durationWeeks ?? rule.durationWeeks;
  const endDate = addDays(ctx.startDate, durationWeeks * 7);
  const everyDays = MONITORING_DAYS[rule.monitoring];
  const checkIns: string[] = [];
  for (let k = everyDays; k <= durationWeeks * 7; k += everyDays) checkIns.push(addDays(ctx.startDate, k));
  // The review on the end date is always a check-in (a 2-week plan checked monthly is still reviewed).
  if (checkIns.at(-1) !== endDate) checkIns.push(endDate);

  // Referral path: the tier's, plus the services the chosen strategies open.
  const services = new Set<ReferralService>(rule.referral?.services ?? []);
  for (const { strategy } of chosen) if (strategy.referral) services.add(strategy.referral);
  const referral: PlanReferral | null =
    services.size === 0 && !rule.referral
      ? null
      : {
          required: rule.referral?.required ?? false,
          services: [...services].map((service) => ({
            service,
            label: { zh: referralServices[service].labelZh, en: referralServices[service].labelEn },
          })),
          legalBasis: rule.referral?.legalBasis ?? "guardian-consent",
          steps: rule.referral?.steps ?? [],
        };

  // Needs for the matching package, one per theme.
  const urgency = supportTiers[tier].urgency;
  const byTheme = new Map<VenueTheme, { dimensions: Set<EducationDimension>; strategies: string[] }>();
  if (rule.emitsNeeds)
    for (const { strategy } of chosen)
      for (const theme of strategy.themes) {
        const n = byTheme.get(theme) ?? { dimensions: new Set<EducationDimension>(), strategies: [] };
        for (const d of strategy.dimensions) n.dimensions.add(d);
        n.strategies.push(strategy.id);
        byTheme.set(theme, n);
      }
  const needs: PlanNeed[] = [...byTheme].map(([theme, n]) => ({
    theme,
    dimensions: [...n.dimensions],
    grades: [input.grade],
    urgency,
    strategies: n.strategies,
  }));

  const championRole = ctx.championRole ?? rule.champion;
  const tierLabel = { zh: supportTiers[tier].labelZh, en: supportTiers[tier].labelEn };
  const goalText = policy.goals[type];
  return {
    ok: true,
    value: {
      studentId: input.studentId,
      grade: input.grade,
      tier,
      tierLabel,
      type,
      domains,
      goal: { domain: type, text: goalText, targetTier },
      strategies: chosen.map(({ strategy: s, reason }) => ({
        id: s.id,
        label: s.label,
        description: s.description,
        lead: { role: s.lead, label: roleLabel(s.lead) },
        setting: s.setting,
        reason,
      })),
      champion: { role: championRole, label: roleLabel(championRole) },
      startDate: ctx.startDate,
      durationWeeks,
      endDate,
      monitoring: { frequency: rule.monitoring, everyDays, checkIns },
      respondWithinHours: rule.respondWithinHours,
      referral,
      needs,
      explanation: {
        policy: `${policy.id}@${policy.version}`,
        rulesVersion: input.rulesVersion ?? null,
        firedRules: (input.firedRules ?? []).map((f) => (typeof f === "string" ? f : f.id)),
        domainsFrom,
        summary: [
          { zh: `支持等级:${tierLabel.zh}`, en: `Support tier: ${tierLabel.en}` },
          {
            zh: `支持重点:${domains.map((d) => concernDomains[d].zh).join("、")}`,
            en: `Support areas: ${domains.map((d) => concernDomains[d].en).join(", ")}`,
          },
          {
            zh: `目标:${goalText.zh};复评时达到“${supportTiers[targetTier].labelZh}”或更好`,
            en: `Goal: ${goalText.en}; at review, ${supportTiers[targetTier].labelEn} or better`,
          },
          {
            zh: `${durationWeeks} 周(${ctx.startDate} 至 ${endDate}),${rule.monitoring} 跟进`,
            en: `${durationWeeks} weeks (${ctx.startDate} to ${endDate}), checked ${rule.monitoring}`,
          },
        ],
      },
    },
  };
};
