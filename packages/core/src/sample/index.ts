/**
 * @packageDocumentation
 * `@jiaolianti/core/sample` — a deterministic synthetic school district on Xuhui's real geography, for demos, tests
 * and benchmarks at any size from 10 to 1 500 000 students. Everything about people is synthetic and pseudonymous.
 */
export { createSampleDistrict, SAMPLE_GENERATOR_VERSION } from "./createSampleDistrict.js";
export type { SampleDistrict, SampleProvenance } from "./SampleDistrict.js";
export { SAMPLE_STUDENTS_RANGE, SampleDistrictOptions } from "./SampleDistrictOptions.js";
export type { SampleRecords } from "./SampleRecords.js";
export {
  BOY_SHARE,
  CLASS_SIZE,
  DEMANDS_PER_SCHOOL,
  FAMILY_FLAG_RATES,
  ITEM_MISSING_RATE,
  OLDER_THAN_GRADE_SHARE,
  SCHOOL_SIZE_RANGE,
  STAFF_PER_120K,
  STAGE_SHARES,
} from "./sampleAssumptions.js";
export { SAMPLE_AS_OF, SAMPLE_TERM } from "./sampleCalendar.js";
export {
  FITNESS_ITEM_IDS,
  SAMPLE_INSTRUMENTS,
  type SampleInstrument,
  type SampleInstrumentKey,
  SDQ_ITEM_IDS,
} from "./sampleInstruments.js";
export { SAMPLE_TARGETS, type SampleTarget } from "./sampleTargets.js";
export { SYNTHETIC_VENUE_FIELDS } from "./sampleVenues.js";
