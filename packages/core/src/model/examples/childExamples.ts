import type { EntityInput } from "../entitySchemas.js";

const meta = (id: string, dateLastModified = "2025-10-10T09:00:00+08:00") =>
  ({ id, status: "active", dateLastModified }) as const;

/**
 * Synthetic example records about a child and family (student, family, contact, assessment, tiered-response case,
 * referral, survey response): made-up pseudonymous ids only — no real child is described. Part of
 * {@link entityExamples}.
 *
 * @example
 * ```ts
 * import { childExamples, Student } from "@jiaolianti/core";
 * Student.parse(childExamples.Student);
 * ```
 */
export const childExamples: {
  readonly [K in
    | "Student"
    | "StudentSchoolAssociation"
    | "Family"
    | "Contact"
    | "StudentContactAssociation"
    | "Assessment"
    | "AssessmentResult"
    | "TieredResponseCase"
    | "Referral"
    | "SurveyResponse"]: EntityInput<K>;
} = {
  Student: {
    ...meta("stu-7f3a9c21e0"),
    schoolId: "xh-school-001",
    grade: 4,
    classId: "xh-school-001:g4-c2",
    sex: "female",
    birthYear: 2016,
  },
  StudentSchoolAssociation: {
    ...meta("ssch-0001"),
    studentId: "stu-7f3a9c21e0",
    schoolId: "xh-school-001",
    entryGradeLevel: 4,
    beginDate: "2025-09-01",
  },
  Family: {
    ...meta("fam-2b81d4"),
    supportFlags: ["grandparent-carers"],
    flagsRecordedDate: "2025-10-08",
    flagsReviewDate: "2026-04-08",
  },
  Contact: { ...meta("con-91c0aa"), familyId: "fam-2b81d4", preferredLocale: "zh-CN" },
  StudentContactAssociation: {
    ...meta("sca-0001"),
    studentId: "stu-7f3a9c21e0",
    contactId: "con-91c0aa",
    relation: "maternal-grandmother",
    livesWith: true,
    legalGuardian: false,
    primaryContact: true,
    emergencyContact: true,
    contactPriority: 1,
    beginDate: "2025-09-01",
  },
  Assessment: {
    ...meta("asm-5e77c1"),
    instrumentId: "gad-7",
    instrumentVersion: "1.0",
    studentId: "stu-7f3a9c21e0",
    administeredDate: "2025-10-10",
    informant: "self",
    answers: [1, 2, 1, 2, 2, 1, 2].map((value, i) => ({ itemId: `gad-${i + 1}`, value })),
    consentId: "cons-2025-00412",
  },
  AssessmentResult: {
    ...meta("res-5e77c1-v1"),
    assessmentId: "asm-5e77c1",
    studentId: "stu-7f3a9c21e0",
    instrumentId: "gad-7",
    instrumentVersion: "1.0",
    rulesVersion: "2025.1",
    computedAt: "2025-10-10T15:01:00+08:00",
    usable: true,
    scores: [{ scale: "total", value: 11, prorated: false }],
    band: "moderate",
    flags: [],
    firedRules: ["gad7-band-moderate"],
  },
  TieredResponseCase: {
    ...meta("trc-0031"),
    studentId: "stu-7f3a9c21e0",
    schoolId: "xh-school-001",
    tier: "yellow",
    tierHistory: [{ date: "2025-10-10", tier: "yellow", firedRules: ["gad7-10-14"], resultIds: ["res-5e77c1-v1"] }],
    openedDate: "2025-10-10",
    championRole: "counsellor",
    nextReviewDate: "2025-11-07",
    progress: "progressing",
  },
  Referral: {
    ...meta("ref-0007"),
    caseId: "trc-0031",
    studentId: "stu-7f3a9c21e0",
    service: "family-education-guidance",
    referredDate: "2025-10-12",
    state: "accepted",
    legalBasis: "guardian-consent",
    consentId: "cons-2025-00412",
  },
  SurveyResponse: {
    ...meta("svr-8d1e"),
    surveyId: "svy-2025-family-satisfaction",
    respondent: { kind: "anonymous", role: "parent" },
    schoolId: "xh-school-001",
    submittedAt: "2025-11-03T20:15:00+08:00",
    answers: [
      { questionId: "q1", value: 5 },
      { questionId: "q2", value: true },
      { questionId: "q3", value: null },
    ],
  },
};
