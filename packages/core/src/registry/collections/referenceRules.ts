import type { EntityKind } from "../../model/entitySchemas.js";

/** What a reference can point at: a record kind, a session of a venue, or an action of the district plan. */
export type ReferenceTarget = EntityKind | "VenueSession" | "PlanAction";

/**
 * One kind of reference between records, as data: in records of `from`, the id at `path` (dot-separated, `*` for
 * every element of a list) must be the id of a `to` record. For `VenueSession`, `within` is the path of the venue id
 * the session must belong to.
 */
export interface ReferenceRule {
  readonly from: EntityKind;
  readonly path: string;
  readonly to: ReferenceTarget;
  readonly within?: string;
}

const r = (from: EntityKind, path: string, to: ReferenceTarget, within?: string): ReferenceRule =>
  within === undefined ? { from, path, to } : { from, path, to, within };

/** The rules of a `ProviderRef` field: one per kind referenced by id (an `organisation` is named, not referenced). */
const providerRef = (from: EntityKind, field: string): ReadonlyArray<ReferenceRule> => [
  r(from, `${field}.schoolId`, "School"),
  r(from, `${field}.venueId`, "Venue"),
  r(from, `${field}.staffId`, "Staff"),
  r(from, `${field}.departmentId`, "Department"),
  r(from, `${field}.subdistrictId`, "Subdistrict"),
];

/**
 * Every reference between the model's records that {@link referentialCheck} verifies: a booking's demand, venue,
 * session (of that venue) and course; a course's venue and provider; a venue's subdistrict, supervising department,
 * deciding departments and session courses; a project's lead, schools, venues and plan action; an assignment's staff
 * member and school; a responsibility's department and plan action; and the references of the child-data records.
 *
 * @example
 * ```ts
 * import { REFERENCE_RULES } from "@jiaolianti/core";
 * REFERENCE_RULES.filter((x) => x.from === "Booking").map((x) => `${x.path} → ${x.to}`);
 * // ["demandId → Demand", "venueId → Venue", "venueSessionId → VenueSession", "courseId → Course"]
 * ```
 */
export const REFERENCE_RULES: ReadonlyArray<ReferenceRule> = [
  // the five lists
  r("Responsibility", "departmentId", "Department"),
  r("Responsibility", "actionId", "PlanAction"),
  r("Course", "venueId", "Venue"),
  ...providerRef("Course", "provider"),
  r("Venue", "subdistrictId", "Subdistrict"),
  r("Venue", "operator.supervisingDepartmentId", "Department"),
  r("Venue", "admissionHistory.*.decidedBy", "Department"),
  r("Venue", "sessions.*.courseId", "Course"),
  ...providerRef("Project", "lead"),
  r("Project", "schoolIds.*", "School"),
  r("Project", "venueIds.*", "Venue"),
  r("Project", "actionId", "PlanAction"),
  // organisation and operations
  r("School", "subdistrictId", "Subdistrict"),
  r("Department", "subdistrictId", "Subdistrict"),
  r("StaffSchoolAssignment", "staffId", "Staff"),
  r("StaffSchoolAssignment", "schoolId", "School"),
  r("InnovationCase", "schoolIds.*", "School"),
  r("InnovationCase", "projectId", "Project"),
  ...providerRef("Competition", "organiser"),
  r("Competition", "venueId", "Venue"),
  r("Demand", "schoolId", "School"),
  r("Booking", "demandId", "Demand"),
  r("Booking", "venueId", "Venue"),
  r("Booking", "venueSessionId", "VenueSession", "venueId"),
  r("Booking", "courseId", "Course"),
  // child data (pseudonymous)
  r("Student", "schoolId", "School"),
  r("StudentSchoolAssociation", "studentId", "Student"),
  r("StudentSchoolAssociation", "schoolId", "School"),
  r("Contact", "familyId", "Family"),
  r("StudentContactAssociation", "studentId", "Student"),
  r("StudentContactAssociation", "contactId", "Contact"),
  r("Assessment", "studentId", "Student"),
  r("AssessmentResult", "assessmentId", "Assessment"),
  r("AssessmentResult", "studentId", "Student"),
  r("TieredResponseCase", "studentId", "Student"),
  r("TieredResponseCase", "schoolId", "School"),
  r("TieredResponseCase", "championStaffId", "Staff"),
  r("TieredResponseCase", "tierHistory.*.resultIds.*", "AssessmentResult"),
  r("Referral", "caseId", "TieredResponseCase"),
  r("Referral", "studentId", "Student"),
  r("SurveyResponse", "surveyId", "Survey"),
  r("SurveyResponse", "schoolId", "School"),
  r("SurveyResponse", "respondent.contactId", "Contact"),
  r("SurveyResponse", "respondent.staffId", "Staff"),
  r("SurveyResponse", "respondent.studentId", "Student"),
];
