import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { entityExamples } from "../model/entityExamples.js";
import { School } from "../model/organisation/School.js";
import { Student } from "../model/people/Student.js";
import { StudentSchoolAssociation } from "../model/people/StudentSchoolAssociation.js";
import { unescapeFormula } from "../registry/io/formulaEscape.js";
import { createSampleDistrict } from "../sample/createSampleDistrict.js";
import { cedsGradeLevel, gradeTitle } from "./cedsGradeLevel.js";
import { exportOneRoster, type OneRosterFiles, type OneRosterInput } from "./exportOneRoster.js";
import type { OneRosterOptions } from "./OneRosterOptions.js";

const SESSION = {
  sourcedId: "2025-autumn",
  title: "2025学年第一学期",
  type: "semester",
  startDate: "2025-09-01",
  endDate: "2026-01-20",
  schoolYear: 2026,
} as const;
const OPTIONS: OneRosterOptions = { session: SESSION, district: { sourcedId: "xh-district", name: "徐汇区教育局" } };

const school = (id: string, patch: Partial<School> = {}): School =>
  School.parse({ ...entityExamples.School, id, ...patch });
const student = (id: string, schoolId: string, grade: number, patch: Partial<Student> = {}): Student =>
  Student.parse({ ...entityExamples.Student, id, schoolId, grade, classId: undefined, ...patch });
const association = (
  id: string,
  studentId: string,
  schoolId: string,
  entryGradeLevel: number,
  beginDate: string,
  endDate?: string,
): StudentSchoolAssociation =>
  StudentSchoolAssociation.parse({
    ...entityExamples.StudentSchoolAssociation,
    id,
    studentId,
    schoolId,
    entryGradeLevel,
    beginDate,
    ...(endDate === undefined ? {} : { endDate }),
  });

/** Reads a file back with papaparse (header row → keys), undoing the formula guard. */
const read = (files: OneRosterFiles, file: keyof OneRosterFiles): Record<string, string>[] => {
  const parsed = Papa.parse<Record<string, string>>(files[file], { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unescapeFormula(v)])));
};

