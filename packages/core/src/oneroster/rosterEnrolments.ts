import type { Grade } from "../descriptors/Grade.js";
import type { RecordStatus } from "../model/common/RecordStatus.js";
import type { Student } from "../model/people/Student.js";
import type { StudentSchoolAssociation } from "../model/people/StudentSchoolAssociation.js";

/** One enrolment of a student at a school and grade in the roster's session, and where it was read from. */
export interface RosterEnrolment {
  /** The enrolment's OneRoster `sourcedId`: the association's id, or `enr:<student id>:<session id>`. */
  readonly sourcedId: string;
  readonly studentId: string;
  readonly schoolId: string;
  /** The association's `entryGradeLevel`, or the student's current grade. */
  readonly grade: Grade;
  readonly beginDate?: string;
  readonly endDate?: string;
  readonly status: RecordStatus;
  readonly dateLastModified: string;
  /**
   * `association`: a `StudentSchoolAssociation` whose period overlaps the session (index into the input list);
   * `current-school`: the student has no association at all, so the student's current school and grade are used.
   */
  readonly from:
    | { readonly kind: "association"; readonly index: number }
    | { readonly kind: "current-school"; readonly index: number };
}

/** The enrolments of a roster, and the students who have associations but none in the session. */
export interface RosterEnrolments {
  readonly enrolments: ReadonlyArray<RosterEnrolment>;
  /** Ids of students whose every association lies outside the session: they are users without an enrolment. */
  readonly notEnrolled: ReadonlyArray<string>;
}

/** Whether a period `[begin, end]` (end open when absent) overlaps the session `[start, finish]`; ISO dates compare as text. */
const overlaps = (begin: string, end: string | undefined, start: string, finish: string): boolean =>
  begin <= finish && (end === undefined || end >= start);

/**
 * Picks the enrolments of a roster for a session: for each student, every `StudentSchoolAssociation` whose period
 * overlaps the session (a student who changed school mid-term has two, each with its dates); a student without any
 * association falls back to the current `schoolId` and `grade` of the `Student` record (no dates). In `bulk` mode
 * records with status `tobedeleted` are left out; in `delta` mode they are kept with their status.
 *
 * Source: Ed-Fi `StudentSchoolAssociation` (entryGradeLevel, entry and exit dates); 1EdTech OneRoster 1.1
 * `enrollments` (beginDate, endDate).
 *
 * @example
 * ```ts
 * import { childExamples, rosterEnrolments, Student, StudentSchoolAssociation } from "@jiaolianti/core";
 * const r = rosterEnrolments(
 *   [Student.parse(childExamples.Student)],
 *   [StudentSchoolAssociation.parse(childExamples.StudentSchoolAssociation)],
 *   { sourcedId: "t1", startDate: "2025-09-01", endDate: "2026-01-20" },
 *   "bulk",
 * );
 * r.enrolments.map((e) => [e.schoolId, e.grade]); // [["xh-school-001", 4]]
 * ```
 */
export const rosterEnrolments = (
  students: ReadonlyArray<Student>,
  associations: ReadonlyArray<StudentSchoolAssociation>,
  session: { readonly sourcedId: string; readonly startDate: string; readonly endDate: string },
  mode: "bulk" | "delta",
): RosterEnrolments => {
  const kept = (status: RecordStatus) => mode === "delta" || status === "active";
  const byStudent = new Map<string, number[]>();
  associations.forEach((a, index) => {
    const list = byStudent.get(a.studentId);
    if (list) list.push(index);
    else byStudent.set(a.studentId, [index]);
  });
  const enrolments: RosterEnrolment[] = [];
  const notEnrolled: string[] = [];
  students.forEach((student, studentIndex) => {
    if (!kept(student.status)) return;
    const own = byStudent.get(student.id);
    if (own === undefined) {
      enrolments.push({
        sourcedId: `enr:${student.id}:${session.sourcedId}`,
        studentId: student.id,
        schoolId: student.schoolId,
        grade: student.grade,
        status: student.status,
        dateLastModified: student.dateLastModified,
        from: { kind: "current-school", index: studentIndex },
      });
      return;
    }
    let any = false;
    for (const index of own) {
      const a = associations[index] as StudentSchoolAssociation;
      if (!kept(a.status) || !overlaps(a.beginDate, a.endDate, session.startDate, session.endDate)) continue;
      any = true;
      enrolments.push({
        sourcedId: a.id,
        studentId: student.id,
        schoolId: a.schoolId,
        grade: a.entryGradeLevel,
        beginDate: a.beginDate,
        ...(a.endDate === undefined ? {} : { endDate: a.endDate }),
        status: a.status,
        dateLastModified: a.dateLastModified,
        from: { kind: "association", index },
      });
    }
    if (!any) notEnrolled.push(student.id);
  });
  return { enrolments, notEnrolled };
};
