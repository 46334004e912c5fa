/**
 * @packageDocumentation
 * `@jiaolianti/core` — the typed language of the Jiaolianti (教联体) alliance: zod schemas (types inferred), geography
 * with coordinate systems, errors as values, code lists with zh-CN/en labels, and the Xuhui reference data.
 */
export { ReferenceVenue } from "./data/ReferenceVenue.js";
export { type ReferenceSubdistrict, xuhuiSubdistricts } from "./data/xuhuiSubdistricts.js";
export { xuhuiVenues } from "./data/xuhuiVenues.js";
export { type Descriptor, descriptorLabel, type Locale } from "./descriptors/Descriptor.js";
export {
  DEPARTMENT_CODES,
  DEPARTMENT_KIND_CODES,
  Department,
  type DepartmentDescriptor,
  DepartmentKind,
  departments,
} from "./descriptors/departments.js";
export { FITNESS_ITEM_CODES, type FitnessItemCode } from "./descriptors/fitnessItemCodes.js";
export {
  type FitnessBonusItem,
  type FitnessGroup,
  type FitnessLevel,
  type FitnessWeightStandard,
  fitnessWeights2014,
  type WeightedFitnessItem,
} from "./descriptors/fitnessWeights2014.js";
export { Grade } from "./descriptors/Grade.js";
export { Sex } from "./descriptors/Sex.js";
export { SDQ_ITEM_IDS } from "./descriptors/sdqItemIds.js";
export { VenueTheme } from "./descriptors/VenueTheme.js";
export { VENUE_THEME_CODES, venueThemes } from "./descriptors/venueThemes.js";
export { AccessDeniedError, type AccessDeniedReason, accessDenied } from "./errors/AccessDeniedError.js";
export { ConsentMissingError } from "./errors/ConsentMissingError.js";
export { ValidationError, type ValidationIssue, validationError } from "./errors/ValidationError.js";
export { CoordinateSystem } from "./geo/CoordinateSystem.js";
export { GeoPoint, parseGeoPoint } from "./geo/GeoPoint.js";
export { cosLatitude, EARTH_MEAN_RADIUS_M, haversineMeters, haversineMetersDeg } from "./geo/haversineMeters.js";
export type {
  AreaFeature,
  AreaFeatureCollection,
  AreaGeometry,
  GeoJsonMultiPolygon,
  GeoJsonPolygon,
  GeoJsonPosition,
} from "./geo/subdistricts/GeoJsonTypes.js";
export { RANDOM_POINT_MAX_DRAWS, randomPointIn } from "./geo/subdistricts/randomPointIn.js";
export { type SubdistrictRef, subdistrictAt } from "./geo/subdistricts/subdistrictAt.js";
export { subdistrictCentroid } from "./geo/subdistricts/subdistrictCentroid.js";
export {
  type DistrictBoundaryProperties,
  OSM_ATTRIBUTION,
  OSM_LICENCE,
  type SubdistrictBoundaryProperties,
  type XuhuiBoundaries,
  xuhuiBoundaries,
} from "./geo/subdistricts/xuhuiBoundaries.js";
export { toCrs } from "./geo/toCrs.js";
export * from "./model/index.js";
export * from "./oneroster/index.js";
export { actionsLedBy } from "./plan/actionsLedBy.js";
export { ACTION_THEME_CODES, ActionTheme, actionThemes } from "./plan/actionThemes.js";
export { CoordinationMechanism } from "./plan/CoordinationMechanism.js";
export { EvaluationDimension, EvaluationFramework, EvaluationInstrument } from "./plan/EvaluationFramework.js";
export { findTarget } from "./plan/findTarget.js";
export { ImplementationFramework } from "./plan/ImplementationFramework.js";
export { InnovationTrack } from "./plan/InnovationTrack.js";
export { LocalizedText } from "./plan/LocalizedText.js";
export { Plan, PlanPeriod } from "./plan/Plan.js";
export { PlanAction, type PlanActionInput } from "./plan/PlanAction.js";
export { PlanCommitment } from "./plan/PlanCommitment.js";
export { PlanElement, PlanElementPart } from "./plan/PlanElement.js";
export { PlanGoal } from "./plan/PlanGoal.js";
export { PlanParameter } from "./plan/PlanParameter.js";
export { PlanSafeguard, PlanSafeguards } from "./plan/PlanSafeguards.js";
export { PlanSource } from "./plan/PlanSource.js";
export {
  CoverageBase,
  InferredField,
  KpiKind,
  PlanTarget,
  TargetComparator,
  TargetPeriod,
  targetComparatorSymbols,
} from "./plan/PlanTarget.js";
export { PlanTask } from "./plan/PlanTask.js";
export { PlanText } from "./plan/PlanText.js";
export { PolicyReference } from "./plan/PolicyReference.js";
export {
  type JiaoliantiPackage,
  PLAN_CAPABILITY_CODES,
  PlanCapability,
  type PlanCapabilityDescriptor,
  planCapabilities,
} from "./plan/planCapabilities.js";
export { planIntegrityIssues } from "./plan/planIntegrityIssues.js";
export { PLAN_UNIT_CODES, PlanUnit, planUnits } from "./plan/planUnits.js";
export { targetsOf } from "./plan/targetsOf.js";
export { type PlanReferenceKind, UnknownPlanReference, unknownPlanReference } from "./plan/UnknownPlanReference.js";
export { xuhuiPlan2025 } from "./plan/xuhuiPlan2025.js";
export { AccessPolicy, policyLabel } from "./privacy/AccessPolicy.js";
export { allowedSensitivity, requireAccess } from "./privacy/allowedSensitivity.js";
export {
  type AuditedEntry,
  auditSuppression,
  type PublishedTable,
  type SuppressionAudit,
} from "./privacy/auditSuppression.js";
export {
  CONSENT_PURPOSE_CODES,
  ConsentGrantor,
  ConsentPurpose,
  ConsentRecord,
  consentPurposes,
} from "./privacy/ConsentRecord.js";
export { SUPPRESSION_MAX_CELLS } from "./privacy/countsIssues.js";
export { defaultAccessPolicy } from "./privacy/defaultAccessPolicy.js";
export {
  type ConsentDecision,
  type ConsentQuery,
  type ConsentReason,
  type ConsentRuleOptions,
  GUARDIAN_CONSENT_UNDER_AGE,
  hasConsent,
} from "./privacy/hasConsent.js";
export {
  importPseudonymKey,
  PSEUDONYM_MAX_ID_LENGTH,
  PSEUDONYM_MIN_KEY_BYTES,
  type PseudonymizeOptions,
  type PseudonymKey,
  type PseudonymSecret,
  pseudonymize,
  pseudonymizeAll,
  pseudonymizeAllEffect,
  pseudonymizeEffect,
} from "./privacy/pseudonymize.js";
export {
  type AnyObjectSchema,
  type Redacted,
  type RedactionReport,
  redact,
  redactAtLevel,
  redactWithReport,
  type WithheldField,
} from "./privacy/redact.js";
export { requireConsent } from "./privacy/requireConsent.js";
export {
  SENSITIVITY_META_KEY,
  SENSITIVITY_RANK,
  Sensitivity,
  sensitive,
  sensitivityOf,
} from "./privacy/Sensitivity.js";
export {
  type SuppressedEntry,
  SuppressionOptions,
  type SuppressionResult,
  type SuppressionRule,
  suppressSmallCells,
  type TableIndex,
} from "./privacy/suppressSmallCells.js";
export { Relationship, Viewer } from "./privacy/Viewer.js";
export * from "./registry/index.js";
export { parseWith } from "./result/parseWith.js";
export { err, ok, type Result } from "./result/Result.js";
