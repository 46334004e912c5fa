import { z } from "zod";
import { Grade } from "../../descriptors/Grade.js";
import { Sex } from "../../descriptors/Sex.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { ClassId, SchoolId, StudentId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/** Earliest and latest birth year accepted (students of grades 1–12, incl. late starters in special education). */
export const BIRTH_YEAR_RANGE = [1990, 2100] as const;

/**
 * A student, pseudonymously: an opaque id (a keyed HMAC of the school system's id), the school, grade, class, sex and
 * birth year — and nothing that identifies the child. The model has no field for a name, a national id number, a
 * student number, a phone number, an address or a date of birth, by design: identity lives outside the core model
 * (as Ed-Fi and OneRoster keep demographics apart) and a test fails if such a key appears.
 *
 * All fields are `personal` (PIPL Art. 28: all personal information of a child under 14 is sensitive personal
 * information — the access policy applies the stricter rule by age).
 *
 * Source: Ed-Fi `Student` + `StudentSchoolAssociation` (entryGradeLevel); OneRoster 1.2 `users` (role student);
 * PIPL Art. 28, 31.
 *
 * @example
 * ```ts
 * import { Student } from "@jiaolianti/core";
 * Student.parse({
 *   id: "stu-7f3a9c21e0", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   schoolId: "xh-school-001", grade: 4, classId: "xh-school-001:g4-c2", sex: "female", birthYear: 2016,
 * });
 * ```
 */
export const Student = z
  .strictObject({
    ...recordFields(StudentId),
    schoolId: sensitive(SchoolId, "personal"),
    grade: sensitive(Grade, "personal"),
    classId: sensitive(ClassId.optional(), "personal"),
    sex: sensitive(Sex, "personal"),
    birthYear: sensitive(z.number().int().min(BIRTH_YEAR_RANGE[0]).max(BIRTH_YEAR_RANGE[1]), "personal"),
  })
  .meta({
    title: "Student",
    description: "A student, pseudonymous. Never carries a name, national id, phone, address or date of birth.",
  });

/** A pseudonymous student. */
export type Student = z.infer<typeof Student>;
