import type { Result, School, Staff, UnknownReferenceError, ValidationError } from "@jiaolianti/core";
import { term } from "../allocate/buildAllocationProblem.js";
import type { PairingOptions } from "./PairingOptions.js";
import { type PairContext, type PairingPreset, type PairingResult, pairStaff, travelTerm } from "./pairStaff.js";

/**
 * 一校一医 preset: kind `school-doctor`, one school per doctor; cost terms `subdistrict` (weight 1: 0 when the doctor's
 * community health centre is in the school's subdistrict, 1 otherwise or unknown) and `travel` (weight 0.5). Same
 * subdistrict first: for any one school a same-subdistrict doctor (cost ≤ 0.5) beats every other (cost ≥ 1); over the
 * whole district the total is minimised, so a chain of reassignments may trade one same-subdistrict pair for travel
 * savings adding up to more than 1. With `weights: { travel: 0 }` the number of same-subdistrict pairs is the
 * maximum possible (strictly first).
 */
export const doctorPreset = (maxTravelMinutes: number): PairingPreset => ({
  kind: "school-doctor",
  capacity: 1,
  weights: { subdistrict: 1, travel: 0.5 },
  specialtyRequired: false,
  terms: (x: PairContext, w) => {
    const same = x.base?.subdistrictId !== undefined && x.base.subdistrictId === x.school.subdistrictId;
    return [
      term("subdistrict", "同一街道", "Same subdistrict", same ? 1 : 0, "same", same ? 0 : 1, w.subdistrict ?? 0),
      travelTerm(x, w.travel ?? 0, maxTravelMinutes),
    ];
  },
});

/**
 * Pairs each school with a doctor of a community health centre — 一校一医 (徐汇区“教联体”工作行动方案 三(二)3:
 * 落实健康副校长和“一校一医”对接机制) — same subdistrict first, then nearest, through the allocation core. `bases`
 * gives each doctor's community health centre (location and subdistrict); every school gets one need.
 *
 * @example
 * ```ts
 * import { pairDoctors } from "@jiaolianti/matching";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const sample = createSampleDistrict({ seed: 1, students: 5_000 });
 * if (!sample.ok) throw sample.error;
 * const d = sample.value;
 * // Each doctor's health centre: here, the centroid of a subdistrict, round-robin.
 * const bases = Object.fromEntries(
 *   d.doctors.map((doc, k) => {
 *     const sd = d.subdistricts[k % d.subdistricts.length]!;
 *     return [doc.id, { location: sd.point, subdistrictId: sd.id }];
 *   }),
 * );
 * const r = pairDoctors(d.schools, d.doctors, { bases });
 * if (r.ok) console.log(r.value.pairs.length, r.value.allocation.placements[0]?.terms);
 * ```
 */
export const pairDoctors = (
  schools: ReadonlyArray<School>,
  doctors: ReadonlyArray<Staff>,
  options: PairingOptions = {},
): Result<PairingResult, ValidationError | UnknownReferenceError> =>
  pairStaff(
    doctorPreset(options.maxTravelMinutes ?? 60),
    schools,
    doctors,
    Array.isArray(schools) ? schools.map((s) => ({ schoolId: (s as School).id, specialties: [] })) : [],
    options,
  );
