import {
  boundedText,
  CourseId,
  EducationDimension,
  endNotBefore,
  FamilyId,
  GeoPoint,
  Grade,
  IsoDate,
  RecordStatus,
  SchoolId,
  StudentId,
  TEXT_MAX,
  uniqueList,
  VenueAccess,
  VenueAdmissionStatus,
  VenueId,
  VenueTheme,
} from "@jiaolianti/core";
import { z } from "zod";

/**
 * A student's plan needs as the scoring package's plans emit them (themes, 五育 dimensions, grades, urgency 0 green …
 * 3 red), read structurally so matching does not depend on scoring (extra fields are ignored).
 *
 * @example
 * ```ts
 * import { PlanNeeds } from "@jiaolianti/matching";
 * PlanNeeds.parse({ themes: ["sports"], dimensions: ["physical"], grades: [4], urgency: 1 });
 * ```
 */
export const PlanNeeds = z.object({
  themes: uniqueList(VenueTheme, 14),
  /** @default [] */
  dimensions: uniqueList(EducationDimension, 5).default([]),
  /** Grades the need is for; used when the context gives no `grade`. @default [] */
  grades: uniqueList(Grade, 12).default([]),
  /** 0 (green) … 3 (red), as the warning tiers' urgency. @default 0 */
  urgency: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).default(0),
});
/** Plan needs (input form). */
export type PlanNeeds = z.input<typeof PlanNeeds>;

/**
 * A family type's course bundle: the themes and 五育 dimensions recommended to families of that type (the bundle is
 * the district's configuration; wording of family types stays non-stigmatizing and is not needed here).
 *
 * @example
 * ```ts
 * import { FamilyBundle } from "@jiaolianti/matching";
 * FamilyBundle.parse({ themes: ["labour-craft"], dimensions: ["labour", "aesthetic"] });
 * ```
 */
export const FamilyBundle = z.object({
  /** @default [] */
  themes: uniqueList(VenueTheme, 14).default([]),
  /** @default [] */
  dimensions: uniqueList(EducationDimension, 5).default([]),
});
/** A family bundle (input form). */
export type FamilyBundle = z.input<typeof FamilyBundle>;

/**
 * Whom to recommend for: pseudonymous ids only (a student and/or a family id, both optional and only echoed back), the
 * student's grade, the school whose practice circle bounds the search (id and location; a core `School` is accepted),
 * and the plan `needs` and/or the family `bundle` — at least one theme or dimension between them, and a grade (here or
 * in `needs.grades`).
 *
 * @example
 * ```ts
 * import { RecommendContext } from "@jiaolianti/matching";
 * RecommendContext.parse({
 *   studentId: "stu-7f3a9c21e0", grade: 4,
 *   school: { id: "xh-school-001", location: { lat: 31.1925, lng: 121.4366, crs: "WGS84" } },
 *   needs: { themes: ["science-technology"], urgency: 1 },
 * });
 * ```
 */
export const RecommendContext = z
  .strictObject({
    studentId: StudentId.optional(),
    familyId: FamilyId.optional(),
    grade: Grade.optional(),
    school: z.object({ id: SchoolId, location: GeoPoint }),
    needs: PlanNeeds.optional(),
    bundle: FamilyBundle.optional(),
  })
  .check((ctx) => {
    const { needs, bundle, grade } = ctx.value;
    const wanted =
      (needs?.themes.length ?? 0) +
      (needs?.dimensions.length ?? 0) +
      (bundle?.themes.length ?? 0) +
      (bundle?.dimensions.length ?? 0);
    if (wanted === 0)
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["needs"],
        message: "give plan needs or a family bundle with at least one theme or dimension",
      });
    if (grade === undefined && (needs?.grades.length ?? 0) === 0)
      ctx.issues.push({ code: "custom", input: ctx.value, path: ["grade"], message: "a grade is required" });
  });
/** A recommendation context (input form). */
export type RecommendContext = z.input<typeof RecommendContext>;

/** A course as recommendation reads it (a core `Course` is accepted as is: extra fields are ignored). */
export const RecommendCourse = z.object({
  id: CourseId,
  status: RecordStatus.optional(),
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name).optional(),
  themes: uniqueList(VenueTheme, 14, { min: 1 }),
  dimensions: uniqueList(EducationDimension, 5),
  grades: uniqueList(Grade, 12, { min: 1 }),
  capacity: z.number().int().min(1).max(2_000),
  /** Absent = held at the school. */
  venueId: VenueId.optional(),
});
/** A course for recommendation (input form). */
export type RecommendCourse = z.input<typeof RecommendCourse>;

/** A venue as recommendation reads it (a core `Venue` is accepted as is: extra fields are ignored). */
export const RecommendVenue = z.object({
  id: VenueId,
  status: RecordStatus.optional(),
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name).optional(),
  location: GeoPoint,
  access: VenueAccess.optional(),
  admissionStatus: VenueAdmissionStatus.optional(),
  /** @default [] */
  closures: z
    .array(z.object({ beginDate: IsoDate, endDate: IsoDate.optional() }).check(endNotBefore("beginDate", "endDate")))
    .max(100)
    .default([]),
});
/** A venue for recommendation (input form). */
export type RecommendVenue = z.input<typeof RecommendVenue>;
