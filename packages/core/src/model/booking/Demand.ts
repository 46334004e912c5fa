import { z } from "zod";
import { AccessibilityFeature } from "../../descriptors/accessibilityFeatures.js";
import { EducationDimension } from "../../descriptors/educationDimensions.js";
import { Grade } from "../../descriptors/Grade.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { DemandId, SchoolId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { TimeWindow } from "../common/TimeWindow.js";
import { uniqueList } from "../common/uniqueList.js";

/** Largest group one demand may ask seats for (a whole grade of a large school). */
export const MAX_GROUP_SIZE = 2_000;

/** Longest one-way travel a demand may accept, in minutes. */
export const MAX_TRAVEL_MINUTES = 180;

/**
 * A school's request for an out-of-school activity (需求): which grades, how many students, which themes (and 五育
 * dimensions), the time windows in which the group can go, the longest one-way travel it accepts, how it travels
 * and the accessibility needs of the group. Matching turns demands into bookings. Accessibility needs may point at one
 * child in a small group, so they are `personal`.
 *
 * Source: 徐汇区“教联体”行动方案 二(一) (需求智能匹配、资源精准调度), 三(四)3 (学校15分钟校外实践育人圈).
 *
 * @example
 * ```ts
 * import { Demand } from "@jiaolianti/core";
 * Demand.parse({
 *   id: "dem-2025-0193", status: "active", dateLastModified: "2025-10-08T09:00:00+08:00",
 *   schoolId: "xh-school-001", grades: [4], groupSize: 45, themes: ["science-technology"], dimensions: [],
 *   timeWindows: [{ start: "2025-10-15T13:00:00+08:00", end: "2025-10-15T16:30:00+08:00" }],
 *   maxTravelMinutes: 15, travelMode: "walk", accessibilityNeeds: [], state: "open",
 * });
 * ```
 */
export const Demand = z
  .strictObject({
    ...recordFields(DemandId),
    schoolId: SchoolId,
    grades: uniqueList(Grade, 12, { min: 1 }),
    /** Students in the group (`internal`). */
    groupSize: sensitive(z.number().int().min(1).max(MAX_GROUP_SIZE), "internal"),
    themes: uniqueList(VenueTheme, 14, { min: 1 }),
    dimensions: uniqueList(EducationDimension, 5),
    /** When the group can go; at least one window. */
    timeWindows: z.array(TimeWindow).min(1).max(50),
    /** Longest one-way travel accepted, minutes (15 for the 15-minute circle). */
    maxTravelMinutes: z.number().int().min(1).max(MAX_TRAVEL_MINUTES),
    travelMode: z.enum(["walk", "bicycle", "bus", "coach", "metro"]),
    accessibilityNeeds: sensitive(uniqueList(AccessibilityFeature, 9), "personal"),
    /** `open` → `matched` (bookings made) → `closed`, or `withdrawn` by the school. */
    state: z.enum(["open", "matched", "closed", "withdrawn"]),
  })
  .meta({ title: "Demand", description: "A school's request for an out-of-school activity." });

/** A school's request for an out-of-school activity. */
export type Demand = z.infer<typeof Demand>;
