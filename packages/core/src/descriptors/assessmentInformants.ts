import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/AssessmentInformantDescriptor";

/** Who answered an assessment about a student. */
export const ASSESSMENT_INFORMANT_CODES = ["self", "parent", "teacher", "clinician"] as const;

/** An informant code: `"self" | "parent" | "teacher" | "clinician"`. */
export const AssessmentInformant = z.enum(ASSESSMENT_INFORMANT_CODES);
/** An informant code. */
export type AssessmentInformant = z.infer<typeof AssessmentInformant>;

const i = (codeValue: AssessmentInformant, labelZh: string, labelEn: string): Descriptor<AssessmentInformant> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The informant code list with zh-CN and en labels, keyed by code. Norms differ by informant (the SDQ has separate
 * self-report, parent and teacher norm sets), so a result is only comparable within one informant.
 *
 * Source: SDQ informant versions (Goodman; Du, Kou & Coghill 2008 Chinese norms); REFERENCE.md §1.
 *
 * @example
 * ```ts
 * import { assessmentInformants } from "@jiaolianti/core";
 * assessmentInformants.self.labelZh; // "学生自评"
 * ```
 */
export const assessmentInformants: Readonly<Record<AssessmentInformant, Descriptor<AssessmentInformant>>> = {
  self: i("self", "学生自评", "Self-report"),
  parent: i("parent", "家长评", "Parent report"),
  teacher: i("teacher", "教师评", "Teacher report"),
  clinician: i("clinician", "专业人员评估", "Clinician rating"),
};