const exported = (input: OneRosterInput, options: OneRosterOptions = OPTIONS) => {
  const r = exportOneRoster(input, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const small: OneRosterInput = {
  schools: [school("sch-a"), school("sch-b", { nameZh: "示例第二小学", nameEn: "Example Primary No. 2" })],
  students: [student("stu-1", "sch-a", 4), student("stu-2", "sch-a", 1), student("stu-3", "sch-b", 4)],
};

describe("exportOneRoster: files and headers", () => {
  // The spec's header rows, written out literally (OneRoster CSV Tables 1.1.1 §3), so a wrong constant fails here.
  test.each([
    ["manifest.csv", "propertyName,value"],
    [
      "academicSessions.csv",
      "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
    ],
    ["orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId"],
    [
      "courses.csv",
      "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes",
    ],
    [
      "classes.csv",
      "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
    ],
    [
      "users.csv",
      "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
    ],
    [
      "enrollments.csv",
      "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
    ],
  ] as const)("%s starts with the header of the specification", (file, header) => {
    const { files } = exported(small);
    expect(files[file].split("\r\n")[0]).toBe(header);
    expect(files[file].charCodeAt(0)).not.toBe(0xfeff);
  });

  test("exactly the seven files; the manifest declares them bulk and the others absent", () => {
    const { files } = exported(small, { ...OPTIONS, source: { systemName: "Jiaolianti", systemCode: "jlt" } });
    expect(Object.keys(files).sort()).toEqual([
      "academicSessions.csv",
      "classes.csv",
      "courses.csv",
      "enrollments.csv",
      "manifest.csv",
      "orgs.csv",
      "users.csv",
    ]);
    const manifest = Object.fromEntries(read(files, "manifest.csv").map((r) => [r.propertyName, r.value]));
    expect(manifest).toEqual({
      "manifest.version": "1.0",
      "oneroster.version": "1.1",
      "file.academicSessions": "bulk",
      "file.categories": "absent",
      "file.classes": "bulk",
      "file.classResources": "absent",
      "file.courses": "bulk",
      "file.courseResources": "absent",
      "file.demographics": "absent",
      "file.enrollments": "bulk",
      "file.lineItems": "absent",
      "file.orgs": "bulk",
      "file.resources": "absent",
      "file.results": "absent",
      "file.users": "bulk",
      "source.systemName": "Jiaolianti",
      "source.systemCode": "jlt",
    });
  });

  test("rows read back through papaparse: orgs, one homeroom class and course per school × grade, users, enrollments", () => {
    const { files, report } = exported(small);
    expect(read(files, "orgs.csv")).toEqual([
      {
        sourcedId: "xh-district",
        status: "",
        dateLastModified: "",
        name: "徐汇区教育局",
        type: "district",
        identifier: "",
        parentSourcedId: "",
      },
      {
        sourcedId: "sch-a",
        status: "",
        dateLastModified: "",
        name: entityExamples.School.nameZh,
        type: "school",
        identifier: "",
        parentSourcedId: "xh-district",
      },
      {
        sourcedId: "sch-b",
        status: "",
        dateLastModified: "",
        name: "示例第二小学",
        type: "school",
        identifier: "",
        parentSourcedId: "xh-district",
      },
    ]);
    expect(read(files, "academicSessions.csv")).toEqual([
      {
        sourcedId: "2025-autumn",
        status: "",
        dateLastModified: "",
        title: "2025学年第一学期",
        type: "semester",
        startDate: "2025-09-01",
        endDate: "2026-01-20",
        parentSourcedId: "",
        schoolYear: "2026",
      },
    ]);
    const classes = read(files, "classes.csv");
    expect(classes.map((c) => [c.sourcedId, c.grades, c.classType, c.schoolSourcedId, c.termSourcedIds])).toEqual([
      ["class:2025-autumn:sch-a:g01", "01", "homeroom", "sch-a", "2025-autumn"],
      ["class:2025-autumn:sch-a:g04", "04", "homeroom", "sch-a", "2025-autumn"],
      ["class:2025-autumn:sch-b:g04", "04", "homeroom", "sch-b", "2025-autumn"],
    ]);
    expect(classes[2]?.title).toBe("示例第二小学 四年级");
    expect(read(files, "courses.csv").map((c) => [c.sourcedId, c.title, c.grades, c.orgSourcedId])).toEqual([
      ["course:sch-a:g01", "一年级行政班", "01", "sch-a"],
      ["course:sch-a:g04", "四年级行政班", "04", "sch-a"],
      ["course:sch-b:g04", "四年级行政班", "04", "sch-b"],
    ]);
    expect(read(files, "users.csv")[0]).toEqual({
      sourcedId: "stu-1",
      status: "",
      dateLastModified: "",
      enabledUser: "true",
      orgSourcedIds: "sch-a",
      role: "student",
      username: "stu-1",
      userIds: "",
      givenName: "stu-1",
      familyName: "stu-1",
      middleName: "",
      identifier: "",
      email: "",
      sms: "",
      phone: "",
      agentSourcedIds: "",
      grades: "04",
      password: "",
    });
    expect(read(files, "enrollments.csv")[2]).toEqual({
      sourcedId: "enr:stu-3:2025-autumn",
      status: "",
      dateLastModified: "",
      classSourcedId: "class:2025-autumn:sch-b:g04",
      schoolSourcedId: "sch-b",
      userSourcedId: "stu-3",
      role: "student",
      primary: "",
      beginDate: "",
      endDate: "",
    });
    expect(report).toMatchObject({ enrolmentsFromAssociations: 0, enrolmentsFromCurrentSchool: 3, notEnrolled: [] });
    expect(report.rows).toEqual({
      "academicSessions.csv": 1,
      "orgs.csv": 3,
      "courses.csv": 3,
      "classes.csv": 3,
      "users.csv": 3,
      "enrollments.csv": 3,
    });
  });

  test("English titles and names; a school year session is the courses' schoolYear", () => {
    const { files } = exported(small, { ...OPTIONS, language: "en", session: { ...SESSION, type: "schoolYear" } });
    expect(read(files, "orgs.csv")[2]?.name).toBe("Example Primary No. 2");
    expect(read(files, "classes.csv")[2]?.title).toBe("Example Primary No. 2 Grade 4");
    expect(read(files, "courses.csv")[0]).toMatchObject({
      title: "Grade 1 homeroom",
      schoolYearSourcedId: "2025-autumn",
    });
  });

  test.each([
    [1, "01", "一年级", "Grade 1"],
    [9, "09", "九年级", "Grade 9"],
    [12, "12", "十二年级", "Grade 12"],
  ])("grade %i is CEDS %s, titled %s / %s", (grade, code, zh, en) => {
    expect([cedsGradeLevel(grade), gradeTitle(grade, "zh"), gradeTitle(grade, "en")]).toEqual([code, zh, en]);
  });
});

describe("exportOneRoster: enrolments from StudentSchoolAssociation", () => {
  test("a student who changed school mid-term has two dated enrollments and both schools as orgs", () => {
    const input: OneRosterInput = {
      ...small,
      studentSchoolAssociations: [
        association("ssch-1", "stu-1", "sch-a", 4, "2024-09-01", "2025-11-30"),
        association("ssch-2", "stu-1", "sch-b", 4, "2025-12-01"),
        association("ssch-0", "stu-1", "sch-a", 3, "2023-09-01", "2024-08-31"), // before the session: left out
      ],
    };
    const { files, report } = exported(input);
    const enrollments = read(files, "enrollments.csv").filter((e) => e.userSourcedId === "stu-1");
    expect(enrollments.map((e) => [e.sourcedId, e.classSourcedId, e.beginDate, e.endDate])).toEqual([
      ["ssch-1", "class:2025-autumn:sch-a:g04", "2024-09-01", "2025-11-30"],
      ["ssch-2", "class:2025-autumn:sch-b:g04", "2025-12-01", ""],
    ]);
    expect(read(files, "users.csv").find((u) => u.sourcedId === "stu-1")?.orgSourcedIds).toBe("sch-a,sch-b");
    expect(report).toMatchObject({ enrolmentsFromAssociations: 2, enrolmentsFromCurrentSchool: 2, notEnrolled: [] });
  });

  test("the association's entry grade, not the current grade, places the student", () => {
    const input = { ...small, studentSchoolAssociations: [association("ssch-1", "stu-2", "sch-b", 2, "2025-09-01")] };
    const e = read(exported(input).files, "enrollments.csv").find((x) => x.userSourcedId === "stu-2");
    expect(e?.classSourcedId).toBe("class:2025-autumn:sch-b:g02");
  });

  test("a student whose associations all lie outside the session is a user without enrollment", () => {
    const input = {
      ...small,
      studentSchoolAssociations: [association("ssch-9", "stu-3", "sch-b", 4, "2026-02-01")],
    };
    const { files, report } = exported(input);
    expect(report.notEnrolled).toEqual(["stu-3"]);
    expect(read(files, "users.csv").map((u) => u.sourcedId)).toContain("stu-3");
    expect(read(files, "enrollments.csv").map((e) => e.userSourcedId)).not.toContain("stu-3");
  });
});

describe("exportOneRoster: bulk and delta", () => {
  const input: OneRosterInput = {
    schools: [school("sch-a"), school("sch-gone", { status: "tobedeleted" })],
    students: [student("stu-1", "sch-a", 4), student("stu-2", "sch-a", 4, { status: "tobedeleted" })],
  };

  test("bulk: status and dateLastModified empty, tobedeleted records left out", () => {
    const { files } = exported(input);
    for (const file of ["orgs.csv", "users.csv", "enrollments.csv", "classes.csv"] as const) {
      for (const row of read(files, file)) expect([row.status, row.dateLastModified]).toEqual(["", ""]);
    }
    expect(read(files, "users.csv").map((u) => u.sourcedId)).toEqual(["stu-1"]);
    expect(read(files, "orgs.csv").map((o) => o.sourcedId)).toEqual(["xh-district", "sch-a"]);
  });

  test("delta: both columns filled, tobedeleted records kept as such; generatedAt is required", () => {
    const options = { ...OPTIONS, mode: "delta", generatedAt: "2025-09-02T08:00:00+08:00" } as const;
    const { files } = exported(input, options);
    const users = read(files, "users.csv");
    expect(users.map((u) => [u.sourcedId, u.status, u.enabledUser])).toEqual([
      ["stu-1", "active", "true"],
      ["stu-2", "tobedeleted", "false"],
    ]);
    expect(users[0]?.dateLastModified).toBe(entityExamples.Student.dateLastModified);
    expect(read(files, "classes.csv")[0]).toMatchObject({ status: "active", dateLastModified: options.generatedAt });
    expect(read(files, "manifest.csv").find((r) => r.propertyName === "file.users")?.value).toBe("delta");
    const missing = exportOneRoster(input, { ...OPTIONS, mode: "delta" });
    expect(!missing.ok && missing.error.issues.map((i) => i.path)).toEqual([["generatedAt"]]);
  });
});

describe("exportOneRoster: privacy and hostile values", () => {
  test("no name is ever invented: givenName/familyName are the pseudonymous id, or empty", () => {
    const users = read(exported(small).files, "users.csv");
    for (const u of users) {
      expect([u.givenName, u.familyName, u.username]).toEqual([u.sourcedId, u.sourcedId, u.sourcedId]);
      expect([u.email, u.sms, u.phone, u.identifier, u.userIds, u.agentSourcedIds, u.password]).toEqual(
        Array(7).fill(""),
      );
    }
    const blank = read(exported(small, { ...OPTIONS, names: "blank" }).files, "users.csv");
    expect(blank.every((u) => u.givenName === "" && u.familyName === "")).toBe(true);
  });

  const HOSTILE = ['=HYPERLINK("http://x","点我")', '+1,2"3', "龙华\n中学", "-x", "@SUM(A1)", "'=1", "\t制表"];
  test.each(HOSTILE)("a school named %j is escaped in the file and read back unchanged", (name) => {
    const { files } = exported({ schools: [school("sch-a", { nameZh: name })], students: [student("s1", "sch-a", 1)] });
    expect(read(files, "orgs.csv")[1]?.name).toBe(name);
    expect(read(files, "classes.csv")[0]?.title).toBe(`${name} 一年级`);
    const raw = Papa.parse<string[]>(files["orgs.csv"]).data[2]?.[3] ?? "";
    expect(/^[=+\-@\t\r]/.test(raw)).toBe(false);
  });
});

describe("exportOneRoster: referential integrity", () => {
  const check = (files: OneRosterFiles) => {
    const ids = (file: keyof OneRosterFiles) => new Set(read(files, file).map((r) => r.sourcedId));
    const orgs = ids("orgs.csv");
    const classes = read(files, "classes.csv");
    const classById = new Map(classes.map((c) => [c.sourcedId, c]));
    const courses = ids("courses.csv");
    const sessions = ids("academicSessions.csv");
    const users = ids("users.csv");
    const schoolIds = new Set(
      read(files, "orgs.csv")
        .filter((o) => o.type === "school")
        .map((o) => o.sourcedId),
    );
    for (const file of ["orgs.csv", "courses.csv", "classes.csv", "users.csv", "enrollments.csv"] as const) {
      expect(ids(file).size, `${file} sourcedIds are unique`).toBe(read(files, file).length);
    }
    for (const o of read(files, "orgs.csv")) if (o.parentSourcedId) expect(orgs.has(o.parentSourcedId)).toBe(true);
    for (const c of read(files, "courses.csv")) expect(orgs.has(c.orgSourcedId ?? "")).toBe(true);
    for (const c of classes) {
      expect(courses.has(c.courseSourcedId ?? "")).toBe(true);
      expect(schoolIds.has(c.schoolSourcedId ?? "")).toBe(true);
      expect(sessions.has(c.termSourcedIds ?? "")).toBe(true);
    }
    for (const u of read(files, "users.csv")) {
      for (const org of (u.orgSourcedIds ?? "").split(",")) expect(schoolIds.has(org)).toBe(true);
    }
    for (const e of read(files, "enrollments.csv")) {
      expect(users.has(e.userSourcedId ?? "")).toBe(true);
      expect(schoolIds.has(e.schoolSourcedId ?? "")).toBe(true);
      const cls = classById.get(e.classSourcedId ?? "");
      expect(cls?.schoolSourcedId).toBe(e.schoolSourcedId);
    }
  };

  test("a sample district: every reference of every file resolves; every student is a user with one enrollment", () => {
    const d = createSampleDistrict({ seed: "oneroster", students: 400 });
    if (!d.ok) throw new Error(d.error.message);
    const { files, report } = exported(d.value, {
      ...OPTIONS,
      session: { ...SESSION, startDate: "2026-09-01", endDate: "2027-01-22", schoolYear: 2027 },
    });
    check(files);
    expect(report.rows["users.csv"]).toBe(400);
    expect(report.rows["enrollments.csv"]).toBe(400);
    const grades = new Map(d.value.students.map((s) => [s.id as string, cedsGradeLevel(s.grade)]));
    for (const u of read(files, "users.csv")) expect(u.grades).toBe(grades.get(u.sourcedId ?? ""));
  });

  test("for random enrolment histories, every reference resolves and every overlapping association is exported", () => {
    const schools = ["sch-a", "sch-b", "sch-c"].map((id) => school(id));
    const students = Array.from({ length: 6 }, (_, i) => student(`stu-${i}`, "sch-a", 3));
    const day = fc
      .integer({ min: 0, max: 700 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const assoc = fc.record({
      student: fc.integer({ min: 0, max: 5 }),
      school: fc.constantFrom("sch-a", "sch-b", "sch-c"),
      grade: fc.integer({ min: 1, max: 5 }),
      begin: day,
      length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(assoc, { maxLength: 12 }), (drawn) => {
        const associations = drawn.map((a, i) => {
          const end =
            a.length === undefined
              ? undefined
              : new Date(Date.parse(a.begin) + a.length * 86_400_000).toISOString().slice(0, 10);
          return association(`ssch-${i}`, `stu-${a.student}`, a.school, a.grade, a.begin, end);
        });
        const { files, report } = exported({ schools, students, studentSchoolAssociations: associations });
        check(files);
        const overlapping = associations.filter(
          (a) => a.beginDate <= SESSION.endDate && (a.endDate === undefined || a.endDate >= SESSION.startDate),
        );
        expect(report.enrolmentsFromAssociations).toBe(overlapping.length);
        const withAny = new Set(associations.map((a) => a.studentId));
        expect(report.enrolmentsFromCurrentSchool).toBe(students.filter((s) => !withAny.has(s.id)).length);
      }),
      { numRuns: 40 },
    );
  });
});

describe("exportOneRoster: bad input is a ValidationError with a path, never a partial roster", () => {
  const paths = (input: unknown, options: unknown = OPTIONS) => {
    const r = exportOneRoster(input as OneRosterInput, options as OneRosterOptions);
    expect(r.ok).toBe(false);
    if (r.ok) return [];
    expect(r.error._tag).toBe("ValidationError");
    return r.error.issues.map((i) => i.path);
  };

  test.each([
    [
      "a student at an unknown school",
      { ...small, students: [student("s1", "nowhere", 1)] },
      [["students", 0, "schoolId"]],
    ],
    [
      "a duplicate student id",
      { ...small, students: [student("s1", "sch-a", 1), student("s1", "sch-a", 2)] },
      [["students", 1, "id"]],
    ],
    [
      "an association of an unknown student",
      { ...small, studentSchoolAssociations: [association("x1", "ghost", "sch-a", 1, "2025-09-01")] },
      [["studentSchoolAssociations", 0, "studentId"]],
    ],
    [
      "an association at an unknown school",
      { ...small, studentSchoolAssociations: [association("x1", "stu-1", "nowhere", 1, "2025-09-01")] },
      [["studentSchoolAssociations", 0, "schoolId"]],
    ],
    [
      "an active student of a tobedeleted school (bulk)",
      { schools: [school("sch-a", { status: "tobedeleted" })], students: [student("s1", "sch-a", 1)] },
      [["students", 0, "schoolId"]],
    ],
    [
      "an association id equal to another student's fallback enrolment id",
      {
        ...small,
        studentSchoolAssociations: [association("enr:stu-2:2025-autumn", "stu-1", "sch-a", 4, "2025-09-01")],
      },
      [["students", 1, "id"]],
    ],
    [
      "a student with a name",
      { ...small, students: [{ ...entityExamples.Student, nameZh: "张三" }] },
      [["students", 0]],
    ],
    [
      "a grade 13 student",
      { ...small, students: [{ ...entityExamples.Student, grade: 13 }] },
      [["students", 0, "grade"]],
    ],
    ["no input at all", null, [[]]],
  ])("%s", (_what, input, expected) => {
    expect(paths(input)).toEqual(expected);
  });

  test("bad options: a session ending before it starts, an unknown mode, a district id that is a school's", () => {
    expect(paths(small, { session: { ...SESSION, endDate: "2025-08-01" } })).toEqual([["session", "endDate"]]);
    expect(paths(small, { ...OPTIONS, mode: "full" })).toEqual([["mode"]]);
    expect(paths(small, { ...OPTIONS, district: { sourcedId: "sch-a", name: "x" } })).toEqual([
      ["district", "sourcedId"],
    ]);
  });

  test("an over-long list is refused before its records are parsed", () => {
    expect(paths({ schools: [], students: new Array(2_000_001) })).toEqual([["students"]]);
  });
});
