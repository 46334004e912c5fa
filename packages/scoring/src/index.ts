/**
 * @packageDocumentation
 * `@jiaolianti/scoring` — evaluation scoring for the Jiaolianti (教联体) alliance: the national student physical
 * fitness standard (2014) today; instruments, the development index and MCDA arrive with later releases.
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
