import type { VenueTheme } from "../descriptors/VenueTheme.js";
import { VENUE_THEME_CODES } from "../descriptors/venueThemes.js";
import type { Demand } from "../model/booking/Demand.js";
import type { DemandId, SchoolId } from "../model/common/ids.js";
import type { School } from "../model/organisation/School.js";
import type { Venue } from "../model/venue/Venue.js";
import type { Random } from "./random/Random.js";
import { DEMANDS_PER_SCHOOL } from "./sampleAssumptions.js";
import { OUTING_DAYS, SAMPLE_AS_OF } from "./sampleCalendar.js";
import { THEME_DIMENSIONS } from "./themeDimensions.js";

const TRAVEL = [
  [15, "walk"],
  [20, "walk"],
  [25, "coach"],
  [30, "coach"],
  [30, "metro"],
] as const;

/**
 * {@link DEMANDS_PER_SCHOOL} requests per school for an out-of-school activity in the 2026 autumn term: one grade the
 * school has (a class of 30–45 students, fewer if the grade is smaller), a theme drawn in proportion to the seats the
 * venues offer in it (plus a 10 % floor, so some demands find little supply), 1–3 weekday-afternoon windows
 * (13:00–16:30) on school days, and a maximum travel time of 15–30 minutes (walking up to 20, by coach or metro
 * beyond). 3 % need step-free access.
 */
export const sampleDemands = (schools: ReadonlyArray<School>, venues: ReadonlyArray<Venue>, rng: Random): Demand[] => {
  const seats = VENUE_THEME_CODES.map((theme) =>
    venues.reduce(
      (s, v) => s + v.sessions.filter((x) => x.themes.includes(theme)).reduce((a, x) => a + x.capacity, 0),
      0,
    ),
  );
  const total = seats.reduce((a, b) => a + b, 0);
  const weights = seats.map((s) => 0.9 * (s / total) + 0.1 / VENUE_THEME_CODES.length);
  const demands: Demand[] = [];
  const width = Math.max(4, String(schools.length * DEMANDS_PER_SCHOOL).length);
  for (const school of schools) {
    const grades = school.enrolment.filter((e) => e.students > 0);
    if (grades.length === 0) continue;
    for (let k = 0; k < DEMANDS_PER_SCHOOL; k++) {
      const theme = VENUE_THEME_CODES[rng.weighted(weights)] as VenueTheme;
      const days = new Set<string>();
      const windows = 1 + rng.int(3);
      while (days.size < windows) days.add(rng.pick(OUTING_DAYS));
      const [maxTravelMinutes, travelMode] = rng.pick(TRAVEL);
      const grade = rng.pick(grades);
      demands.push({
        id: `sample-demand-${String(demands.length + 1).padStart(width, "0")}` as DemandId,
        status: "active",
        dateLastModified: SAMPLE_AS_OF,
        schoolId: school.id as SchoolId,
        grades: [grade.grade],
        groupSize: Math.min(rng.between(30, 45), grade.students),
        themes: [theme],
        dimensions: [...THEME_DIMENSIONS[theme]],
        timeWindows: [...days].sort().map((d) => ({ start: `${d}T13:00:00+08:00`, end: `${d}T16:30:00+08:00` })),
        maxTravelMinutes,
        travelMode,
        accessibilityNeeds: rng.chance(0.03) ? ["step-free-access"] : [],
        state: "open",
      });
    }
  }
  return demands;
};
