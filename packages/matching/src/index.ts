/**
 * @packageDocumentation
 * `@jiaolianti/matching` — resource matching for the Jiaolianti (教联体) alliance: the travel model and the
 * 15-minute practice circle, and exact solvers (assignment, transportation, min-cost flow) and stable matchings.
 */

export { type InfeasibilityWitness, InfeasibleError } from "./solvers/InfeasibleError.js";
export { type Flow, type FlowArc, type FlowProblem, minCostFlow } from "./solvers/minCostFlow.js";
export { type Assignment, solveAssignment } from "./solvers/solveAssignment.js";
export {
  solveTransportation,
  type TransportationPlan,
  type TransportationProblem,
} from "./solvers/solveTransportation.js";
export {
  type HospitalResidentInstance,
  type HospitalResidentMatching,
  HospitalResidentOptions,
  hospitalResident,
} from "./stable/hospitalResident.js";
export type { Preferences } from "./stable/Preferences.js";
export { type MarriageInstance, StableMarriageOptions, stableMarriage } from "./stable/stableMarriage.js";
export {
  type SpaInstance,
  type SpaLecturer,
  type SpaMatching,
  type SpaProject,
  studentProjectAllocation,
} from "./stable/studentProjectAllocation.js";
export { ReachableOptions, reachableWithin } from "./travel/reachableWithin.js";
export { TravelMode, TravelOptions } from "./travel/TravelOptions.js";
export {
  BIKE_METERS_PER_MINUTE,
  DEFAULT_DETOUR_FACTOR,
  PRACTICE_CIRCLE_MINUTES,
  WALK_METERS_PER_MINUTE,
} from "./travel/travelDefaults.js";
export { type TravelEstimate, travelMinutes } from "./travel/travelMinutes.js";
export { type Located, type Reachable, withinMinutes } from "./travel/withinMinutes.js";
