import { describe, expect, test } from "vitest";
import { createSampleDistrict } from "./createSampleDistrict.js";
import type { SampleDistrict } from "./SampleDistrict.js";
import { SampleDistrictOptions } from "./SampleDistrictOptions.js";

const make = (seed: number | string, students: number): SampleDistrict => {
  const r = createSampleDistrict({ seed, students });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Groups by key (Map.groupBy needs Node 21; engines allow Node 20). */
const groupBy = <T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> => {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
};

/** Everything a district holds, with the lazy assessments made into an array. */
const snapshot = (d: SampleDistrict) => ({ ...d, assessments: d.assessments.toArray() });

describe("createSampleDistrict options", () => {
  test.each([
    ["too few students", { seed: 1, students: 9 }, ["students"]],
    ["too many students", { seed: 1, students: 1_500_001 }, ["students"]],
    ["a fractional count", { seed: 1, students: 10.5 }, ["students"]],
    ["a count as a string", { seed: 1, students: "100" }, ["students"]],
    ["a fractional seed", { seed: 1.5, students: 100 }, ["seed"]],
    ["an empty seed", { seed: "", students: 100 }, ["seed"]],
    ["an unknown option", { seed: 1, students: 100, name: "x" }, []],
  ])("rejects %s with a ValidationError, without throwing", (_name, options, path) => {
    const r = createSampleDistrict(options as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("SampleDistrictOptions");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("defaults to a Xuhui-sized district (120 000 students) with seed 'xuhui'", () => {
    expect(SampleDistrictOptions.parse({})).toEqual({ seed: "xuhui", students: 120_000 });
  });
});

describe("createSampleDistrict sizes", () => {
  test.each([10, 11, 37, 999, 2_345])("makes exactly %i students, one family each, enrolment adding up", (n) => {
    const d = make(7, n);
    expect(d.students).toHaveLength(n);
    expect(d.families).toHaveLength(n);
    expect(d.schools.flatMap((s) => s.enrolment).reduce((sum, e) => sum + e.students, 0)).toBe(n);
    for (const s of d.schools) {
      for (const e of s.enrolment) {
        expect(d.students.filter((st) => st.schoolId === s.id && st.grade === e.grade)).toHaveLength(e.students);
      }
    }
    expect(d.subdistricts).toHaveLength(13);
    expect(d.venues).toHaveLength(67);
  });
});

describe("createSampleDistrict determinism", () => {
  test("the same seed gives a deep-equal district", () => {
    expect(snapshot(make("demo", 300))).toEqual(snapshot(make("demo", 300)));
    expect(make(42, 50)).toEqual(make(42, 50));
  });

  test("different seeds give different districts (and 1 differs from '1')", () => {
    const a = make(1, 300);
    for (const other of [make(2, 300), make("1", 300)]) {
      expect(other.students.map((s) => s.id)).not.toEqual(a.students.map((s) => s.id));
      expect(other.schools.map((s) => s.location)).not.toEqual(a.schools.map((s) => s.location));
      expect(other.assessments.toArray()).not.toEqual(a.assessments.toArray());
    }
  });
});

describe("createSampleDistrict records", () => {
  const d = make("records", 5_000);

  test("ids are unique within every collection and pseudonymous (prefix + 8 base32 characters)", () => {
    const pattern: Array<[string, ReadonlyArray<{ id: string }>, RegExp]> = [
      ["students", d.students, /^stu-[0-9a-hjkmnp-tv-z]{8}$/],
      ["families", d.families, /^fam-[0-9a-hjkmnp-tv-z]{8}$/],
      ["contacts", d.contacts, /^con-[0-9a-hjkmnp-tv-z]{8}$/],
      ["associations", d.studentContactAssociations, /^sca-[0-9a-hjkmnp-tv-z]{8}$/],
      ["assessments", d.assessments.toArray(), /^asm-[0-9a-hjkmnp-tv-z]{8}$/],
    ];
    for (const [, records, re] of pattern) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      for (const r of records) expect(r.id).toMatch(re);
    }
    for (const records of [
      d.schools,
      d.courses,
      [...d.experts, ...d.coaches, ...d.doctors],
      d.demands,
      d.responsibilities,
    ]) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
  });

  test("every reference points at a record of the district", () => {
    const ids = (records: ReadonlyArray<{ id: string }>) => new Set(records.map((r) => r.id));
    const [students, schools, contacts, families, subdistricts, courses, departments, staff] = [
      ids(d.students),
      ids(d.schools),
      ids(d.contacts),
      ids(d.families),
      ids(d.subdistricts),
      ids(d.courses),
      ids(d.departments),
      ids([...d.experts, ...d.coaches, ...d.doctors]),
    ];
    for (const s of d.students) expect(schools.has(s.schoolId)).toBe(true);
    for (const s of d.schools) expect(subdistricts.has(s.subdistrictId)).toBe(true);
    for (const c of d.contacts) expect(families.has(c.familyId)).toBe(true);
    for (const a of d.studentContactAssociations) {
      expect(students.has(a.studentId)).toBe(true);
      expect(contacts.has(a.contactId)).toBe(true);
    }
    for (const a of d.assessments) expect(students.has(a.studentId)).toBe(true);
    for (const v of d.venues) {
      if (v.subdistrictId) expect(subdistricts.has(v.subdistrictId)).toBe(true);
      for (const s of v.sessions) expect(courses.has(s.courseId ?? "")).toBe(true);
    }
    for (const m of d.demands) expect(schools.has(m.schoolId)).toBe(true);
    for (const a of d.staffAssignments) {
      expect(staff.has(a.staffId)).toBe(true);
      expect(schools.has(a.schoolId)).toBe(true);
    }
    for (const r of d.responsibilities) expect(departments.has(r.departmentId)).toBe(true);
  });

  test("every student has one family, exactly one primary contact and at least one legal guardian", () => {
    const familyOf = new Map(d.contacts.map((c) => [c.id, c.familyId]));
    const byStudent = groupBy(d.studentContactAssociations, (a) => a.studentId);
    expect(byStudent.size).toBe(d.students.length);
    const families = new Set<string>();
    for (const links of byStudent.values()) {
      expect(links.filter((l) => l.primaryContact)).toHaveLength(1);
      expect(links.some((l) => l.legalGuardian)).toBe(true);
      const fams = new Set(links.map((l) => familyOf.get(l.contactId)));
      expect(fams.size).toBe(1);
      families.add([...fams][0] as string);
    }
    expect(families.size).toBe(d.students.length);
  });

  test("birth year is consistent with grade (31 August cut-off, autumn 2026), classes hold at most 40", () => {
    for (const s of d.students) {
      const expected = 2020 - (s.grade - 1);
      expect([expected, expected - 1, expected - 2]).toContain(s.birthYear);
      expect(s.classId?.startsWith(`${s.schoolId}:g${s.grade}-c`)).toBe(true);
    }
    for (const size of groupBy(d.students, (s) => s.classId).values()) expect(size.length).toBeLessThanOrEqual(40);
  });

  test("schools are labelled synthetic; venues keep the real reference data", () => {
    for (const s of d.schools) {
      expect(s.synthetic).toBe(true);
      expect(s.nameZh).toMatch(/^示例(小学|初中|高中) \d{2,} \(合成\)$/);
      expect(s.nameEn).toMatch(/\(synthetic\)$/);
    }
    expect(d.provenance.synthetic.length).toBeGreaterThan(0);
    expect(d.provenance.attribution).toBe("© OpenStreetMap contributors");
  });

  test("sessions never offer more seats than their venue; closed and exterior-only venues offer none", () => {
    for (const v of d.venues) for (const s of v.sessions) expect(s.capacity).toBeLessThanOrEqual(v.capacity);
    const none = d.venues.filter((v) => v.sessions.length === 0).map((v) => v.id);
    expect(none).toEqual(["xh-venue-049", "xh-venue-051", "xh-venue-056", "xh-venue-061"]);
    expect(d.venues.filter((v) => v.closures.length > 0).map((v) => v.id)).toEqual([
      "xh-venue-051",
      "xh-venue-056",
      "xh-venue-061",
    ]);
  });

  test("demands: group of 30–45 (or the whole grade if smaller), windows in the 2026 autumn term, 15–30 min travel", () => {
    expect(d.demands).toHaveLength(d.schools.length * 3);
    for (const m of d.demands) {
      expect(m.groupSize).toBeGreaterThanOrEqual(Math.min(30, m.groupSize));
      expect(m.groupSize).toBeLessThanOrEqual(45);
      expect(m.maxTravelMinutes).toBeGreaterThanOrEqual(15);
      expect(m.maxTravelMinutes).toBeLessThanOrEqual(30);
      for (const w of m.timeWindows) {
        expect(w.start >= "2026-09-01" && w.end <= "2027-01-23").toBe(true);
      }
    }
  });

  test("departments follow the plan's list with 各街镇 fanned out; responsibilities cover every task of every action", () => {
    expect(d.departments).toHaveLength(17 + 13);
    const tasks = new Set(d.responsibilities.map((r) => `${r.actionId}/${r.taskId}`));
    expect(tasks.size).toBe(24);
    expect(d.responsibilities.filter((r) => r.role === "lead").length).toBeGreaterThan(24);
  });
});

describe("SampleRecords (assessments)", () => {
  const d = make("records", 300);
  const all = d.assessments.toArray();

  test("behaves like a read-only array", () => {
    expect(all).toHaveLength(d.assessments.length);
    expect([...d.assessments]).toEqual(all);
    expect(d.assessments.at(0)).toEqual(all[0]);
    expect(d.assessments.at(-1)).toEqual(all.at(-1));
    expect(d.assessments.at(d.assessments.length)).toBeUndefined();
    expect(d.assessments.at(1.5)).toBeUndefined();
    expect(d.assessments.slice(10, 13)).toEqual(all.slice(10, 13));
    expect(d.assessments.slice(-2)).toEqual(all.slice(-2));
    expect(JSON.parse(JSON.stringify(d.assessments))).toEqual(JSON.parse(JSON.stringify(all)));
  });

  test("every call makes a fresh record; shared answer objects are frozen", () => {
    const a = d.assessments.at(0);
    expect(a).not.toBe(d.assessments.at(0));
    expect(Object.isFrozen(a?.answers[0])).toBe(true);
  });
});
