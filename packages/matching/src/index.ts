/**
 * @packageDocumentation
 * `@jiaolianti/matching` — resource matching for the Jiaolianti (教联体) alliance: the travel model and the
 * 15-minute practice circle (more solvers arrive with later releases).
 */
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
