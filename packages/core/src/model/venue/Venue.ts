import { z } from "zod";
import { AccessibilityFeature } from "../../descriptors/accessibilityFeatures.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { VenueAdmissionStatus } from "../../descriptors/venueAdmissionStatuses.js";
import { GeoPoint } from "../../geo/GeoPoint.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { compareTemporal, IsoDate } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { SubdistrictId, VenueId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";
import { WeeklySlot } from "../common/WeeklySlot.js";
import { VenueAccess } from "./VenueAccess.js";
import { VenueAdmissionEvent } from "./VenueAdmissionEvent.js";
import { VenueOperator } from "./VenueOperator.js";
import { VenueSession } from "./VenueSession.js";

/** Most visitors in school groups a venue may host at once. */
export const MAX_VENUE_CAPACITY = 100_000;

const Closure = z
  .strictObject({
    beginDate: IsoDate,
    endDate: IsoDate.optional(),
    reasonZh: boundedText(TEXT_MAX.sentence).optional(),
  })
  .check(endNotBefore("beginDate", "endDate"));

/**
 * A venue of the venue registry (场所清单), in full: themes and category, location with its coordinate system and
 * accuracy, capacity, bookable sessions, weekly opening hours and closures, accessibility features, fee policy and
 * visit mode (free / public-benefit opening), operator, and its admission status with the whole history.
 *
 * Rules (each reported at its path): no session offers more seats than the venue's `capacity`
 * (`["sessions", i, "capacity"]`); the admission history is in date order (`["admissionHistory", i, "date"]`) and
 * its last status is the current `admissionStatus` (`["admissionStatus"]`).
 *
 * Source: 徐汇区“教联体”行动方案 二(四), 三(四)1, 三(五)1, 三(六)3; Ed-Fi `CommunityProvider`; `src/data/README.md`.
 *
 * @example
 * ```ts
 * import { Venue } from "@jiaolianti/core";
 * Venue.parse({
 *   id: "xh-venue-001", status: "active", dateLastModified: "2026-03-11T00:00:00Z",
 *   nameZh: "龙华烈士陵园", nameEn: "Longhua Martyrs' Cemetery", category: "red-culture", themes: ["red-culture"],
 *   location: { lat: 31.178557, lng: 121.444423, crs: "WGS84" }, capacity: 200, sessions: [], openingHours: [],
 *   closures: [], accessibility: ["step-free-access"],
 *   access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
 *   admissionStatus: "admitted", admissionHistory: [{ status: "admitted", date: "2025-10-01" }],
 * });
 * ```
 */
export const Venue = z
  .strictObject({
    ...recordFields(VenueId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    category: VenueTheme,
    themes: uniqueList(VenueTheme, 14, { min: 1 }),
    location: GeoPoint,
    /** How far (m) the point may sit from where a visitor would expect it. */
    accuracyM: z.number().min(0).max(10_000).optional(),
    /** Public street address of the venue (a place, not a person). */
    addressZh: boundedText(TEXT_MAX.sentence).optional(),
    subdistrictId: SubdistrictId.optional(),
    /** Most visitors in school groups at once (`internal`). */
    capacity: sensitive(z.number().int().min(0).max(MAX_VENUE_CAPACITY), "internal"),
    sessions: uniqueList(VenueSession, 1_000, { key: (s) => s.id }),
    openingHours: z.array(WeeklySlot).max(70),
    closures: z.array(Closure).max(100),
    accessibility: uniqueList(AccessibilityFeature, 9),
    access: VenueAccess,
    operator: VenueOperator.optional(),
    admissionStatus: VenueAdmissionStatus,
    admissionHistory: z.array(VenueAdmissionEvent).min(1).max(200),
  })
  .check((ctx) => {
    const { capacity, sessions, admissionHistory, admissionStatus } = ctx.value;
    sessions.forEach((s, i) => {
      if (s.capacity > capacity) {
        ctx.issues.push({
          code: "custom",
          input: s.capacity,
          path: ["sessions", i, "capacity"],
          message: `session capacity ${s.capacity} exceeds the venue's capacity ${capacity}`,
        });
      }
    });
    admissionHistory.forEach((e, i) => {
      const prev = admissionHistory[i - 1];
      if (prev && compareTemporal(prev.date, e.date) > 0) {
        ctx.issues.push({
          code: "custom",
          input: e.date,
          path: ["admissionHistory", i, "date"],
          message: "admission history must be in date order",
        });
      }
    });
    const last = admissionHistory.at(-1);
    if (last && last.status !== admissionStatus) {
      ctx.issues.push({
        code: "custom",
        input: admissionStatus,
        path: ["admissionStatus"],
        message: `admissionStatus must equal the last status in admissionHistory ("${last.status}")`,
      });
    }
  })
  .meta({
    title: "Venue",
    description:
      "A venue registry entry. Session capacity ≤ venue capacity; admission history in date order, ending in admissionStatus.",
  });

/** A venue registry entry. */
export type Venue = z.infer<typeof Venue>;
