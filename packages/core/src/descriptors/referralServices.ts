import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/ReferralServiceDescriptor";

/** The services a student (and family) can be referred to from a tiered-response case. */
export const REFERRAL_SERVICE_CODES = [
  "community-youth-clinic",
  "hospital-green-channel",
  "school-doctor",
  "family-education-guidance",
  "community-youth-service",
  "legal-support",
  "social-assistance",
] as const;

/** A referral service code, e.g. `"community-youth-clinic"`. */
export const ReferralService = z.enum(REFERRAL_SERVICE_CODES);
/** A referral service code. */
export type ReferralService = z.infer<typeof ReferralService>;

const s = (codeValue: ReferralService, labelZh: string, labelEn: string): Descriptor<ReferralService> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The referral service code list with zh-CN and en labels, keyed by code.
 *
 * Source: 徐汇区“教联体”行动方案 三(二)3 (社区卫生中心“青少年心理咨询门诊”、“一校一医”、市精卫中心等三甲医院“绿色通道”),
 * 三(三)2 (家庭指导), 三(八)2 (社区少年服务队), 三(八)1 (人民调解/法律), 民政帮扶.
 *
 * @example
 * ```ts
 * import { referralServices } from "@jiaolianti/core";
 * referralServices["hospital-green-channel"].labelZh; // "医院绿色通道"
 * ```
 */
export const referralServices: Readonly<Record<ReferralService, Descriptor<ReferralService>>> = {
  "community-youth-clinic": s("community-youth-clinic", "社区青少年心理咨询门诊", "Community youth counselling clinic"),
  "hospital-green-channel": s("hospital-green-channel", "医院绿色通道", "Hospital fast-track (green channel)"),
  "school-doctor": s("school-doctor", "校医/一校一医", "School doctor"),
  "family-education-guidance": s("family-education-guidance", "家庭教育指导", "Family education guidance"),
  "community-youth-service": s("community-youth-service", "社区少年服务队", "Community youth service team"),
  "legal-support": s("legal-support", "法律支持与调解", "Legal support and mediation"),
  "social-assistance": s("social-assistance", "民政社会救助", "Social assistance"),
};
