import type { ReferenceVenue } from "../data/ReferenceVenue.js";
import { venueThemes } from "../descriptors/venueThemes.js";
import type { CourseId, VenueId } from "../model/common/ids.js";
import type { Course } from "../model/offer/Course.js";
import type { Random } from "./random/Random.js";
import { SAMPLE_AS_OF } from "./sampleCalendar.js";
import { THEME_DIMENSIONS } from "./themeDimensions.js";

/** Grade bands a synthetic course is designed for. */
const GRADE_BANDS: ReadonlyArray<ReadonlyArray<number>> = [
  [1, 2, 3, 4, 5],
  [3, 4, 5],
  [6, 7, 8, 9],
  [6, 7, 8, 9, 10, 11, 12],
  [10, 11, 12],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
];

const shortName = (nameZh: string): string => nameZh.replace(/[((].*$/, "");

/**
 * One synthetic course per (real venue, theme of that venue): a practice activity named after the venue and theme and
 * marked "(示例)" / "(sample)" — not a real offer of the venue. Grade band, duration (60/90/120 min) and group
 * capacity (40/45/90) are drawn; dimensions follow {@link THEME_DIMENSIONS}.
 */
export const sampleCourses = (venues: ReadonlyArray<ReferenceVenue>, rng: Random): Course[] => {
  const courses: Course[] = [];
  for (const v of venues) {
    for (const theme of v.themes) {
      const label = venueThemes[theme];
      courses.push({
        id: `sample-course-${String(courses.length + 1).padStart(3, "0")}` as CourseId,
        status: "active",
        dateLastModified: SAMPLE_AS_OF,
        nameZh: `${shortName(v.nameZh)}·${label.labelZh}实践课(示例)`,
        nameEn: `${label.labelEn} practice at ${v.nameEn} (sample)`,
        summaryZh: "合成示例课程,用于演示资源清单与需求匹配,不是场馆的真实课程。",
        dimensions: [...THEME_DIMENSIONS[theme]],
        themes: [theme],
        grades: [...rng.pick(GRADE_BANDS)],
        durationMinutes: rng.pick([60, 90, 120]),
        capacity: rng.pick([40, 45, 90]),
        venueId: v.id as VenueId,
        provider: { kind: "venue", venueId: v.id as VenueId },
      });
    }
  }
  return courses;
};
