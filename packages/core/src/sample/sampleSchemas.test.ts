import { describe, expect, test } from "vitest";
import { type EntityKind, entitySchemas } from "../model/entitySchemas.js";
import { createSampleDistrict } from "./createSampleDistrict.js";
import type { SampleDistrict } from "./SampleDistrict.js";

const make = (seed: string, students: number): SampleDistrict => {
  const r = createSampleDistrict({ seed, students });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Each collection of a district with the entity kind its records must parse as. */
const collections = (d: SampleDistrict): Array<[string, EntityKind, Iterable<unknown>, number]> => [
  ["subdistricts", "Subdistrict", d.subdistricts, d.subdistricts.length],
  ["schools", "School", d.schools, d.schools.length],
  ["students", "Student", d.students, d.students.length],
  ["families", "Family", d.families, d.families.length],
  ["contacts", "Contact", d.contacts, d.contacts.length],
  [
    "studentContactAssociations",
    "StudentContactAssociation",
    d.studentContactAssociations,
    d.studentContactAssociations.length,
  ],
  ["venues", "Venue", d.venues, d.venues.length],
  ["courses", "Course", d.courses, d.courses.length],
  ["experts", "Staff", d.experts, d.experts.length],
  ["coaches", "Staff", d.coaches, d.coaches.length],
  ["doctors", "Staff", d.doctors, d.doctors.length],
  ["staffAssignments", "StaffSchoolAssignment", d.staffAssignments, d.staffAssignments.length],
  ["departments", "Department", d.departments, d.departments.length],
  ["responsibilities", "Responsibility", d.responsibilities, d.responsibilities.length],
  ["demands", "Demand", d.demands, d.demands.length],
  ["assessments", "Assessment", d.assessments, d.assessments.length],
];

/** The first few issues of the records of `items` (every `step`-th) that do not parse as `kind`. */
const invalid = (kind: EntityKind, items: Iterable<unknown>, step = 1): unknown[] => {
  const out: unknown[] = [];
  let i = 0;
  for (const item of items) {
    if (i++ % step !== 0) continue;
    const r = entitySchemas[kind].safeParse(item);
    if (!r.success && out.length < 3) out.push({ item, issues: r.error.issues });
  }
  return out;
};

describe("every exported schema accepts what createSampleDistrict makes", () => {
  const small = make("schemas", 1_500);

  test.each(collections(small))("%s (%s): every record of a 1 500-student district", (_name, kind, items, n) => {
    expect(n).toBeGreaterThan(0);
    expect(invalid(kind, items)).toEqual([]);
  });

  test("every instrument appears, with the documented informant", () => {
    const informants = new Map<string, Set<string>>();
    for (const a of small.assessments) {
      const set = informants.get(a.instrumentId) ?? new Set<string>();
      set.add(a.informant);
      informants.set(a.instrumentId, set);
    }
    expect(Object.fromEntries([...informants].map(([id, set]) => [id, [...set]]))).toEqual({
      "phq-9": ["self"],
      "gad-7": ["self"],
      sdq: ["self"],
      mssmhs: ["self"],
      psdq: ["parent"],
      "family-apgar": ["parent"],
      "fitness-2014": ["teacher"],
    });
  });

  test("a Xuhui-sized district (120 000 students): all small collections and a 1-in-97 sample of the large ones", () => {
    const big = make("schemas-120k", 120_000);
    expect(big.students).toHaveLength(120_000);
    for (const [name, kind, items, n] of collections(big)) {
      const step = n > 5_000 ? 97 : 1;
      expect({ name, problems: invalid(kind, items, step) }).toEqual({ name, problems: [] });
    }
  }, 60_000);
});
