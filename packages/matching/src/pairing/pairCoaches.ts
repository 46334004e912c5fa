import type { Result, School, Staff, UnknownReferenceError, ValidationError } from "@jiaolianti/core";
import type { PairingNeed, PairingOptions } from "./PairingOptions.js";
import {
  type PairContext,
  type PairingPreset,
  type PairingResult,
  pairStaff,
  specialtyTerm,
  travelTerm,
} from "./pairStaff.js";

/**
 * Professional coaches the Xuhui plan sends into schools: "选派不少于50名专业教练员入校" (徐汇区“教联体”工作行动方案
 * 2025–2027, 三(七)1).
 */
export const PLAN_MIN_COACHES = 50;

/** Most schools one coach serves by default (the sample district assigns each coach 2–3 schools at 6 h/week). */
export const COACH_SCHOOLS = 3;

/**
 * Default schools per coach: needs spread evenly over the coaches (`⌈needs ÷ coaches⌉`), at most
 * {@link COACH_SCHOOLS} — so the least-cost pairing cannot leave coaches idle by giving others a third school the
 * needs did not require, which serves the plan's target of coaches in schools.
 */
export const coachCapacity = (needs: number, coaches: number): number =>
  Math.max(1, Math.min(COACH_SCHOOLS, Math.ceil(needs / Math.max(1, coaches))));

/**
 * Coach preset: kind `coach`; hard: a sport the school asks for (`specialties` = sports, ranked); cost terms
 * `specialty` (weight 1: 0 for the school's first-choice sport) and `travel` (weight 0.5: minutes from the coach's
 * base ÷ `maxTravelMinutes`).
 */
export const coachPreset = (maxTravelMinutes: number): PairingPreset => ({
  kind: "coach",
  capacity: COACH_SCHOOLS,
  weights: { specialty: 1, travel: 0.5 },
  specialtyRequired: true,
  terms: (x: PairContext, w) => [specialtyTerm(x, w.specialty ?? 0), travelTerm(x, w.travel ?? 0, maxTravelMinutes)],
});

/** A coach pairing, with how it stands against the plan's target of {@link PLAN_MIN_COACHES} coaches in schools. */
export interface CoachPairing extends PairingResult {
  readonly planTarget: { readonly minimum: number; readonly deployed: number; readonly met: boolean };
}

/**
 * Pairs sports coaches with schools' needs (体教互融, 徐汇区“教联体”工作行动方案 三(七)1: at least
 * {@link PLAN_MIN_COACHES} professional coaches into schools) through the allocation core: exact least-cost
 * pairing (or `mode: "stable"`), each pair explained by its terms and next-best coaches, each unmet need by its
 * reason; `planTarget` says whether at least 50 coaches were deployed. Each coach serves up to
 * {@link coachCapacity} schools unless `capacity` says otherwise. Errors as in `pairStaff`: a
 * `ValidationError` (subject `"pairing"`) or an `UnknownReferenceError` (a need's school, a base's or capacity's
 * staff id).
 *
 * @example
 * ```ts
 * import { pairCoaches } from "@jiaolianti/matching";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const sample = createSampleDistrict({ seed: 1, students: 120_000 });
 * if (!sample.ok) throw sample.error;
 * const d = sample.value;
 * const needs = d.schools.map((s) => ({ schoolId: s.id, specialties: ["football", "basketball", "athletics"] }));
 * const r = pairCoaches(d.schools, d.coaches, needs);
 * if (r.ok) console.log(r.value.planTarget, r.value.pairs[0]);
 * ```
 */
export const pairCoaches = (
  schools: ReadonlyArray<School>,
  coaches: ReadonlyArray<Staff>,
  needs: ReadonlyArray<PairingNeed>,
  options: PairingOptions = {},
): Result<CoachPairing, ValidationError | UnknownReferenceError> => {
  const capacity = coachCapacity(Array.isArray(needs) ? needs.length : 0, Array.isArray(coaches) ? coaches.length : 0);
  const r = pairStaff(coachPreset(options.maxTravelMinutes ?? 60), schools, coaches, needs, { capacity, ...options });
  if (!r.ok) return r;
  const deployed = r.value.staffDeployed;
  return {
    ok: true,
    value: { ...r.value, planTarget: { minimum: PLAN_MIN_COACHES, deployed, met: deployed >= PLAN_MIN_COACHES } },
  };
};
