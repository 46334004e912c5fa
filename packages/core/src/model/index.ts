/**
 * @packageDocumentation
 * The domain model of `@jiaolianti/core`: zod schemas (types inferred) for every record a district's home–school–society
 * education alliance (教联体) runs on, the code lists they use, and their JSON Schemas for non-TypeScript vendors.
 * Students, families and contacts are pseudonymous ids; every field about a child or family carries its sensitivity.
 */

// Code lists (src/descriptors, added with the model)
export {
  ACCESSIBILITY_FEATURE_CODES,
  AccessibilityFeature,
  accessibilityFeatures,
} from "../descriptors/accessibilityFeatures.js";
export {
  ASSESSMENT_INFORMANT_CODES,
  AssessmentInformant,
  assessmentInformants,
} from "../descriptors/assessmentInformants.js";
export { COMPETITION_TIER_CODES, CompetitionTier, competitionTiers } from "../descriptors/competitionTiers.js";
export {
  EDUCATION_DIMENSION_CODES,
  EducationDimension,
  educationDimensions,
} from "../descriptors/educationDimensions.js";
export {
  FAMILY_SUPPORT_FLAG_CODES,
  FamilySupportFlag,
  type FamilySupportFlagDescriptor,
  familySupportFlags,
} from "../descriptors/familySupportFlags.js";
export { GUARDIAN_RELATION_CODES, GuardianRelation, guardianRelations } from "../descriptors/guardianRelations.js";
export { REFERRAL_SERVICE_CODES, ReferralService, referralServices } from "../descriptors/referralServices.js";
export {
  REGISTRY_KIND_CODES,
  RegistryKind,
  type RegistryKindDescriptor,
  registryKinds,
} from "../descriptors/registryKinds.js";
export { ROLE_CODES, Role, roles } from "../descriptors/roles.js";
export {
  SCHOOL_STAGE_CODES,
  SchoolStage,
  type SchoolStageDescriptor,
  schoolStages,
} from "../descriptors/schoolStages.js";
export { STAFF_KIND_CODES, StaffKind, staffKinds } from "../descriptors/staffKinds.js";
export {
  SUPPORT_TIER_CODES,
  SupportTier,
  type SupportTierDescriptor,
  supportTiers,
} from "../descriptors/supportTiers.js";
export {
  VENUE_ADMISSION_STATUS_CODES,
  VenueAdmissionStatus,
  type VenueAdmissionStatusDescriptor,
  venueAdmissionStatuses,
} from "../descriptors/venueAdmissionStatuses.js";
// Entities
export { Booking } from "./booking/Booking.js";
export { Demand, MAX_GROUP_SIZE, MAX_TRAVEL_MINUTES } from "./booking/Demand.js";
// Common building blocks
export { boundedText, TEXT_MAX } from "./common/boundedText.js";
export { CODE_MAX_LENGTH, Code } from "./common/Code.js";
export { compareTemporal, IsoDate, IsoDateTime, LocalTime } from "./common/dates.js";
export { type EndNotBeforeOptions, endNotBefore } from "./common/endNotBefore.js";
export { ENTITY_ID_MAX_LENGTH, ENTITY_ID_PATTERN, entityId } from "./common/entityId.js";
export {
  ActionId,
  AssessmentId,
  AssessmentResultId,
  BookingId,
  ClassId,
  CompetitionId,
  ConsentId,
  ContactId,
  CourseId,
  DemandId,
  DepartmentId,
  FamilyId,
  InnovationCaseId,
  InstrumentId,
  ProjectId,
  ReferralId,
  ResponsibilityId,
  SchoolId,
  StaffId,
  StaffSchoolAssignmentId,
  StudentContactAssociationId,
  StudentId,
  StudentSchoolAssociationId,
  SubdistrictId,
  SurveyId,
  SurveyResponseId,
  TieredResponseCaseId,
  VenueId,
  VenueSessionId,
} from "./common/ids.js";
export { ProviderRef } from "./common/ProviderRef.js";
export { RecordStatus } from "./common/RecordStatus.js";
export { recordFields } from "./common/recordFields.js";
export { TIME_WINDOW_MAX_DAYS, TimeWindow } from "./common/TimeWindow.js";
export { timeBoundedFields } from "./common/timeBoundedFields.js";
export { uniqueList } from "./common/uniqueList.js";
export { WeeklySlot } from "./common/WeeklySlot.js";
// The whole model
export { entityExamples } from "./entityExamples.js";
export { ENTITY_KINDS, type Entity, type EntityInput, type EntityKind, entitySchemas } from "./entitySchemas.js";
export { childExamples } from "./examples/childExamples.js";
export { registryExamples } from "./examples/registryExamples.js";
export { Responsibility } from "./governance/Responsibility.js";
export { Competition, MAX_PARTICIPANTS } from "./offer/Competition.js";
export { Course, MAX_COURSE_MINUTES } from "./offer/Course.js";
export { InnovationCase } from "./offer/InnovationCase.js";
export { Project } from "./offer/Project.js";
export { DepartmentRecord } from "./organisation/DepartmentRecord.js";
export { GradeEnrolment, MAX_STUDENTS_PER_GRADE, School } from "./organisation/School.js";
export { Subdistrict } from "./organisation/Subdistrict.js";
export { parseEntity } from "./parseEntity.js";
export { Contact } from "./people/Contact.js";
export { Family } from "./people/Family.js";
export { Staff } from "./people/Staff.js";
export { StaffSchoolAssignment } from "./people/StaffSchoolAssignment.js";
export { BIRTH_YEAR_RANGE, Student } from "./people/Student.js";
export { StudentContactAssociation } from "./people/StudentContactAssociation.js";
export { StudentSchoolAssociation } from "./people/StudentSchoolAssociation.js";
export { Survey } from "./survey/Survey.js";
export { SurveyAnswer, SurveyRespondent, SurveyResponse } from "./survey/SurveyResponse.js";
export { JSON_SCHEMA_ID_BASE, type JsonSchema, toJSONSchemas } from "./toJSONSchemas.js";
export { MAX_VENUE_CAPACITY, Venue } from "./venue/Venue.js";
export { VenueAccess } from "./venue/VenueAccess.js";
export { VenueAdmissionEvent } from "./venue/VenueAdmissionEvent.js";
export { VenueOperator } from "./venue/VenueOperator.js";
export { MAX_SESSION_CAPACITY, VenueSession } from "./venue/VenueSession.js";
export { Assessment, AssessmentAnswer, MAX_ASSESSMENT_ITEMS } from "./wellbeing/Assessment.js";
export { AssessmentResult, ScaleScore } from "./wellbeing/AssessmentResult.js";
export { InstrumentVersion } from "./wellbeing/InstrumentVersion.js";
export { Referral, ReferralLegalBasis } from "./wellbeing/Referral.js";
export { CaseChampionRole, TierChange, TieredResponseCase } from "./wellbeing/TieredResponseCase.js";
