import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/SupportTierDescriptor";

/** The four tiers of the tiered response (分层响应), most to least urgent. */
export const SUPPORT_TIER_CODES = ["red", "orange", "yellow", "green"] as const;

/** A support tier code: `"red" | "orange" | "yellow" | "green"`. */
export const SupportTier = z.enum(SUPPORT_TIER_CODES);
/** A support tier code. */
export type SupportTier = z.infer<typeof SupportTier>;

/**
 * A support tier: what level of support a student is offered now. It describes the response, never the child, and
 * is reviewed as support progresses.
 */
export interface SupportTierDescriptor extends Descriptor<SupportTier> {
  /** Urgency, 0 (green) … 3 (red): compare tiers by this, never by code. */
  readonly urgency: 0 | 1 | 2 | 3;
  /** The corresponding MTSS tier (1 universal, 2 targeted, 3 intensive); red is an intensive, same-day response. */
  readonly mtssTier: 1 | 2 | 3;
  /** What the tier means for the adults around the child, zh-CN. */
  readonly descriptionZh: string;
  /** What the tier means for the adults around the child, en. */
  readonly descriptionEn: string;
}

const t = (
  codeValue: SupportTier,
  labelZh: string,
  labelEn: string,
  urgency: SupportTierDescriptor["urgency"],
  mtssTier: SupportTierDescriptor["mtssTier"],
  descriptionZh: string,
  descriptionEn: string,
): SupportTierDescriptor => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
  urgency,
  mtssTier,
  descriptionZh,
  descriptionEn,
});

/**
 * The support-tier code list (红橙黄绿) with zh-CN and en labels and non-stigmatizing descriptions, keyed by code.
 * Green is universal support that every student receives, not "normal"; no tier says a child is "abnormal".
 * Response times (e.g. red within 24 h, orange within 48 h) and thresholds are a district's versioned configuration,
 * not part of this list.
 *
 * Source: MTSS three-tier model (Tier 1 universal ≈ 80–90 %, Tier 2 targeted ≈ 10–15 %, Tier 3 intensive ≈ 1–5 %);
 * 徐汇区“教联体”行动方案 三(二)2 (四阶预警清单、分层响应机制); REFERENCE.md §3.
 *
 * @example
 * ```ts
 * import { supportTiers } from "@jiaolianti/core";
 * supportTiers.green.labelZh; // "绿色 · 常规关注"
 * supportTiers.red.urgency > supportTiers.orange.urgency; // true
 * ```
 */
export const supportTiers: Readonly<Record<SupportTier, SupportTierDescriptor>> = {
  red: t(
    "red",
    "红色 · 即时关怀",
    "Red · immediate care",
    3,
    3,
    "出现安全信号(如自伤念头):当日联系家长、心理教师与专业机构,安全优先,一起陪伴孩子。",
    "A safety signal was raised (e.g. thoughts of self-harm): same-day contact with the family, the school counsellor and specialist services; safety first, together with the child.",
  ),
  orange: t(
    "orange",
    "橙色 · 个别支持",
    "Orange · individual support",
    2,
    3,
    "需要一对一的支持计划:心理教师牵头,与家庭和专业人员共同制定并定期回顾。",
    "An individual support plan is offered: led by the school counsellor with the family and professionals, reviewed regularly.",
  ),
  yellow: t(
    "yellow",
    "黄色 · 重点关心",
    "Yellow · targeted support",
    1,
    2,
    "提供小组或针对性支持(如同伴小组、家庭指导),并持续关心变化。",
    "Targeted or small-group support is offered (e.g. peer groups, family guidance), with attention to how things change.",
  ),
  green: t(
    "green",
    "绿色 · 常规关注",
    "Green · universal support",
    0,
    1,
    "全体学生共享的常规支持:心理健康教育、班级关怀与家校沟通。",
    "The universal support every student receives: mental-health education, class care and home–school communication.",
  ),
};
