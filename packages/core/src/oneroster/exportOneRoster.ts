import { z } from "zod";
import type { Grade } from "../descriptors/Grade.js";
import { type ValidationError, type ValidationIssue, validationError } from "../errors/ValidationError.js";
import type { RecordStatus } from "../model/common/RecordStatus.js";
import { School } from "../model/organisation/School.js";
import { Student } from "../model/people/Student.js";
import { StudentSchoolAssociation } from "../model/people/StudentSchoolAssociation.js";
import { parseWith } from "../result/parseWith.js";
import { err, ok, type Result } from "../result/Result.js";
import { cedsGradeLevel, gradeTitle } from "./cedsGradeLevel.js";
import { OneRosterOptions } from "./OneRosterOptions.js";
import { ONEROSTER_MANIFEST_FILES, type OneRosterFileName, type OneRosterRow } from "./oneRosterHeaders.js";
import { type RosterEnrolment, rosterEnrolments } from "./rosterEnrolments.js";
import { writeOneRosterCsv } from "./writeOneRosterCsv.js";

/** Most schools, students and student–school associations one export takes. */
export const ONEROSTER_MAX = { schools: 20_000, students: 2_000_000, associations: 10_000_000 } as const;

/** What a OneRoster export is made from: the model's schools and students, and optionally their enrolment history. */
export interface OneRosterInput {
  readonly schools: ReadonlyArray<School>;
  readonly students: ReadonlyArray<Student>;
  /** Time-bounded enrolments; a student without any is enrolled at the current `schoolId` and `grade`. */
  readonly studentSchoolAssociations?: ReadonlyArray<StudentSchoolAssociation>;
}

/** The CSV files of a OneRoster 1.1 export, by file name (zip them together, flat, to hand over). */
export type OneRosterFiles = { readonly [F in OneRosterFileName]: string };

/** How an export was made: rows per file and where each enrolment came from. */
export interface OneRosterReport {
  /** Data rows per file (the header not counted). */
  readonly rows: { readonly [F in Exclude<OneRosterFileName, "manifest.csv">]: number };
  /** Enrolments read from a `StudentSchoolAssociation` overlapping the session. */
  readonly enrolmentsFromAssociations: number;
  /** Enrolments at a student's current school, for students without any association. */
  readonly enrolmentsFromCurrentSchool: number;
  /** Students exported as users without an enrolment: every association of theirs lies outside the session. */
  readonly notEnrolled: ReadonlyArray<string>;
}

/** A OneRoster export: the files and how they were made. */
export interface OneRosterExport {
  readonly files: OneRosterFiles;
  readonly report: OneRosterReport;
}

const Input = z.strictObject({
  schools: z.array(School).max(ONEROSTER_MAX.schools),
  students: z.array(Student).max(ONEROSTER_MAX.students),
  studentSchoolAssociations: z.array(StudentSchoolAssociation).max(ONEROSTER_MAX.associations).optional(),
});

const LIST_MAX = {
  schools: ONEROSTER_MAX.schools,
  students: ONEROSTER_MAX.students,
  studentSchoolAssociations: ONEROSTER_MAX.associations,
} as const;

/** Refuses an over-long list before its elements are parsed. */
const tooLong = (input: unknown): ValidationIssue[] => {
  if (typeof input !== "object" || input === null) return [];
  const record = input as Readonly<Record<string, unknown>>;
  return Object.entries(LIST_MAX).flatMap(([key, max]) => {
    const list = Object.hasOwn(record, key) ? record[key] : undefined;
    return Array.isArray(list) && list.length > max
      ? [{ path: [key], message: `at most ${max} entries (got ${list.length})` }]
      : [];
  });
};

const duplicateIds = (key: string, records: ReadonlyArray<{ readonly id: string }>): ValidationIssue[] => {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  records.forEach((r, i) => {
    if (seen.has(r.id))
      issues.push({ path: [key, i, "id"], message: `duplicate id "${r.id}" (sourcedIds must be unique)` });
    seen.add(r.id);
  });
  return issues;
};

/** Comma-joined list, as OneRoster CSV writes a list of GUID references or strings. */
const list = (items: ReadonlyArray<string>): string => items.join(",");

