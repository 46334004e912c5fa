import type { z } from "zod";
import { entityId } from "./entityId.js";

// The branded id of every record kind (OneRoster `sourcedId`). All share one charset and length limit (see entityId);
// the brand keeps a StudentId from being passed where a SchoolId is expected.

/**
 * Id of a subdistrict (街道/镇).
 * @example SubdistrictId.parse("xh-sd-310104003")
 */
export const SubdistrictId = entityId("SubdistrictId");
/** A {@link SubdistrictId} value. */
export type SubdistrictId = z.infer<typeof SubdistrictId>;

/**
 * Id of a school (Ed-Fi `School`, OneRoster org of type `school`).
 * @example SchoolId.parse("xh-school-001")
 */
export const SchoolId = entityId("SchoolId");
/** A {@link SchoolId} value. */
export type SchoolId = z.infer<typeof SchoolId>;

/**
 * Id of a student: **pseudonymous** (a keyed HMAC of the school system's id), never a name, a student number or a national id number.
 * @example StudentId.parse("stu-7f3a9c21e0")
 */
export const StudentId = entityId("StudentId");
/** A {@link StudentId} value. */
export type StudentId = z.infer<typeof StudentId>;

/**
 * Id of a class (行政班) within a school (OneRoster `class`).
 * @example ClassId.parse("xh-school-001:g4-c2")
 */
export const ClassId = entityId("ClassId");
/** A {@link ClassId} value. */
export type ClassId = z.infer<typeof ClassId>;

/**
 * Id of a household, pseudonymous like a student id.
 * @example FamilyId.parse("fam-2b81d4")
 */
export const FamilyId = entityId("FamilyId");
/** A {@link FamilyId} value. */
export type FamilyId = z.infer<typeof FamilyId>;

/**
 * Id of a parent, guardian or carer (Ed-Fi `Contact`), pseudonymous.
 * @example ContactId.parse("con-91c0aa")
 */
export const ContactId = entityId("ContactId");
/** A {@link ContactId} value. */
export type ContactId = z.infer<typeof ContactId>;

/**
 * Id of a student–contact relation (Ed-Fi `StudentContactAssociation`).
 * @example StudentContactAssociationId.parse("sca-0001")
 */
export const StudentContactAssociationId = entityId("StudentContactAssociationId");
/** A {@link StudentContactAssociationId} value. */
export type StudentContactAssociationId = z.infer<typeof StudentContactAssociationId>;

/**
 * Id of a student's enrolment at a school for a period (Ed-Fi `StudentSchoolAssociation`).
 * @example StudentSchoolAssociationId.parse("ssch-0001")
 */
export const StudentSchoolAssociationId = entityId("StudentSchoolAssociationId");
/** A {@link StudentSchoolAssociationId} value. */
export type StudentSchoolAssociationId = z.infer<typeof StudentSchoolAssociationId>;

/**
 * Id of a staff member or external expert (Ed-Fi `Staff`).
 * @example StaffId.parse("staff-coach-017")
 */
export const StaffId = entityId("StaffId");
/** A {@link StaffId} value. */
export type StaffId = z.infer<typeof StaffId>;

/**
 * Id of a staff member's assignment to a school (Ed-Fi `StaffEducationOrganizationAssignmentAssociation`).
 * @example StaffSchoolAssignmentId.parse("ssa-0042")
 */
export const StaffSchoolAssignmentId = entityId("StaffSchoolAssignmentId");
/** A {@link StaffSchoolAssignmentId} value. */
export type StaffSchoolAssignmentId = z.infer<typeof StaffSchoolAssignmentId>;

/**
 * Id of a government department or body of the alliance (区教育局, 区卫健委 …); codes come from the plan's department list.
 * @example DepartmentId.parse("dept-education")
 */
export const DepartmentId = entityId("DepartmentId");
/** A {@link DepartmentId} value. */
export type DepartmentId = z.infer<typeof DepartmentId>;

/**
 * Id of an out-of-school practice venue in the venue registry (场所清单).
 * @example VenueId.parse("xh-venue-001")
 */
export const VenueId = entityId("VenueId");
/** A {@link VenueId} value. */
export type VenueId = z.infer<typeof VenueId>;

/**
 * Id of a bookable session of a venue.
 * @example VenueSessionId.parse("xh-venue-001:s-2025w42-wed")
 */
export const VenueSessionId = entityId("VenueSessionId");
/** A {@link VenueSessionId} value. */
export type VenueSessionId = z.infer<typeof VenueSessionId>;

/**
 * Id of a course or activity offered to schools (资源清单).
 * @example CourseId.parse("course-astronomy-101")
 */
