import { z } from "zod";
import { Grade } from "../../descriptors/Grade.js";
import { SchoolStage } from "../../descriptors/schoolStages.js";
import { GeoPoint } from "../../geo/GeoPoint.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { SchoolId, SubdistrictId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/** Most students one grade of one school may report (a large Shanghai school has ≈ 600 per grade). */
export const MAX_STUDENTS_PER_GRADE = 5_000;

/**
 * The number of students enrolled in one grade of a school (an aggregate: no student is identifiable from it, but
 * small counts are still `internal` and go through small-cell suppression before display).
 *
 * @example
 * ```ts
 * import { GradeEnrolment } from "@jiaolianti/core";
 * GradeEnrolment.parse({ grade: 4, students: 182 });
 * ```
 */
export const GradeEnrolment = z.strictObject({
  grade: Grade,
  students: z.number().int().min(0).max(MAX_STUDENTS_PER_GRADE),
});
/** Students enrolled in one grade. */
export type GradeEnrolment = z.infer<typeof GradeEnrolment>;

/**
 * A school (Ed-Fi `School`, OneRoster org `school`): stage, grades offered, enrolment by grade, location with its
 * coordinate system, subdistrict and school cluster (学区/德育圈). `synthetic: true` marks a made-up school of the demo
 * district — current Xuhui school and student counts are not public, so a demo must say its numbers are synthetic.
 * Every enrolment grade must be a grade offered (reported at `["enrolment", i, "grade"]`).
 *
 * Source: Ed-Fi Data Standard v5 `School` (schoolCategories, gradeLevels); OneRoster 1.2 `orgs`.
 *
 * @example
 * ```ts
 * import { School } from "@jiaolianti/core";
 * School.parse({
 *   id: "xh-school-001", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   nameZh: "示例第一小学", stage: "primary", gradesOffered: [1, 2, 3, 4, 5],
 *   enrolment: [{ grade: 1, students: 180 }], location: { lat: 31.19, lng: 121.44, crs: "WGS84" },
 *   subdistrictId: "xh-sd-310104011", synthetic: true,
 * });
 * ```
 */
export const School = z
  .strictObject({
    ...recordFields(SchoolId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    stage: SchoolStage,
    /** `public` (公办) or `private` (民办). */
    ownership: z.enum(["public", "private"]).optional(),
    gradesOffered: uniqueList(Grade, 12, { min: 1 }),
    /** Students by grade; aggregates, `internal`. */
    enrolment: sensitive(uniqueList(GradeEnrolment, 12, { key: (e) => e.grade }), "internal"),
    location: GeoPoint,
    subdistrictId: SubdistrictId,
    /** The school cluster (学区) or moral-education circle (德育圈) the school belongs to, as a code or short name. */
    schoolCluster: boundedText(TEXT_MAX.label).optional(),
    /** `true` for a made-up school of the synthetic demo district. */
    synthetic: z.boolean(),
  })
  .check((ctx) => {
    const offered = new Set(ctx.value.gradesOffered);
    ctx.value.enrolment.forEach((e, i) => {
      if (!offered.has(e.grade)) {
        ctx.issues.push({
          code: "custom",
          input: e.grade,
          path: ["enrolment", i, "grade"],
          message: `grade ${e.grade} is not in gradesOffered`,
        });
      }
    });
  })
  .meta({ title: "School", description: "A school. Enrolment grades must be among gradesOffered." });

/** A school. */
export type School = z.infer<typeof School>;
