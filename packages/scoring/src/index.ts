/**
 * @packageDocumentation
 * `@jiaolianti/scoring` — evaluation scoring for the Jiaolianti (教联体) alliance: the national student physical
 * fitness standard (2014), screening instruments, and the MCDA engine (normalisation, weights, AHP, TOPSIS, DEA,
 * sensitivity).
 */
export { type BmiBand, type BmiStandard, bmiStandard2014 } from "./fitness/bmiStandard2014.js";
export { type FitnessGrade, fitnessGrade } from "./fitness/fitnessGrade.js";
export { roundHalfUp } from "./fitness/roundHalfUp.js";
export { type BmiCategory, BmiInput, type BmiScore, scoreBmi } from "./fitness/scoreBmi.js";
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