export const CourseId = entityId("CourseId");
/** A {@link CourseId} value. */
export type CourseId = z.infer<typeof CourseId>;

/**
 * Id of a featured collaborative project of the 双百 programme (项目清单).
 * @example ProjectId.parse("proj-football-pipeline-01")
 */
export const ProjectId = entityId("ProjectId");
/** A {@link ProjectId} value. */
export type ProjectId = z.infer<typeof ProjectId>;

/**
 * Id of a home–school–society innovation case of the 双百 programme.
 * @example InnovationCaseId.parse("case-2025-017")
 */
export const InnovationCaseId = entityId("InnovationCaseId");
/** A {@link InnovationCaseId} value. */
export type InnovationCaseId = z.infer<typeof InnovationCaseId>;

/**
 * Id of a competition in the 区-校-社 tiered system.
 * @example CompetitionId.parse("comp-2025-district-football")
 */
export const CompetitionId = entityId("CompetitionId");
/** A {@link CompetitionId} value. */
export type CompetitionId = z.infer<typeof CompetitionId>;

/**
 * Id of a school's request for an out-of-school activity.
 * @example DemandId.parse("dem-2025-0193")
 */
export const DemandId = entityId("DemandId");
/** A {@link DemandId} value. */
export type DemandId = z.infer<typeof DemandId>;

/**
 * Id of a booking of seats at a venue session.
 * @example BookingId.parse("bk-2025-1207")
 */
export const BookingId = entityId("BookingId");
/** A {@link BookingId} value. */
export type BookingId = z.infer<typeof BookingId>;

/**
 * Id of a screening instrument or questionnaire definition (e.g. `phq-a`, `sdq-self`), defined by `@jiaolianti/scoring`.
 * @example InstrumentId.parse("phq-a")
 */
export const InstrumentId = entityId("InstrumentId");
/** A {@link InstrumentId} value. */
export type InstrumentId = z.infer<typeof InstrumentId>;

/**
 * Id of one administration of an instrument to one student (Ed-Fi `StudentAssessment`).
 * @example AssessmentId.parse("asm-5e77c1")
 */
export const AssessmentId = entityId("AssessmentId");
/** A {@link AssessmentId} value. */
export type AssessmentId = z.infer<typeof AssessmentId>;

/**
 * Id of the scored result of an assessment.
 * @example AssessmentResultId.parse("res-5e77c1-v1")
 */
export const AssessmentResultId = entityId("AssessmentResultId");
/** A {@link AssessmentResultId} value. */
export type AssessmentResultId = z.infer<typeof AssessmentResultId>;

/**
 * Id of a tiered-response (分层响应) case for one student.
 * @example TieredResponseCaseId.parse("trc-0031")
 */
export const TieredResponseCaseId = entityId("TieredResponseCaseId");
/** A {@link TieredResponseCaseId} value. */
export type TieredResponseCaseId = z.infer<typeof TieredResponseCaseId>;

/**
 * Id of a referral to a health or support service.
 * @example ReferralId.parse("ref-0007")
 */
export const ReferralId = entityId("ReferralId");
/** A {@link ReferralId} value. */
export type ReferralId = z.infer<typeof ReferralId>;

/**
 * Id of a survey (Ed-Fi `Survey`).
 * @example SurveyId.parse("svy-2025-family-satisfaction")
 */
export const SurveyId = entityId("SurveyId");
/** A {@link SurveyId} value. */
export type SurveyId = z.infer<typeof SurveyId>;

/**
 * Id of one response to a survey (Ed-Fi `SurveyResponse`).
 * @example SurveyResponseId.parse("svr-8d1e")
 */
export const SurveyResponseId = entityId("SurveyResponseId");
/** A {@link SurveyResponseId} value. */
export type SurveyResponseId = z.infer<typeof SurveyResponseId>;

/**
 * Id of an entry of the responsibility list (责任清单).
 * @example ResponsibilityId.parse("resp-huize-runxin-health-1")
 */
export const ResponsibilityId = entityId("ResponsibilityId");
/** A {@link ResponsibilityId} value. */
export type ResponsibilityId = z.infer<typeof ResponsibilityId>;

/**
 * Id of an action of the district plan (e.g. `huize-runxin`, 汇泽润心), defined by the plan module.
 * @example ActionId.parse("huize-runxin")
 */
export const ActionId = entityId("ActionId");
/** A {@link ActionId} value. */
export type ActionId = z.infer<typeof ActionId>;

/**
 * Id of a consent record kept by the privacy module (referenced by id only here).
 * @example ConsentId.parse("cons-2025-00412")
 */
export const ConsentId = entityId("ConsentId");
/** A {@link ConsentId} value. */
export type ConsentId = z.infer<typeof ConsentId>;
