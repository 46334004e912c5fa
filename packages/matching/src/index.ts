/**
 * @packageDocumentation
 * `@jiaolianti/matching` — resource matching for the Jiaolianti (教联体) alliance: the travel model and the
 * 15-minute practice circle, and exact solvers (assignment, transportation, min-cost flow) and stable matchings.
 */

export { AllocateOptions, CostWeights, ModeSpeeds } from "./allocate/AllocateOptions.js";
export { AllocationDemand, AllocationOffer, OfferId } from "./allocate/AllocationInput.js";
export type {
  AllocationResult,
  Alternative,
  BlockingPair,
  Bounds,
  CostTerm,
  GroupShare,
  OfferLoad,
  Placement,
  Unplaced,
} from "./allocate/AllocationResult.js";
export { allocate, type TravelTimes } from "./allocate/allocate.js";
export { bandCost, FAIRNESS_BANDS, type PenaltyBand, penaltyBands } from "./allocate/fairnessPenalty.js";
export type { AllocationMode } from "./allocate/solveAllocation.js";
export {
  type ReasonLabel,
  UNPLACED_REASON_CODES,
  type UnplacedReasonCode,
  unplacedReasons,
} from "./allocate/unplacedReasons.js";
export type { CircleSchool, CircleSite, CircleVenue } from "./circle/CirclePlaces.js";
export { MAX_CIRCLE_PLACES } from "./circle/checkCirclePlaces.js";
export { circleReachable } from "./circle/circleReachable.js";
export { PracticeCircleOptions } from "./circle/PracticeCircleOptions.js";
export { type ProposeSitesOptions, ProposeSitesSettings } from "./circle/ProposeSitesOptions.js";
export {
  type PracticeCircleParameters,
  type PracticeCircles,
  practiceCircles,
  type SchoolCircle,
  type ThemeGap,
} from "./circle/practiceCircles.js";
export {
  GREEDY_GUARANTEE,
  MAX_PROPOSED_SITES,
  type ProposedSite,
  proposeSites,
  type SiteProposal,
} from "./circle/proposeSites.js";
export { ExtraVenueSession, OffersFromVenuesOptions } from "./offers/OffersFromVenuesOptions.js";
export { offersFromVenues, type SkippedVenue, type SkipReason, type VenueOffers } from "./offers/offersFromVenues.js";
export { PairingNeed, PairingOptions, StaffBase } from "./pairing/PairingOptions.js";
export {
  COACH_SCHOOLS,
  type CoachPairing,
  coachCapacity,
  PLAN_MIN_COACHES,
  pairCoaches,
} from "./pairing/pairCoaches.js";
export { pairDoctors } from "./pairing/pairDoctors.js";
export { EXPERT_SCHOOLS, pairExperts } from "./pairing/pairExperts.js";
export type { PairingResult } from "./pairing/pairStaff.js";
export {
  FamilyBundle,
  PlanNeeds,
  RecommendContext,
  RecommendCourse,
  RecommendVenue,
} from "./recommend/RecommendInput.js";
export { DEFAULT_RECOMMEND_WEIGHTS, RecommendOptions } from "./recommend/RecommendOptions.js";
export {
  type CourseRecommendation,
  type CourseRecommendations,
  recommendCourses,
  type ScoreComponent,
} from "./recommend/recommendCourses.js";
export {
  RECOMMEND_EXCLUSION_CODES,
  type RecommendationReason,
  type RecommendExclusionCode,
} from "./recommend/recommendReasons.js";
export {
  MAX_SCHEDULE_TRAVEL_MINUTES,
  ScheduleAllocation,
  ScheduleAllocationId,
  ScheduleOfferId,
} from "./schedule/ScheduleAllocation.js";
export { MAX_SCHEDULE_ALLOCATIONS, type ScheduleOptions, ScheduleSettings } from "./schedule/ScheduleOptions.js";
export {
  ScheduleClosure,
  ScheduleExpert,
  ScheduleOffer,
  ScheduleSchool,
  ScheduleVenue,
} from "./schedule/ScheduleResources.js";
export {
  type Schedule,
  ScheduledSession,
  type ScheduleSearch,
  type UnschedulableItem,
  type UnschedulableReason,
} from "./schedule/ScheduleResult.js";
export { schedule } from "./schedule/schedule.js";
export {
  SCHEDULE_REASON_CODES,
  type ScheduleConflictCode,
  type ScheduleReasonCode,
  scheduleReasons,
} from "./schedule/scheduleReasons.js";
export { SCHEDULE_TIME_ZONE } from "./schedule/shanghaiTime.js";
export { MAX_TERM_DAYS, TermCalendar } from "./schedule/TermCalendar.js";
export { type ExportableSchedule, ICalendarOptions, toICalendar } from "./schedule/toICalendar.js";
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
export { MAX_MATRIX_CELLS } from "./travel/checkMatrixPoints.js";
export { EmbeddedTravelOptions } from "./travel/EmbeddedTravelOptions.js";
export { type RoutingEngine, type RoutingFailureReason, RoutingServerError } from "./travel/RoutingServerError.js";
export {
  type FetchLike,
  OsrmServerOptions,
  RoutingServerOptions,
  ValhallaServerOptions,
} from "./travel/RoutingServerOptions.js";
export { ReachableOptions, reachableWithin } from "./travel/reachableWithin.js";
export type { TravelEngine, TravelFallback, TravelMatrix } from "./travel/TravelMatrixTypes.js";
export { TravelModel, type TravelModelShape } from "./travel/TravelModel.js";
export { TravelMode, TravelOptions } from "./travel/TravelOptions.js";
export {
  BIKE_METERS_PER_MINUTE,
  DEFAULT_DETOUR_FACTOR,
  PRACTICE_CIRCLE_MINUTES,
  WALK_METERS_PER_MINUTE,
} from "./travel/travelDefaults.js";
export { TravelMatrixOptions, travelMatrix, travelMatrixEffect } from "./travel/travelMatrix.js";
export { type TravelEstimate, travelMinutes } from "./travel/travelMinutes.js";
export { makeTravelModel, TravelModelOptions, travelModelLayer } from "./travel/travelModelLayer.js";
export { type Located, type Reachable, withinMinutes } from "./travel/withinMinutes.js";
