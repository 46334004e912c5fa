import { describe, expect, test } from "vitest";
import { createSampleDistrict } from "./createSampleDistrict.js";

const r = createSampleDistrict({ seed: "privacy", students: 3_000 });
if (!r.ok) throw new Error(r.error.message);
const d = r.value;

/** Key fragments (lower case, letters and digits only) that betray a direct identifier (as in model/noPii.test.ts). */
const FORBIDDEN =
  /name|phone|mobile|tel$|idcard|idnumber|nationalid|passport|address|email|wechat|birthdate|birthday|dateofbirth|photo|studentno|studentnumber|xuehao|hukou/;

/** Every key path of a value, recursively. */
const keyPaths = (value: unknown, path: string[] = [], out: string[][] = []): string[][] => {
  if (Array.isArray(value)) for (const v of value) keyPaths(v, path, out);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push([...path, k]);
      keyPaths(v, [...path, k], out);
    }
  }
  return out;
};
const forbiddenKeys = (records: Iterable<unknown>): string[] => {
  const bad = new Set<string>();
  for (const rec of records) {
    for (const p of keyPaths(rec)) {
      const last = (p.at(-1) ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
      if (FORBIDDEN.test(last)) bad.add(p.join("."));
    }
  }
  return [...bad];
};

describe("the sample district describes no real person", () => {
  test.each([
    ["students", d.students],
    ["families", d.families],
    ["contacts", d.contacts],
    ["studentContactAssociations", d.studentContactAssociations],
    ["assessments", d.assessments.toArray()],
    ["demands", d.demands],
    ["staff", [...d.experts, ...d.coaches, ...d.doctors]],
    ["staffAssignments", d.staffAssignments],
  ] as const)(
    "%s have no name, phone, id-number, address, e-mail or birth-date field at any depth",
    (_name, records) => {
      expect(records.length).toBeGreaterThan(0);
      expect(forbiddenKeys(records)).toEqual([]);
    },
  );

  test("a student record holds exactly the pseudonymous fields", () => {
    for (const s of d.students) {
      expect(Object.keys(s).sort()).toEqual(
        ["birthYear", "classId", "dateLastModified", "grade", "id", "schoolId", "sex", "status"].sort(),
      );
    }
  });

  test("no string anywhere looks like a mobile number or a resident id number", () => {
    const text = JSON.stringify({ ...d, assessments: d.assessments.slice(0, 20_000) });
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(text).not.toMatch(/(?<!\d)\d{17}[\dXx](?!\d)/);
  });

  test("staff have no display name; named things are organisations or places (schools are labelled synthetic)", () => {
    for (const s of [...d.experts, ...d.coaches, ...d.doctors]) expect(s.displayName).toBeUndefined();
    for (const s of d.schools) expect(s.nameZh).toContain("(合成)");
  });
});
