import type { Result, School, Staff, UnknownReferenceError, ValidationError } from "@jiaolianti/core";
import { term } from "../allocate/buildAllocationProblem.js";
import type { PairingNeed, PairingOptions } from "./PairingOptions.js";
import {
  type PairContext,
  type PairingPreset,
  type PairingResult,
  pairStaff,
  specialtyTerm,
  travelTerm,
} from "./pairStaff.js";

/** Schools one science expert serves by default (our assumption: 100 experts for a district's ≈ 120 schools). */
export const EXPERT_SCHOOLS = 2;

/**
 * Science-expert preset: kind `science-expert`; hard: a topic the school asks for (`specialties` = topics such as
 * `astronomy`, `robotics`), grades the expert works with overlap the school's; cost terms `specialty` (weight 1),
 * `grade` (weight 0.25: share of the school's grades the expert does not cover; an expert for any grade covers all)
 * and `travel` (weight 0.5).
 */
export const expertPreset = (maxTravelMinutes: number): PairingPreset => ({
  kind: "science-expert",
  capacity: EXPERT_SCHOOLS,
  weights: { specialty: 1, grade: 0.25, travel: 0.5 },
  specialtyRequired: true,
  terms: (x: PairContext, w) => {
    const grades = x.school.gradesOffered;
    const covered =
      x.staff.grades.length === 0 ? grades.length : grades.filter((g) => x.staff.grades.includes(g)).length;
    return [
      specialtyTerm(x, w.specialty ?? 0),
      term("grade", "年级覆盖", "Grade coverage", covered, "grades", 1 - covered / grades.length, w.grade ?? 0),
      travelTerm(x, w.travel ?? 0, maxTravelMinutes),
    ];
  },
});

/**
 * Pairs science education experts with schools (科教互联, 徐汇区“教联体”工作行动方案 三(五)2: 聘任100名区科学教育专家委员,
 * 学校全覆盖形成“三位一体”科学教育教师团队) through the allocation core; explained like {@link pairCoaches}.
 *
 * @example
 * ```ts
 * import { pairExperts } from "@jiaolianti/matching";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const sample = createSampleDistrict({ seed: 1, students: 20_000 });
 * if (!sample.ok) throw sample.error;
 * const d = sample.value;
 * const needs = d.schools.map((s) => ({ schoolId: s.id, specialties: ["astronomy", "robotics", "programming"] }));
 * const r = pairExperts(d.schools, d.experts, needs);
 * if (r.ok) console.log(r.value.pairs.length, r.value.allocation.unplaced[0]?.labelEn);
 * ```
 */
export const pairExperts = (
  schools: ReadonlyArray<School>,
  experts: ReadonlyArray<Staff>,
  needs: ReadonlyArray<PairingNeed>,
  options: PairingOptions = {},
): Result<PairingResult, ValidationError | UnknownReferenceError> =>
  pairStaff(expertPreset(options.maxTravelMinutes ?? 60), schools, experts, needs, options);
