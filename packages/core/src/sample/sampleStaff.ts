import type { EducationDimension } from "../descriptors/educationDimensions.js";
import type { Grade } from "../descriptors/Grade.js";
import type { StaffKind } from "../descriptors/staffKinds.js";
import type { VenueTheme } from "../descriptors/VenueTheme.js";
import type { SchoolId, StaffId, StaffSchoolAssignmentId } from "../model/common/ids.js";
import type { WeeklySlot } from "../model/common/WeeklySlot.js";
import type { School } from "../model/organisation/School.js";
import type { Staff } from "../model/people/Staff.js";
import type { StaffSchoolAssignment } from "../model/people/StaffSchoolAssignment.js";
import type { Random } from "./random/Random.js";
import { STAFF_PER_120K } from "./sampleAssumptions.js";
import { SAMPLE_AS_OF, SAMPLE_TERM } from "./sampleCalendar.js";

/** Staff of the sample district: no person is named (no `displayName`), every id says `sample`. */
export interface SampleStaff {
  readonly experts: Staff[];
  readonly coaches: Staff[];
  readonly doctors: Staff[];
  readonly staffAssignments: StaffSchoolAssignment[];
}

const SPORTS = [
  "football",
  "basketball",
  "volleyball",
  "table-tennis",
  "badminton",
  "swimming",
  "athletics",
  "martial-arts",
];
const SCIENCE = [
  "astronomy",
  "robotics",
  "programming",
  "meteorology",
  "botany",
  "entomology",
  "aerospace",
  "chemistry",
];
const EXPERT_PROFILE: Readonly<
  Record<
    "science-expert" | "mental-health-expert" | "family-education-expert" | "safety-lecturer",
    { themes: VenueTheme[]; dimensions: EducationDimension[]; pool: string; tags: ReadonlyArray<string> }
  >
> = {
  "science-expert": {
    themes: ["science-technology"],
    dimensions: ["intellectual"],
    pool: "science-education-committee",
    tags: SCIENCE,
  },
  "mental-health-expert": {
    themes: ["health-medical"],
    dimensions: ["moral"],
    pool: "mental-health-promotion",
    tags: ["emotion-regulation", "peer-relationships", "crisis-support", "sleep"],
  },
  "family-education-expert": {
    themes: [],
    dimensions: ["moral"],
    pool: "family-education-guidance",
    tags: ["parent-child-communication", "grandparent-care", "screen-time", "study-habits"],
  },
  "safety-lecturer": {
    themes: ["safety-law"],
    dimensions: ["moral"],
    pool: "safety-education-lecturers",
    tags: ["traffic-safety", "fire-safety", "anti-bullying", "online-safety"],
  },
};

const scaled = (per120k: number, students: number): number => Math.max(1, Math.round((per120k * students) / 120_000));
const id3 = (prefix: string, i: number): StaffId => `${prefix}-${String(i + 1).padStart(3, "0")}` as StaffId;
const AFTER_SCHOOL: WeeklySlot[] = [2, 4].map((dayOfWeek) => ({ dayOfWeek, start: "15:30", end: "17:00" }));
const gradesOf = (school: School): Grade[] => [...school.gradesOffered];

/**
 * Synthetic experts, coaches and school doctors in the numbers of {@link STAFF_PER_120K} (the plan's targets for a
 * Xuhui-sized district, scaled by students), with specialties, expert pools and weekly availability; coaches serve
 * 2–3 schools each (6 h/week), one doctor per school (一校一医) — as `StaffSchoolAssignment`s for the 2026 autumn term.
 */
export const sampleStaff = (schools: ReadonlyArray<School>, students: number, rng: Random): SampleStaff => {
  const base = { status: "active", dateLastModified: SAMPLE_AS_OF } as const;
  const assignments: StaffSchoolAssignment[] = [];
  const assign = (staffId: StaffId, schoolId: SchoolId, kind: StaffKind, hoursPerWeek: number): void => {
    assignments.push({
      id: `sample-ssa-${String(assignments.length + 1).padStart(5, "0")}` as StaffSchoolAssignmentId,
      ...base,
      staffId,
      schoolId,
      kind,
      hoursPerWeek,
      beginDate: SAMPLE_TERM.start,
      endDate: SAMPLE_TERM.end,
    });
  };

  const experts: Staff[] = [];
  for (const kind of [
    "science-expert",
    "mental-health-expert",
    "family-education-expert",
    "safety-lecturer",
  ] as const) {
    const p = EXPERT_PROFILE[kind];
    for (let i = 0; i < scaled(STAFF_PER_120K[kind], students); i++) {
      experts.push({
        id: id3(`sample-${kind}`, i),
        ...base,
        kinds: [kind],
        themes: [...p.themes],
        dimensions: [...p.dimensions],
        specialtyTags: [rng.pick(p.tags)],
        grades: [],
        expertPools: [p.pool],
        availability: [{ dayOfWeek: 1 + rng.int(5), start: "14:00", end: "16:30" }],
      });
    }
  }

  const coaches: Staff[] = [];
  const coachCount = scaled(STAFF_PER_120K.coach, students);
  for (let i = 0; i < coachCount; i++) {
    coaches.push({
      id: id3("sample-coach", i),
      ...base,
      kinds: ["coach"],
      themes: ["sports"],
      dimensions: ["physical"],
      specialtyTags: [rng.pick(SPORTS)],
      grades: [],
      expertPools: [],
      availability: AFTER_SCHOOL.map((s) => ({ ...s })),
    });
  }
  // Coaches go round the schools in order, 2 or 3 (distinct) schools each.
  let next = 0;
  for (const coach of coaches) {
    const k = Math.min(schools.length, 2 + rng.int(2));
    for (let j = 0; j < k; j++) {
      const school = schools[next % schools.length] as School;
      assign(coach.id, school.id, "coach", 6);
      next++;
    }
  }

  const doctors: Staff[] = schools.map((school, i) => {
    const healthVicePrincipal = rng.chance(0.1);
    const doctor: Staff = {
      id: id3("sample-doctor", i),
      ...base,
      kinds: healthVicePrincipal ? ["school-doctor", "health-vice-principal"] : ["school-doctor"],
      themes: ["health-medical"],
      dimensions: ["physical"],
      specialtyTags: ["child-health"],
      grades: gradesOf(school),
      expertPools: [],
      availability: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, start: "08:00", end: "16:00" })),
    };
    assign(doctor.id, school.id, "school-doctor", 40);
    return doctor;
  });

  return { experts, coaches, doctors, staffAssignments: assignments };
};
