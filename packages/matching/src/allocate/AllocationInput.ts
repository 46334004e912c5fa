import {
  AccessibilityFeature,
  CourseId,
  Demand,
  entityId,
  GeoPoint,
  Grade,
  MAX_SESSION_CAPACITY,
  TimeWindow,
  uniqueList,
  VenueId,
  VenueSessionId,
  VenueTheme,
} from "@jiaolianti/core";
import { z } from "zod";

/**
 * A school's demand as `allocate` reads it: the fields of core's `Demand` that matching uses (class group size,
 * grades, themes in order of preference, time windows, longest one-way travel, travel mode, accessibility needs) plus
 * `origin`, where the group sets out from (the school's location — `Demand` refers to the school by id). Other
 * fields of a `Demand` (status, state …) are ignored, so a core `Demand` spread with `origin` is accepted as is.
 *
 * @example
 * ```ts
 * import { AllocationDemand } from "@jiaolianti/matching";
 * AllocationDemand.parse({
 *   id: "dem-1", schoolId: "xh-school-001", grades: [4], groupSize: 40, themes: ["science-technology"],
 *   timeWindows: [{ start: "2026-10-14T13:00:00+08:00", end: "2026-10-14T16:30:00+08:00" }],
 *   maxTravelMinutes: 20, travelMode: "walk", accessibilityNeeds: [],
 *   origin: { lat: 31.19, lng: 121.44, crs: "WGS84" },
 * });
 * ```
 */
export const AllocationDemand = z.object({
  ...Demand.pick({
    id: true,
    schoolId: true,
    grades: true,
    groupSize: true,
    themes: true,
    timeWindows: true,
    maxTravelMinutes: true,
    travelMode: true,
    accessibilityNeeds: true,
  }).shape,
  /** Where the group sets out from: the school. */
  origin: GeoPoint,
});
/** A demand as read by `allocate` (input form). */
export type AllocationDemand = z.input<typeof AllocationDemand>;

/** Id of an offer (a dated venue session, a course delivery, an expert visit). */
export const OfferId = entityId("OfferId");

/**
 * Something schools can be allocated to: a dated venue session, a course delivery, or an expert visit — with its
 * capacity in seats (0 = full), the grades it is designed for (empty = any), its themes, the times it runs (a group
 * takes one; the capacity is shared by all of them) and where (absent = it comes to the school: no travel), and the
 * accessibility features available. `offersFromVenues` builds them from core `Venue`s.
 *
 * @example
 * ```ts
 * import { AllocationOffer } from "@jiaolianti/matching";
 * AllocationOffer.parse({
 *   id: "xh-venue-010:s-1:2026-10-14", kind: "venue-session", capacity: 80, grades: [3, 4, 5],
 *   themes: ["science-technology"], accessibility: ["step-free-access"],
 *   times: [{ start: "2026-10-14T13:30:00+08:00", end: "2026-10-14T15:30:00+08:00" }],
 *   location: { lat: 31.1945, lng: 121.4372, crs: "WGS84" },
 * });
 * ```
 */
export const AllocationOffer = z.strictObject({
  id: OfferId,
  kind: z.enum(["venue-session", "course", "expert-visit"]),
  /** Seats (0 = none left). */
  capacity: z.number().int().min(0).max(MAX_SESSION_CAPACITY),
  /** Grades the offer is designed for; empty = any. */
  grades: uniqueList(Grade, 12),
  themes: uniqueList(VenueTheme, 14, { min: 1 }),
  /** When it runs; a group takes one of these times. */
  times: z.array(TimeWindow).min(1).max(1_000),
  /** Where it runs; absent = at the school (an expert visit, a course delivered at school): no travel. */
  location: GeoPoint.optional(),
  accessibility: uniqueList(AccessibilityFeature, 9),
  venueId: VenueId.optional(),
  venueSessionId: VenueSessionId.optional(),
  courseId: CourseId.optional(),
});
/** An offer (input form). */
export type AllocationOffer = z.input<typeof AllocationOffer>;