/**
 * Exports the model's schools and students as a OneRoster 1.1 CSV roster for one academic session, so an LMS, an
 * e-textbook platform or a national-platform bridge can provision pupils without anyone retyping them:
 * `manifest.csv`, `academicSessions.csv`, `orgs.csv` (the district and the schools), `courses.csv` and `classes.csv`
 * (one homeroom class 行政班 — and its course — per school and grade that has enrolments: OneRoster requires every
 * enrollment to name a class, every class a course and a term, and a bulk set to define everything it references),
 * `users.csv` (students, role `student`) and `enrollments.csv`. Enrolments come from the time-bounded
 * `StudentSchoolAssociation`s that overlap the session (their `beginDate`/`endDate` are kept); a student without any
 * association is enrolled at the current school and grade. Grades are CEDS codes (`01`…`12`).
 *
 * Privacy: the model holds pseudonymous ids and no names, so `username` is the pseudonymous id and the required
 * `givenName`/`familyName` are the pseudonymous id too (or empty with `names: "blank"`); `email`, `sms`, `phone`,
 * `identifier`, `userIds`, `agentSourcedIds` and `password` stay empty, and no guardian is exported. Input is
 * validated first: a bad record, a duplicate id, or a reference to an unknown (or, in bulk mode, `tobedeleted`)
 * school or student comes back as a `ValidationError` with its path — never a partial roster.
 *
 * Source: 1EdTech OneRoster® CSV Tables, Version 1.1.1 (2023), §2–3; Ed-Fi `StudentSchoolAssociation`.
 *
 * @example
 * ```ts
 * import { exportOneRoster } from "@jiaolianti/core";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const d = createSampleDistrict({ seed: "demo", students: 200 });
 * if (d.ok) {
 *   const r = exportOneRoster(d.value, {
 *     session: { sourcedId: "2026-autumn", title: "2026学年第一学期", startDate: "2026-09-01", endDate: "2027-01-22", schoolYear: 2027 },
 *   });
 *   if (r.ok) r.value.files["users.csv"].split("\r\n")[0]; // "sourcedId,status,dateLastModified,enabledUser,…"
 * }
 * ```
 */
