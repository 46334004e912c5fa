import { CaseChampionRole, Code, InstrumentVersion, ReferralLegalBasis, ReferralService } from "@jiaolianti/core";
import { z } from "zod";
import { ConcernDomain } from "./concernDomains.js";

const Text = z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) });

/**
 * How often a plan's progress is checked: `daily`, `weekly`, `fortnightly` (every 2 weeks) or `monthly` (every 4
 * weeks).
 */
export const MonitoringFrequency = z.enum(["daily", "weekly", "fortnightly", "monthly"]);
/** How often a plan's progress is checked. */
export type MonitoringFrequency = z.infer<typeof MonitoringFrequency>;

/** Days between check-ins of each {@link MonitoringFrequency}. */
export const MONITORING_DAYS: Readonly<Record<MonitoringFrequency, number>> = {
  daily: 1,
  weekly: 7,
  fortnightly: 14,
  monthly: 28,
};

/** The referral path a tier opens: whether it is required, the services, the legal basis and the steps. */
export const ReferralPath = z.strictObject({
  required: z.boolean(),
  services: z.array(ReferralService).max(7),
  /** The basis on which information is shared (PIPL): `vital-interest` only for a same-day safety response. */
  legalBasis: ReferralLegalBasis,
  steps: z.array(Text).max(10),
});
/** The referral path a tier opens. */
export type ReferralPath = z.infer<typeof ReferralPath>;

/** What a plan of one tier looks like by default. */
export const TierPlanRule = z.strictObject({
  /** Default plan length in weeks (Panorama: 1–12). */
  durationWeeks: z.int().min(1).max(12),
  monitoring: MonitoringFrequency,
  /** The role that champions the plan. */
  champion: CaseChampionRole,
  /** First response due within this many hours of the result; `null` = in the normal school rhythm. */
  respondWithinHours: z.int().min(1).max(336).nullable(),
  /** Strategies every plan of this tier contains, in order (catalogue ids). */
  baseStrategies: z.array(Code).max(10),
  /** Most strategies in one plan. */
  maxStrategies: z.int().min(1).max(12),
  referral: ReferralPath.nullable(),
  /** Whether the plan asks the matching package for out-of-school activities now. */
  emitsNeeds: z.boolean(),
});
/** What a plan of one tier looks like by default. */
export type TierPlanRule = z.infer<typeof TierPlanRule>;

/**
 * A district's versioned plan policy (一生一策 defaults): one {@link TierPlanRule} per tier and a goal sentence per
 * support area. Checked: a red plan must have a required referral path with at least one service.
 *
 * @example
 * ```ts
 * import { PlanPolicy, defaultPlanPolicy } from "@jiaolianti/scoring";
 * PlanPolicy.safeParse(defaultPlanPolicy).success; // true
 * ```
 */
export const PlanPolicy = z
  .strictObject({
    id: Code,
    version: InstrumentVersion,
    source: z.string().min(1).max(2000),
    tiers: z.strictObject({ red: TierPlanRule, orange: TierPlanRule, yellow: TierPlanRule, green: TierPlanRule }),
    goals: z.record(ConcernDomain, Text),
  })
  .superRefine((p, ctx) => {
    const red = p.tiers.red.referral;
    if (!red?.required || red.services.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["tiers", "red", "referral"],
        message: "a red plan needs a required referral path with at least one service",
      });
  });
/** A district's versioned plan policy. */
export type PlanPolicy = z.infer<typeof PlanPolicy>;

/**
 * The default plan policy. Response times follow Chinese school practice (red within 24 h, orange within 48 h —
 * REFERENCE.md §3); monitoring follows MTSS progress-monitoring practice (intensive support checked at least weekly,
 * targeted support weekly or every other week — RTI Action Network, "Tiered Instruction and Intervention — Tier 2",
 * rtinetwork.org), with red checked daily until
 * the next review; durations stay inside Panorama's 1–12 weeks (red 2 weeks, re-planned at review; orange 6; yellow 8;
 * green 12). The red referral path uses the plan's services (医院绿色通道, 社区青少年心理咨询门诊: 徐汇区“教联体”行动方案
 * 三(二)3) and may share information on the vital-interest basis first (PIPL Art. 13(4)), seeking consent afterwards.
 * Durations, frequencies and champions are our defaults: a district changes them as configuration.
 *
 * @example
 * ```ts
 * import { defaultPlanPolicy } from "@jiaolianti/scoring";
 * defaultPlanPolicy.tiers.red.respondWithinHours; // 24
 * ```
 */
