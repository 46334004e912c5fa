import { z } from "zod";
import { StaffKind } from "../../descriptors/staffKinds.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { SchoolId, StaffId, StaffSchoolAssignmentId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { timeBoundedFields } from "../common/timeBoundedFields.js";

/**
 * A staff member's assignment to one school for a period, in one capacity: one coach serves many schools over time,
 * each assignment with its own `beginDate`/`endDate` (end not before begin) and weekly hours.
 *
 * Source: Ed-Fi `StaffEducationOrganizationAssignmentAssociation` (staffClassification, beginDate, endDate);
 * 徐汇区“教联体”行动方案 三(七)1 (选派不少于50名专业教练员入校).
 *
 * @example
 * ```ts
 * import { StaffSchoolAssignment } from "@jiaolianti/core";
 * StaffSchoolAssignment.parse({
 *   id: "ssa-0042", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   staffId: "staff-coach-017", schoolId: "xh-school-001", kind: "coach", hoursPerWeek: 6,
 *   beginDate: "2025-09-01", endDate: "2026-01-20",
 * });
 * ```
 */
export const StaffSchoolAssignment = z
  .strictObject({
    ...recordFields(StaffSchoolAssignmentId),
    staffId: StaffId,
    schoolId: SchoolId,
    /** The capacity in which the person serves this school. */
    kind: StaffKind,
    /** Contracted hours per week at this school. */
    hoursPerWeek: z.number().min(0).max(60).optional(),
    ...timeBoundedFields,
  })
  .check(endNotBefore("beginDate", "endDate"))
  .meta({
    title: "StaffSchoolAssignment",
    description: "A staff member's assignment to a school. endDate ≥ beginDate.",
  });

/** A staff assignment to a school. */
export type StaffSchoolAssignment = z.infer<typeof StaffSchoolAssignment>;
