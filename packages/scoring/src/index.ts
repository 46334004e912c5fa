/**
 * @packageDocumentation
 * `@jiaolianti/scoring` — evaluation scoring for the Jiaolianti (教联体) alliance: the national student physical
 * fitness standard (2014) today; instruments, the development index and MCDA arrive with later releases.
 */
export { type BmiBand, type BmiStandard, bmiStandard2014 } from "./fitness/bmiStandard2014.js";
export { type FitnessGrade, fitnessGrade } from "./fitness/fitnessGrade.js";
export { roundHalfUp } from "./fitness/roundHalfUp.js";
export { type BmiCategory, BmiInput, type BmiScore, scoreBmi } from "./fitness/scoreBmi.js";
