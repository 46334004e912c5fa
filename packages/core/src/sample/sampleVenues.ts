import type { ReferenceVenue } from "../data/ReferenceVenue.js";
import { xuhuiSubdistricts } from "../data/xuhuiSubdistricts.js";
import { ACCESSIBILITY_FEATURE_CODES, type AccessibilityFeature } from "../descriptors/accessibilityFeatures.js";
import type { DepartmentId, VenueId, VenueSessionId } from "../model/common/ids.js";
import type { WeeklySlot } from "../model/common/WeeklySlot.js";
import type { Course } from "../model/offer/Course.js";
import type { Venue } from "../model/venue/Venue.js";
import type { VenueSession } from "../model/venue/VenueSession.js";
import type { Random } from "./random/Random.js";
import { SAMPLE_AS_OF, SAMPLE_TERM } from "./sampleCalendar.js";
import { subdistrictId } from "./sampleSubdistricts.js";
import { VENUE_STATUS_NOTES } from "./venueStatusNotes.js";

/** The venue fields the sample adds to the real reference data: all synthetic (not the venues' real figures). */
export const SYNTHETIC_VENUE_FIELDS = [
  "capacity",
  "sessions",
  "openingHours",
  "accessibility",
  "access",
  "admissionStatus",
  "admissionHistory",
] as const;

/**
 * Group capacity from the venue's accuracy radius, which the reference data sets by site size (a proxy, not a count):
 * ≤ 50 m → 60, ≤ 80 m → 120, ≤ 150 m → 200, ≤ 300 m → 400, larger → 800.
 */
export const capacityFromSiteSize = (accuracyM: number): number =>
  accuracyM <= 50 ? 60 : accuracyM <= 80 ? 120 : accuracyM <= 150 ? 200 : accuracyM <= 300 ? 400 : 800;

const ACCESSIBILITY_RATES: Readonly<Record<AccessibilityFeature, number>> = {
  "step-free-access": 0.75,
  "accessible-toilet": 0.6,
  lift: 0.45,
  "wheelchair-loan": 0.3,
  "tactile-guidance": 0.15,
  "audio-description": 0.2,
  "sign-language": 0.05,
  "hearing-loop": 0.05,
  "quiet-space": 0.1,
};

const slots = (days: ReadonlyArray<number>, start: string, end: string): WeeklySlot[] =>
  days.map((dayOfWeek) => ({ dayOfWeek, start, end }));

const openingHours = (v: ReferenceVenue, limited: boolean): WeeklySlot[] =>
  limited
    ? [...slots([6], "13:00", "16:00"), ...slots([7], "14:00", "16:00")]
    : v.category === "nature-botany" || v.category === "sports"
      ? slots([1, 2, 3, 4, 5, 6, 7], "06:00", "18:00")
      : slots([2, 3, 4, 5, 6, 7], "09:00", "16:30");

const SESSION_TIMES = [
  ["09:30", "11:30"],
  ["13:30", "15:30"],
] as const;

/**
 * The 67 real Xuhui venues (`xuhuiVenues`) as model `Venue` records: real name, themes, location, accuracy, address
 * and recorded subdistrict, plus synthetic operational fields ({@link SYNTHETIC_VENUE_FIELDS}): capacity from site
 * size, 2–5 weekly sessions of the venue's sample courses on school-day mornings or afternoons of the 2026 autumn term
 * (session capacity = the course's group size, never above the venue's), opening hours, accessibility, access and an
 * admission history under a 2025.1 standard. Venues the reference data lists as closed at collection get an open-ended
 * closure and no sessions; exterior-only venues get no sessions; organised-visit venues one session.
 */
export const sampleVenues = (
  venues: ReadonlyArray<ReferenceVenue>,
  courses: ReadonlyArray<Course>,
  rng: Random,
): Venue[] => {
  const codeByName = new Map(xuhuiSubdistricts.map((s) => [s.nameZh, s.nbsCode]));
  return venues.map((v) => {
    const note = VENUE_STATUS_NOTES[v.id];
    const capacity = capacityFromSiteSize(v.accuracyM);
    const own = courses.filter((c) => c.venueId === v.id);
    const sessionCount =
      note?.note === "closed" || note?.note === "exterior-only"
        ? 0
        : note?.note === "organised-visits-only"
          ? 1
          : capacity <= 120
            ? 2
            : capacity <= 200
              ? 3
              : capacity <= 400
                ? 4
                : 5;
    const sessions: VenueSession[] = Array.from({ length: own.length > 0 ? sessionCount : 0 }, (_, k) => {
      const course = own[k % own.length] as Course;
      const [start, end] = rng.pick(SESSION_TIMES);
      return {
        kind: "weekly",
        id: `${v.id}:s-${k + 1}` as VenueSessionId,
        capacity: Math.min(capacity, course.capacity),
        grades: [...course.grades],
        themes: [...course.themes],
        courseId: course.id,
        slot: { dayOfWeek: note?.note === "limited-hours" ? 6 : 2 + ((k + rng.int(4)) % 4), start, end },
        validFrom: SAMPLE_TERM.start,
        validUntil: SAMPLE_TERM.end,
      };
    });
    const fee = rng.weighted([0.7, 0.2, 0.1]);
    const feePolicy = (["free", "public-benefit", "paid"] as const)[fee] ?? "free";
    const conditional = rng.chance(0.12);
    const nbsCode = codeByName.get(v.subdistrict);
    return {
      id: v.id as VenueId,
      status: "active",
      dateLastModified: SAMPLE_AS_OF,
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      category: v.category,
      themes: [...v.themes],
      location: v.location,
      accuracyM: v.accuracyM,
      addressZh: v.address,
      ...(nbsCode ? { subdistrictId: subdistrictId(nbsCode) } : {}),
      capacity,
      sessions,
      openingHours: openingHours(v, note?.note === "limited-hours"),
      closures: note?.note === "closed" ? [{ beginDate: "2026-03-11", reasonZh: note.reasonZh }] : [],
      accessibility: ACCESSIBILITY_FEATURE_CODES.filter((f) => rng.chance(ACCESSIBILITY_RATES[f])),
      access: {
        feePolicy,
        visitMode:
          note?.note === "exterior-only"
            ? "exterior-only"
            : note?.note === "organised-visits-only"
              ? "organised-visits-only"
              : "appointment",
        freeForSchoolGroups: feePolicy !== "paid" || rng.chance(0.5),
      },
      admissionStatus: conditional ? "conditional" : "admitted",
      admissionHistory: [
        { status: "applied", date: "2025-09-15" },
        {
          status: conditional ? "conditional" : "admitted",
          date: "2025-10-15",
          decidedBy: "dept-education-bureau" as DepartmentId,
          standardVersion: "2025.1",
          reasonZh: conditional ? "示例(合成):有条件准入,需补充安全预案" : "示例(合成):符合准入标准",
        },
      ],
    };
  });
};