export const defaultPlanPolicy: PlanPolicy = {
  id: "jlt-plan-policy",
  version: "2025.1",
  source:
    "REFERENCE.md §3 (Panorama plan fields, 1–12 weeks; red 24 h / orange 48 h; Communities In Schools progress); RTI Action Network progress monitoring (intensive weekly, Tier 2 weekly or every other week); 徐汇区“教联体”行动方案(2025—2027) 三(二)2–3 (一生一策, 分层响应, 绿色通道). Durations and champions: jiaolianti defaults.",
  tiers: {
    red: {
      durationWeeks: 2,
      monitoring: "daily",
      champion: "counsellor",
      respondWithinHours: 24,
      baseStrategies: ["safety-plan", "family-same-day-contact", "specialist-referral"],
      maxStrategies: 5,
      referral: {
        required: true,
        services: ["hospital-green-channel", "community-youth-clinic"],
        legalBasis: "vital-interest",
        steps: [
          {
            zh: "当日:心理教师面谈,确保学生有成人陪伴。",
            en: "Same day: the counsellor meets the student; an adult stays with them.",
          },
          {
            zh: "当日:联系监护人,说明情况与转介安排。",
            en: "Same day: contact the guardian and explain the referral.",
          },
          {
            zh: "经医院绿色通道或社区青少年心理咨询门诊转介,记录转介状态。",
            en: "Refer through the hospital fast-track or the community youth clinic; record the referral's state.",
          },
          {
            zh: "紧急情况先行保护,事后补办监护人同意。",
            en: "In an emergency protect first; obtain guardian consent afterwards.",
          },
        ],
      },
      emitsNeeds: false,
    },
    orange: {
      durationWeeks: 6,
      monitoring: "weekly",
      champion: "counsellor",
      respondWithinHours: 48,
      baseStrategies: ["counsellor-check-ins"],
      maxStrategies: 5,
      referral: {
        required: false,
        services: ["community-youth-clinic"],
        legalBasis: "guardian-consent",
        steps: [
          {
            zh: "与监护人商议是否转介社区青少年心理咨询门诊。",
            en: "Discuss with the guardian whether to refer to the community youth clinic.",
          },
        ],
      },
      emitsNeeds: true,
    },
    yellow: {
      durationWeeks: 8,
      monitoring: "fortnightly",
      champion: "head-teacher",
      respondWithinHours: null,
      baseStrategies: ["trusted-adult"],
      maxStrategies: 4,
      referral: null,
      emitsNeeds: true,
    },
    green: {
      durationWeeks: 12,
      monitoring: "monthly",
      champion: "head-teacher",
      respondWithinHours: null,
      baseStrategies: ["universal-mhe", "class-care"],
      maxStrategies: 3,
      referral: null,
      emitsNeeds: true,
    },
  },
  goals: {
    safety: { zh: "保障安全,建立稳定的陪伴与支持网络", en: "Stay safe, with a steady circle of care and support" },
    "emotional-wellbeing": {
      zh: "情绪更平稳,能说出并调节自己的感受",
      en: "Feel steadier, and be able to name and manage feelings",
    },
    behaviour: {
      zh: "更好地调节情绪与行为,更投入课堂与活动",
      en: "Manage feelings and actions, and join in class more",
    },
    "peer-relationships": {
      zh: "建立至少一段稳定的同伴关系,更愿意参与集体活动",
      en: "Build at least one steady friendship and join group activities",
    },
    "family-relationships": {
      zh: "亲子沟通更顺畅,家庭支持更充分",
      en: "Easier parent–child communication, stronger family support",
    },
    "learning-stress": {
      zh: "学习与休息更平衡,有应对学习压力的方法",
      en: "Balance study and rest, with ways to handle study pressure",
    },
    "physical-health": {
      zh: "养成规律运动习惯,体质健康指标改善",
      en: "A regular activity habit and better fitness results",
    },
    "general-wellbeing": { zh: "保持良好状态,全面成长", en: "Keep doing well and grow in every area" },
  },
};
