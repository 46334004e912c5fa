/**
 * @packageDocumentation
 * `@jiaolianti/scoring` — evaluation scoring for the Jiaolianti (教联体) alliance: the national student physical
 * fitness standard (2014), screening instruments, and the MCDA engine (normalisation, weights, AHP, TOPSIS, DEA,
 * sensitivity).
 */

export {
  type CalibrationFlag,
  type CalibrationGroup,
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationReport,
  calibrationReport,
  MTSS_EXPECTATIONS,
} from "./development/calibrationReport.js";
export { MAX_BATCH_STUDENTS } from "./development/checkTierBatchInput.js";
export type { DomainWeightsBasis } from "./development/compileDevelopmentIndex.js";
export {
  type CompileWarningRulesOptions,
  compileWarningRules,
  SAFETY_FLAG,
} from "./development/compileWarningRules.js";
export {
  DevelopmentIndexConfig,
  DomainWeights,
  IndexComponent,
  IndexDomain,
  IndexSource,
} from "./development/DevelopmentIndexConfig.js";
export {
  type DevelopmentIndexOptions,
  type DevelopmentIndexResult,
  developmentIndex,
  type IndexComponentResult,
  type IndexDomainResult,
} from "./development/developmentIndex.js";
export type { RuleEvaluation, RuleStatus } from "./development/evaluateRule.js";
export { type OverdueCase, overdueCases, ResponseCase } from "./development/overdueCases.js";
export {
  ResponseObligation,
  ResponseObligations,
  responseObligations,
  type TierObligation,
  xuhuiResponseObligations,
} from "./development/responseObligations.js";
export type { StudentMeasures } from "./development/StudentMeasures.js";
export {
  BMI_CATEGORY_CODES,
  type TierBatchInput,
  type TierBatchOptions,
  type TierBatchResult,
  tierBatch,
} from "./development/tierBatch.js";
export { TIER_BY_URGENCY, TIER_UNDETERMINED } from "./development/tierCodes.js";
export {
  MAX_WARNING_RULES,
  WarningCriterion,
  WarningOperator,
  WarningRule,
  WarningRuleSet,
} from "./development/WarningRuleSet.js";
export {
  WarningRulesError,
  type WarningRulesErrorReason,
  type WarningRulesIssue,
} from "./development/WarningRulesError.js";
export {
  type TierProvenance,
  type WarningTierOptions,
  type WarningTierResult,
  warningTier,
} from "./development/warningTier.js";
export {
  DEFAULT_INDEX_MID,
  type TrendDirection,
  type TrendOptions,
  TrendPoint,
  type WarningTrend,
  warningTrend,
} from "./development/warningTrend.js";
export { xuhuiDevelopmentIndex } from "./development/xuhuiDevelopmentIndex.js";
export { xuhuiWarningRules } from "./development/xuhuiWarningRules.js";
export {
  AdmissionGate,
  AdmissionStandard,
  type AdmissionStandardInput,
} from "./evaluation/admission/AdmissionStandard.js";
export {
  type AdmissionDecision,
  type AdmissionReason,
  admitVenue,
  type GateResult,
  type VenueApplication,
} from "./evaluation/admission/admitVenue.js";
export { reviewVenue, type VenueReview } from "./evaluation/admission/reviewVenue.js";
export { defineFramework } from "./evaluation/defineFramework.js";
export {
  type DepartmentDutyCounts,
  type DepartmentDutyDataOptions,
  departmentDutyData,
} from "./evaluation/departmentDutyData.js";
export type {
  AlternativeEvaluation,
  DimensionScore,
  Evaluation,
  IndicatorExplanation,
  IndicatorNormalisation,
  WeightProvenance,
} from "./evaluation/Evaluation.js";
export type { EvaluationAlternative, EvaluationData } from "./evaluation/EvaluationData.js";
export { EvaluationError, type EvaluationErrorReason, MAX_ALTERNATIVES } from "./evaluation/EvaluationError.js";
export { evaluate } from "./evaluation/evaluate.js";
export { collaborationQualityFramework } from "./evaluation/frameworks/collaborationQualityFramework.js";
export { courseSelectionFramework } from "./evaluation/frameworks/courseSelectionFramework.js";
export { departmentDutyFramework } from "./evaluation/frameworks/departmentDutyFramework.js";
export { innovationCaseFramework, shuangbaiProjectFramework } from "./evaluation/frameworks/shuangbaiFrameworks.js";
export { threeDimensionFramework } from "./evaluation/frameworks/threeDimensionFramework.js";
export { venueAdmissionStandard } from "./evaluation/frameworks/venueAdmissionStandard.js";
export { venueEffectivenessFramework } from "./evaluation/frameworks/venueEffectivenessFramework.js";
export { xuhuiFrameworks } from "./evaluation/frameworks/xuhuiFrameworks.js";
export { Indicator, IndicatorNormalization, IndicatorUnit } from "./evaluation/Indicator.js";
export {
  FRAMEWORK_LIMITS,
  FrameworkDimension,
  IndicatorFramework,
  type IndicatorFrameworkInput,
} from "./evaluation/IndicatorFramework.js";
export { type Selection, type SelectTopOptions, selectTop } from "./evaluation/selectTop.js";
export { type DecisionMatrix, toDecisionMatrix } from "./evaluation/toDecisionMatrix.js";
export { type VenueYear, venueEffectivenessData } from "./evaluation/venueEffectivenessData.js";
export { DimensionWeightSource, WeightSource } from "./evaluation/WeightSource.js";
export { FamilyTypeError, type FamilyTypeErrorReason } from "./family/FamilyTypeError.js";
export { FamilyCourse, FamilyCourseCatalogue, familyCourseBundles } from "./family/familyCourseBundles.js";
export {
  FamilyTypeInput,
  type FamilyTypeOptions,
  type FamilyTypeReason,
  type FamilyTypeResult,
  familyType,
} from "./family/familyType.js";
export { FamilyTypeRules, familyTypeRules, ParentingStyle } from "./family/familyTypeRules.js";
export { type BmiBand, type BmiStandard, bmiStandard2014 } from "./fitness/bmiStandard2014.js";
export { FitnessError, type FitnessErrorReason } from "./fitness/FitnessError.js";
export { type FitnessGrade, fitnessGrade } from "./fitness/fitnessGrade.js";
export { FITNESS_ITEM_CODES, FitnessItem, fitnessItems } from "./fitness/fitnessItems.js";
export {
  type FitnessBonusItem,
  type FitnessGroup,
  type FitnessLevel,
  type FitnessWeightStandard,
  fitnessWeights2014,
  type WeightedFitnessItem,
} from "./fitness/fitnessWeights2014.js";
export { roundHalfUp } from "./fitness/roundHalfUp.js";
export { type BmiCategory, BmiInput, type BmiScore, scoreBmi } from "./fitness/scoreBmi.js";
export { FitnessInput, type FitnessItemScore, type FitnessScore, scoreFitness } from "./fitness/scoreFitness.js";
export { bandIndex } from "./instruments/bandIndex.js";
export { familyApgar } from "./instruments/catalog/familyApgar.js";
export { gad7 } from "./instruments/catalog/gad7.js";
export { instrumentCatalog } from "./instruments/catalog/instrumentCatalog.js";
export { mssmhs } from "./instruments/catalog/mssmhs.js";
export { phq9 } from "./instruments/catalog/phq9.js";
export { phqA } from "./instruments/catalog/phqA.js";
export { phqSeverityBands } from "./instruments/catalog/phqSeverityBands.js";
export { psdq } from "./instruments/catalog/psdq.js";
export { sdq } from "./instruments/catalog/sdq.js";
export { defineInstrument } from "./instruments/defineInstrument.js";
export {
  Band,
  BandTable,
  FlagRule,
  Instrument,
  InstrumentItem,
  InstrumentLabel,
  InstrumentScale,
  ItemScale,
  MissingRule,
  NormSet,
  ScaleBands,
  ScoreDirection,
  SumOfScales,
} from "./instruments/Instrument.js";
export type {
  FiredRule,
  InstrumentScore,
  ScaleResult,
  ScoreExplanation,
  UncheckedRule,
} from "./instruments/InstrumentScore.js";
export { MAX_INSTRUMENT_FLAGS, MAX_INSTRUMENT_ITEMS } from "./instruments/instrumentLimits.js";
export type { InstrumentAnswers } from "./instruments/readAnswers.js";
export type { ScoreOptions } from "./instruments/resolveScoreOptions.js";
export { type ScaleRange, scaleRanges } from "./instruments/scaleRanges.js";
export { scaleValue } from "./instruments/scaleValue.js";
export { scoreInstrument } from "./instruments/scoreInstrument.js";
export {
  type BatchScale,
  type BatchScoreOptions,
  type InstrumentBatchScores,
  scoreInstrumentBatch,
} from "./instruments/scoreInstrumentBatch.js";
export { type AssessmentResultRecord, toAssessmentResult } from "./instruments/toAssessmentResult.js";
export { KpiError, type KpiErrorReason, MAX_KPI_ACTUALS } from "./kpi/KpiError.js";
export { type KpiActual, type KpiStatus, type KpiStatusCode, kpiStatusLabels } from "./kpi/KpiStatus.js";
export type { LinearTrend } from "./kpi/linearTrend.js";
export { type TrackKpiOptions, trackKpi } from "./kpi/trackKpi.js";
export { trackKpis } from "./kpi/trackKpis.js";
export {
  AHP_CONSISTENCY_THRESHOLD,
  type AhpOptions,
  type AhpResult,
  ahp,
} from "./mcda/ahp.js";
export {
  type AhpHierarchyNode,
  type AhpHierarchyResult,
  type AhpNode,
  ahpHierarchy,
} from "./mcda/ahpHierarchy.js";
export { type CriticOptions, type CriticWeights, criticWeights } from "./mcda/criticWeights.js";
export { type DeaOptions, type DeaResult, type DeaUnit, dea } from "./mcda/dea.js";
export { type EntropyWeights, entropyWeights } from "./mcda/entropyWeights.js";
export type { CriterionType, Direction, Matrix } from "./mcda/Matrix.js";
export { McdaError, type McdaErrorReason } from "./mcda/McdaError.js";
export { type NormalizeBasis, type Normalized, type NormalizeOptions, normalize } from "./mcda/normalize.js";
export { RANDOM_INDEX, type RandomIndexTable } from "./mcda/randomIndex.js";
export {
  type RankInterval,
  type RankSensitivity,
  type RankSensitivityOptions,
  rankSensitivity,
  type SensitivityNormalization,
} from "./mcda/rankSensitivity.js";
export { type TopsisNormalization, type TopsisOptions, type TopsisResult, topsis } from "./mcda/topsis.js";
export {
  type TreatedIndicator,
  type TreatOutliersOptions,
  treatOutliers,
  type WinsorisedPoint,
} from "./mcda/treatOutliers.js";
export { weightedGeometricMean } from "./mcda/weightedGeometricMean.js";
export { type WeightedAggregate, type WeightedAggregateOptions, weightedMean } from "./mcda/weightedMean.js";
export {
  CONCERN_DOMAIN_CODES,
  ConcernDomain,
  type CriterionLike,
  concernDomains,
  type DomainRule,
  domainOf,
  domainRules,
} from "./plan/concernDomains.js";
export { PlanError, type PlanErrorReason } from "./plan/PlanError.js";
export {
  PlanContext,
  type PlanNeed,
  type PlanOptions,
  type PlanReferral,
  type PlanStrategyChoice,
  PlanTierResult,
  planFor,
  type SupportPlan,
} from "./plan/planFor.js";
export {
  defaultPlanPolicy,
  MONITORING_DAYS,
  MonitoringFrequency,
  PlanPolicy,
  ReferralPath,
  TierPlanRule,
} from "./plan/planPolicy.js";
export {
  PlanObservation,
  type PlanProgress,
  PlanProgressPlan,
  PlanProgressStatus,
  planProgress,
} from "./plan/planProgress.js";
export { PlanStrategy, strategyCatalogue } from "./plan/strategyCatalogue.js";