export const exportOneRoster = (
  input: OneRosterInput,
  options: OneRosterOptions,
): Result<OneRosterExport, ValidationError> => {
  const early = tooLong(input);
  if (early.length > 0) return err(validationError("OneRoster input", early));
  const parsedOptions = parseWith(OneRosterOptions, options, "OneRoster options");
  if (!parsedOptions.ok) return parsedOptions;
  // Only the lists the roster is made from are read, so a whole district (venues, staff …) can be passed.
  const picked =
    typeof input === "object" && input !== null
      ? {
          schools: input.schools,
          students: input.students,
          ...(input.studentSchoolAssociations === undefined
            ? {}
            : { studentSchoolAssociations: input.studentSchoolAssociations }),
        }
      : input;
  const parsedInput = parseWith(Input, picked, "OneRoster input");
  if (!parsedInput.ok) return parsedInput;
  const o = parsedOptions.value;
  const { schools, students } = parsedInput.value;
  const associations = parsedInput.value.studentSchoolAssociations ?? [];
  const bulk = o.mode === "bulk";
  const kept = (status: RecordStatus) => !bulk || status === "active";

  // Integrity: unique ids, and every reference to a school or student resolves to one that is exported.
  const issues: ValidationIssue[] = [
    ...duplicateIds("schools", schools),
    ...duplicateIds("students", students),
    ...duplicateIds("studentSchoolAssociations", associations),
  ];
  const schoolById = new Map(schools.filter((s) => kept(s.status)).map((s) => [s.id as string, s]));
  const studentIds = new Set<string>(students.map((s) => s.id));
  const allSchoolIds = new Set<string>(schools.map((s) => s.id));
  const unknownSchool = (id: string) =>
    allSchoolIds.has(id)
      ? `school "${id}" is tobedeleted, so a bulk roster leaves it out`
      : `school "${id}" is not in schools`;
  if (o.district && allSchoolIds.has(o.district.sourcedId)) {
    issues.push({ path: ["district", "sourcedId"], message: "the district's sourcedId is also a school's id" });
  }
  students.forEach((s, i) => {
    if (kept(s.status) && !schoolById.has(s.schoolId)) {
      issues.push({ path: ["students", i, "schoolId"], message: unknownSchool(s.schoolId) });
    }
  });
  associations.forEach((a, i) => {
    if (!studentIds.has(a.studentId)) {
      issues.push({
        path: ["studentSchoolAssociations", i, "studentId"],
        message: `student "${a.studentId}" is not in students`,
      });
    }
  });
  const session = { ...o.session, sourcedId: o.session.sourcedId as string };
  const { enrolments, notEnrolled } = rosterEnrolments(students, associations, session, o.mode);
  const enrolmentIds = new Map<string, RosterEnrolment["from"]["kind"]>();
  for (const e of enrolments) {
    const where =
      e.from.kind === "association" ? ["studentSchoolAssociations", e.from.index] : ["students", e.from.index];
    // A fallback enrolment's school is the student's, checked above.
    if (e.from.kind === "association" && !schoolById.has(e.schoolId)) {
      issues.push({ path: [...where, "schoolId"], message: unknownSchool(e.schoolId) });
    }
    const earlier = enrolmentIds.get(e.sourcedId);
    // Two fallback enrolments share an id only when two students do, which is reported above.
    if (earlier !== undefined && !(earlier === "current-school" && e.from.kind === "current-school")) {
      issues.push({ path: [...where, "id"], message: `enrolment sourcedId "${e.sourcedId}" is used twice` });
    }
    enrolmentIds.set(e.sourcedId, e.from.kind);
  }
  if (issues.length > 0) return err(validationError("OneRoster input", issues));

  // Rows.
  const stamp = (status: RecordStatus, dateLastModified: string) =>
    bulk ? { status: "", dateLastModified: "" } : { status, dateLastModified };
  const derived = stamp("active", o.generatedAt ?? "");
  const en = o.language === "en";
  const schoolName = (s: School) => (en ? (s.nameEn ?? s.nameZh) : s.nameZh);

  const sessions: OneRosterRow<"academicSessions.csv">[] = [
    {
      sourcedId: session.sourcedId,
      ...derived,
      title: o.session.title,
      type: o.session.type,
      startDate: o.session.startDate,
      endDate: o.session.endDate,
      parentSourcedId: "",
      schoolYear: String(o.session.schoolYear),
    },
  ];

  const orgs: OneRosterRow<"orgs.csv">[] = [];
  if (o.district) {
    const { sourcedId, name, identifier } = o.district;
    orgs.push({ sourcedId, ...derived, name, type: "district", identifier: identifier ?? "", parentSourcedId: "" });
  }
  for (const s of schoolById.values()) {
    orgs.push({
      sourcedId: s.id,
      ...stamp(s.status, s.dateLastModified),
      name: schoolName(s),
      type: "school",
      identifier: "",
      parentSourcedId: o.district?.sourcedId ?? "",
    });
  }

  // One homeroom course and class per school × grade with enrolments, in school then grade order.
  const courseId = (schoolId: string, grade: Grade) => `course:${schoolId}:g${cedsGradeLevel(grade)}`;
  const classId = (schoolId: string, grade: Grade) =>
    `class:${session.sourcedId}:${schoolId}:g${cedsGradeLevel(grade)}`;
  const homerooms = new Map<string, { readonly school: School; readonly grade: Grade }>();
  for (const e of enrolments) {
    const id = classId(e.schoolId, e.grade);
    if (!homerooms.has(id)) homerooms.set(id, { school: schoolById.get(e.schoolId) as School, grade: e.grade });
  }
  const order = new Map([...schoolById.keys()].map((id, i) => [id, i]));
  const rooms = [...homerooms.values()].sort(
    (a, b) => (order.get(a.school.id) ?? 0) - (order.get(b.school.id) ?? 0) || a.grade - b.grade,
  );
  const courses: OneRosterRow<"courses.csv">[] = rooms.map(({ school, grade }) => ({
    sourcedId: courseId(school.id, grade),
    ...derived,
    schoolYearSourcedId: o.session.type === "schoolYear" ? session.sourcedId : "",
    title: en ? `${gradeTitle(grade, "en")} homeroom` : `${gradeTitle(grade, "zh")}行政班`,
    courseCode: "",
    grades: cedsGradeLevel(grade),
    orgSourcedId: school.id,
    subjects: "",
    subjectCodes: "",
  }));
  const classes: OneRosterRow<"classes.csv">[] = rooms.map(({ school, grade }) => ({
    sourcedId: classId(school.id, grade),
    ...derived,
    title: `${schoolName(school)} ${gradeTitle(grade, o.language)}`,
    grades: cedsGradeLevel(grade),
    courseSourcedId: courseId(school.id, grade),
    classCode: `G${cedsGradeLevel(grade)}`,
    classType: "homeroom",
    location: "",
    schoolSourcedId: school.id,
    termSourcedIds: session.sourcedId,
    subjects: "",
    subjectCodes: "",
    periods: "",
  }));

  const orgsOf = new Map<string, string[]>();
  for (const e of enrolments) {
    const own = orgsOf.get(e.studentId);
    if (own === undefined) orgsOf.set(e.studentId, [e.schoolId]);
    else if (!own.includes(e.schoolId)) own.push(e.schoolId);
  }
  const users: OneRosterRow<"users.csv">[] = students
    .filter((s) => kept(s.status))
    .map((s) => {
      const schoolsOfStudent = [s.schoolId as string, ...(orgsOf.get(s.id) ?? []).filter((id) => id !== s.schoolId)];
      const pseudonym = o.names === "pseudonym" ? s.id : "";
      return {
        sourcedId: s.id,
        ...stamp(s.status, s.dateLastModified),
        enabledUser: s.status === "active" ? "true" : "false",
        orgSourcedIds: list(schoolsOfStudent),
        role: "student",
        username: s.id,
        userIds: "",
        givenName: pseudonym,
        familyName: pseudonym,
        middleName: "",
        identifier: "",
        email: "",
        sms: "",
        phone: "",
        agentSourcedIds: "",
        grades: cedsGradeLevel(s.grade),
        password: "",
      };
    });

  const enrollments: OneRosterRow<"enrollments.csv">[] = enrolments.map((e: RosterEnrolment) => ({
    sourcedId: e.sourcedId,
    ...stamp(e.status, e.dateLastModified),
    classSourcedId: classId(e.schoolId, e.grade),
    schoolSourcedId: e.schoolId,
    userSourcedId: e.studentId,
    role: "student",
    primary: "",
    beginDate: e.beginDate ?? "",
    endDate: e.endDate ?? "",
  }));

  const written = new Set(["academicSessions", "orgs", "courses", "classes", "users", "enrollments"]);
  const manifest: OneRosterRow<"manifest.csv">[] = [
    { propertyName: "manifest.version", value: "1.0" },
    { propertyName: "oneroster.version", value: "1.1" },
    ...ONEROSTER_MANIFEST_FILES.map((f) => ({ propertyName: `file.${f}`, value: written.has(f) ? o.mode : "absent" })),
    ...(o.source
      ? [
          { propertyName: "source.systemName", value: o.source.systemName },
          { propertyName: "source.systemCode", value: o.source.systemCode },
        ]
      : []),
  ];

  const fromAssociations = enrolments.filter((e) => e.from.kind === "association").length;
  return ok({
    files: {
      "manifest.csv": writeOneRosterCsv("manifest.csv", manifest),
      "academicSessions.csv": writeOneRosterCsv("academicSessions.csv", sessions),
      "orgs.csv": writeOneRosterCsv("orgs.csv", orgs),
      "courses.csv": writeOneRosterCsv("courses.csv", courses),
      "classes.csv": writeOneRosterCsv("classes.csv", classes),
      "users.csv": writeOneRosterCsv("users.csv", users),
      "enrollments.csv": writeOneRosterCsv("enrollments.csv", enrollments),
    },
    report: {
      rows: {
        "academicSessions.csv": sessions.length,
        "orgs.csv": orgs.length,
        "courses.csv": courses.length,
        "classes.csv": classes.length,
        "users.csv": users.length,
        "enrollments.csv": enrollments.length,
      },
      enrolmentsFromAssociations: fromAssociations,
      enrolmentsFromCurrentSchool: enrolments.length - fromAssociations,
      notEnrolled,
    },
  });
};
