import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/AccessibilityFeatureDescriptor";

/** Accessibility features a venue offers and a visiting group may need. */
export const ACCESSIBILITY_FEATURE_CODES = [
  "step-free-access",
  "accessible-toilet",
  "lift",
  "wheelchair-loan",
  "tactile-guidance",
  "audio-description",
  "sign-language",
  "hearing-loop",
  "quiet-space",
] as const;

/** An accessibility feature code, e.g. `"step-free-access"` (无障碍通道). */
export const AccessibilityFeature = z.enum(ACCESSIBILITY_FEATURE_CODES);
/** An accessibility feature code. */
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

const a = (codeValue: AccessibilityFeature, labelZh: string, labelEn: string): Descriptor<AccessibilityFeature> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The accessibility feature code list with zh-CN and en labels, keyed by code. A venue lists what it offers; a
 * school's demand lists what its group needs; matching only proposes venues that offer every need.
 *
 * Source: GB 50763-2012 《无障碍设计规范》 (accessible routes, toilets, lifts, tactile paving); schema.org
 * `accessibilityFeature`.
 *
 * @example
 * ```ts
 * import { accessibilityFeatures } from "@jiaolianti/core";
 * accessibilityFeatures["quiet-space"].labelEn; // "Quiet space"
 * ```
 */
export const accessibilityFeatures: Readonly<Record<AccessibilityFeature, Descriptor<AccessibilityFeature>>> = {
  "step-free-access": a("step-free-access", "无障碍通道", "Step-free access"),
  "accessible-toilet": a("accessible-toilet", "无障碍卫生间", "Accessible toilet"),
  lift: a("lift", "无障碍电梯", "Accessible lift"),
  "wheelchair-loan": a("wheelchair-loan", "轮椅借用", "Wheelchair loan"),
  "tactile-guidance": a("tactile-guidance", "盲道/触觉引导", "Tactile guidance"),
  "audio-description": a("audio-description", "语音导览/口述影像", "Audio description"),
  "sign-language": a("sign-language", "手语服务", "Sign-language interpretation"),
  "hearing-loop": a("hearing-loop", "助听环路", "Hearing loop"),
  "quiet-space": a("quiet-space", "安静空间", "Quiet space"),
};
