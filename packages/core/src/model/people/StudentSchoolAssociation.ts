import { z } from "zod";
import { Grade } from "../../descriptors/Grade.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { SchoolId, StudentId, StudentSchoolAssociationId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { timeBoundedFields } from "../common/timeBoundedFields.js";

/**
 * A student's enrolment at one school for a period: the grade the student entered at (`entryGradeLevel`), the first
 * day (`beginDate`) and the last day (`endDate`, absent while enrolled; end not before begin). A student who changes
 * school (转学) or is promoted keeps one association per school and period, so a roster for any term can be rebuilt —
 * the `Student` record itself only carries the current school and grade. School and grade of a child are `personal`.
 *
 * Source: Ed-Fi Data Standard v5 `StudentSchoolAssociation` (entryDate, entryGradeLevelDescriptor, exitWithdrawDate);
 * 1EdTech OneRoster 1.1 `enrollments` (beginDate, endDate); PIPL Art. 28.
 *
 * @example
 * ```ts
 * import { StudentSchoolAssociation } from "@jiaolianti/core";
 * StudentSchoolAssociation.parse({
 *   id: "ssch-0001", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   studentId: "stu-7f3a9c21e0", schoolId: "xh-school-001", entryGradeLevel: 4, beginDate: "2025-09-01",
 * });
 * ```
 */
export const StudentSchoolAssociation = z
  .strictObject({
    ...recordFields(StudentSchoolAssociationId),
    studentId: sensitive(StudentId, "personal"),
    schoolId: sensitive(SchoolId, "personal"),
    /** The grade (1–12) the student was enrolled in at the start of this association. */
    entryGradeLevel: sensitive(Grade, "personal"),
    ...timeBoundedFields,
  })
  .check(endNotBefore("beginDate", "endDate"))
  .meta({
    title: "StudentSchoolAssociation",
    description: "A student's enrolment at a school for a period. endDate ≥ beginDate.",
  });

/** A student's enrolment at a school for a period. */
export type StudentSchoolAssociation = z.infer<typeof StudentSchoolAssociation>;
