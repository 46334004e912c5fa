import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/StaffKindDescriptor";

/** The kinds of professionals the alliance deploys into schools. */
export const STAFF_KIND_CODES = [
  "coach",
  "science-expert",
  "school-doctor",
  "health-vice-principal",
  "family-education-expert",
  "mental-health-expert",
  "legal-vice-principal",
  "safety-lecturer",
  "teacher",
] as const;

/** A staff kind code, e.g. `"coach"` (教练员). */
export const StaffKind = z.enum(STAFF_KIND_CODES);
/** A staff kind code. */
export type StaffKind = z.infer<typeof StaffKind>;

const k = (codeValue: StaffKind, labelZh: string, labelEn: string): Descriptor<StaffKind> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The staff kind code list with zh-CN and en labels, keyed by code. One person may hold several kinds.
 *
 * Source: 徐汇区“教联体”行动方案 — 三(七)1 专业教练员入校 (≥ 50); 三(五)2 区科学教育专家委员 (100); 三(二)3 健康副校长、
 * “一校一医”、区学生心理健康促进专家库; 三(三)1 区家庭教育指导专家库; 三(八)3 法治副校长、区安全教育讲师团.
 *
 * @example
 * ```ts
 * import { staffKinds } from "@jiaolianti/core";
 * staffKinds["legal-vice-principal"].labelZh; // "法治副校长"
 * ```
 */
export const staffKinds: Readonly<Record<StaffKind, Descriptor<StaffKind>>> = {
  coach: k("coach", "教练员", "Sports coach"),
  "science-expert": k("science-expert", "科学教育专家", "Science education expert"),
  "school-doctor": k("school-doctor", "校医", "School doctor"),
  "health-vice-principal": k("health-vice-principal", "健康副校长", "Health vice-principal"),
  "family-education-expert": k("family-education-expert", "家庭教育指导专家", "Family education expert"),
  "mental-health-expert": k("mental-health-expert", "心理健康专家", "Mental health expert"),
  "legal-vice-principal": k("legal-vice-principal", "法治副校长", "Legal vice-principal"),
  "safety-lecturer": k("safety-lecturer", "安全教育讲师", "Safety education lecturer"),
  teacher: k("teacher", "教师", "Teacher"),
};
