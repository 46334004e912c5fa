import { xuhuiVenues } from "../data/xuhuiVenues.js";
import type { ValidationError } from "../errors/ValidationError.js";
import { OSM_ATTRIBUTION } from "../geo/subdistricts/xuhuiBoundaries.js";
import { xuhuiPlan2025 } from "../plan/xuhuiPlan2025.js";
import { parseWith } from "../result/parseWith.js";
import { ok, type Result } from "../result/Result.js";
import { PseudonymousIds } from "./random/pseudonymousIds.js";
import { seedStreams } from "./random/seedStreams.js";
import { SampleAssessments } from "./SampleAssessments.js";
import type { SampleDistrict, SampleProvenance } from "./SampleDistrict.js";
import { SampleDistrictOptions } from "./SampleDistrictOptions.js";
import { FITNESS_DAYS, SCREENING_DAYS } from "./sampleCalendar.js";
import { sampleCourses } from "./sampleCourses.js";
import { sampleDemands } from "./sampleDemands.js";
import { sampleDepartments, sampleResponsibilities } from "./sampleDepartments.js";
import { sampleFamilies } from "./sampleFamilies.js";
import { sampleSchools } from "./sampleSchools.js";
import { sampleStaff } from "./sampleStaff.js";
import { sampleStudents } from "./sampleStudents.js";
import { sampleSubdistricts } from "./sampleSubdistricts.js";
import { sampleVenues } from "./sampleVenues.js";

/** Version of the generator: the same (version, seed, students) always gives the same district. */
export const SAMPLE_GENERATOR_VERSION = "1.0.0";

const PROVENANCE: SampleProvenance = {
  generatorVersion: SAMPLE_GENERATOR_VERSION,
  real: [
    "Subdistricts: names, NBS codes, OSM relations and polygon centroids (OpenStreetMap, ODbL-1.0)",
    "Venues: names, themes, approximate WGS-84 points, addresses, recorded subdistricts (src/data/README.md)",
    "Departments and the responsibility list's actions and tasks: Xuhui Jiaolianti action plan 2025–2027",
  ],
  synthetic: [
    "Schools, their names, sizes, places and enrolment (labelled synthetic)",
    "Students, families, contacts and associations (pseudonymous ids; no real person)",
    "All assessment answers and fitness measurements (model calibrated to published prevalence)",
    "Family-support flags (assumed rates), staff, courses, demands",
    "Venue capacities, sessions, opening hours, accessibility, access, admission; responsibility progress",
  ],
  attribution: OSM_ATTRIBUTION,
};

/**
 * Creates a deterministic synthetic school district on Xuhui's real geography, at any size from 10 to 1 500 000
 * students: the 13 real subdistricts and 67 real venues plus synthetic schools (labelled synthetic, placed inside their
 * subdistrict's polygon), students with a realistic grade and stage mix, families with parenting-style answers,
 * screening answers whose score distributions follow published prevalence, fitness data, staff, courses, venue
 * sessions with capacities, demands and the plan's responsibility list. The same seed always gives the same district
 * (for a given {@link SAMPLE_GENERATOR_VERSION}). Invalid options come back as a `ValidationError`, never a throw.
 *
 * What is real and what is assumed, with sources: `provenance` on the result, the exported assumptions
 * (`STAGE_SHARES`, `FAMILY_FLAG_RATES` …), `SAMPLE_TARGETS` and `src/sample/README.md`. A Xuhui-sized district
 * (120 000 students) takes about 2 s on one core; 1.5 M students ≈ 25–35 s and ≈ 1.2 GB of heap.
 *
 * @example
 * ```ts
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const r = createSampleDistrict({ seed: "demo", students: 2_000 });
 * if (r.ok) {
 *   const { schools, students, venues, assessments } = r.value;
 *   console.log(schools.length, students.length, venues.length, assessments.length); // 3 2000 67 10260
 * }
 * ```
 */
export const createSampleDistrict = (options: SampleDistrictOptions = {}): Result<SampleDistrict, ValidationError> => {
  const parsed = parseWith(SampleDistrictOptions, options, "SampleDistrictOptions");
  if (!parsed.ok) return parsed;
  const { seed, students: count } = parsed.value;
  const rng = seedStreams(seed, [
    "schools",
    "students",
    "families",
    "venues",
    "staff",
    "plan",
    "demands",
    "ids",
    "dates",
  ]);
  const ids = {
    student: new PseudonymousIds("stu-", rng.ids),
    family: new PseudonymousIds("fam-", rng.ids),
    contact: new PseudonymousIds("con-", rng.ids),
    association: new PseudonymousIds("sca-", rng.ids),
    assessment: new PseudonymousIds("asm-", rng.ids),
  };

  const planned = sampleSchools(count, rng.schools);
  const { students, schoolOf, tables } = sampleStudents(planned, rng.students, ids.student);
  const family = sampleFamilies(students, rng.families, ids);
  const courses = sampleCourses(xuhuiVenues, rng.venues);
  const venues = sampleVenues(xuhuiVenues, courses, rng.venues);
  const staff = sampleStaff(planned.schools, count, rng.staff);

  const screening = planned.schools.map(() => rng.dates.int(SCREENING_DAYS.length - 5));
  const dates = {
    screening: screening.map((d) => SCREENING_DAYS[d] as string),
    parent: screening.map((d) => SCREENING_DAYS[d + 1 + rng.dates.int(4)] as string),
    fitness: planned.schools.map(() => rng.dates.pick(FITNESS_DAYS)),
  };

  return ok({
    seed,
    provenance: PROVENANCE,
    subdistricts: sampleSubdistricts(),
    schools: planned.schools,
    students,
    families: family.families,
    contacts: family.contacts,
    studentContactAssociations: family.studentContactAssociations,
    venues,
    courses,
    experts: staff.experts,
    coaches: staff.coaches,
    doctors: staff.doctors,
    staffAssignments: staff.staffAssignments,
    departments: sampleDepartments(),
    responsibilities: sampleResponsibilities(xuhuiPlan2025, rng.plan),
    demands: sampleDemands(planned.schools, venues, rng.demands),
    assessments: new SampleAssessments(tables, students, schoolOf, dates, ids.assessment),
  });
};
