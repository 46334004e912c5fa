import { z } from "zod";
import { EducationDimension } from "../../descriptors/educationDimensions.js";
import { Grade } from "../../descriptors/Grade.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { CourseId, VenueId } from "../common/ids.js";
import { ProviderRef } from "../common/ProviderRef.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/** Longest course session accepted, in minutes (a full-day study trip). */
export const MAX_COURSE_MINUTES = 720;

/**
 * A course or practice activity offered to schools (资源清单): the 五育 dimensions it serves (one, or several for a
 * "五育融合" course), its themes, the grades it suits, duration, group capacity, where it runs (a venue, or at school
 * when absent) and who provides it. Courses from the annual call for science courses and from venue-course toolkits
 * (场馆课程转化) are all `Course` records.
 *
 * Source: 徐汇区“教联体”行动方案 二(三) (五育融合精品课程), 二(四) (场馆课程转化工具包), 三(五)3 (每年遴选100门科普、科创课程).
 *
 * @example
 * ```ts
 * import { Course } from "@jiaolianti/core";
 * Course.parse({
 *   id: "course-astronomy-101", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   nameZh: "认识星空", dimensions: ["intellectual"], themes: ["science-technology"], grades: [4, 5],
 *   durationMinutes: 90, capacity: 40, venueId: "xh-venue-010", provider: { kind: "venue", venueId: "xh-venue-010" },
 * });
 * ```
 */
export const Course = z
  .strictObject({
    ...recordFields(CourseId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    summaryZh: boundedText(TEXT_MAX.paragraph).optional(),
    dimensions: uniqueList(EducationDimension, 5, { min: 1 }),
    themes: uniqueList(VenueTheme, 14, { min: 1 }),
    grades: uniqueList(Grade, 12, { min: 1 }),
    durationMinutes: z.number().int().min(1).max(MAX_COURSE_MINUTES),
    /** Largest group one delivery takes. */
    capacity: z.number().int().min(1).max(2_000),
    /** Where it runs; absent = at the school. */
    venueId: VenueId.optional(),
    provider: ProviderRef,
  })
  .meta({ title: "Course", description: "A course or practice activity offered to schools." });

/** A course or practice activity. */
export type Course = z.infer<typeof Course>;
