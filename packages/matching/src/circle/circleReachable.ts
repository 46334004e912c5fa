import { type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { travelMinutes } from "../travel/travelMinutes.js";
import type { Reachable } from "../travel/withinMinutes.js";
import type { CircleSchool, CircleVenue } from "./CirclePlaces.js";
import type { PracticeCircles } from "./practiceCircles.js";

/**
 * One school's circle from {@link practiceCircles} as `withinMinutes` would list it: each reachable venue with its
 * trip estimate, nearest first (equal times in venue order). `venues` must be the array the circles were computed for;
 * a school index out of range or a shorter `venues` array is a `ValidationError`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { circleReachable, practiceCircles } from "@jiaolianti/matching";
 * const schools = [{ id: "s1", location: { lat: 31.1925, lng: 121.4366, crs: "WGS84" as const }, enrolment: [] }];
 * const r = practiceCircles(schools, xuhuiVenues);
 * const list = r.ok ? circleReachable(r.value, 0, xuhuiVenues) : undefined;
 * if (list?.ok) console.log(list.value.map((x) => `${x.place.nameZh} ${x.minutes.toFixed(1)} min`));
 * ```
 */
export const circleReachable = <S extends CircleSchool, V extends CircleVenue>(
  circles: PracticeCircles<S>,
  schoolIndex: number,
  venues: ReadonlyArray<V>,
): Result<Reachable<V>[], ValidationError> => {
  const circle = Number.isInteger(schoolIndex) ? circles.schools[schoolIndex] : undefined;
  if (circle === undefined)
    return {
      ok: false,
      error: validationError("schoolIndex", [
        { path: [], message: `Expected an integer in [0, ${circles.schools.length})` },
      ]),
    };
  if (!Array.isArray(venues) || venues.length !== circles.totals.venues)
    return {
      ok: false,
      error: validationError("venues", [
        { path: [], message: `Expected the ${circles.totals.venues} venues of the circles` },
      ]),
    };
  const { detourFactor, metersPerMinute } = circles.parameters;
  const out: Reachable<V>[] = [];
  for (const v of circle.venueIndices) {
    const place = venues[v] as V;
    out.push({ place, ...travelMinutes(circle.school.location, place.location, { detourFactor, metersPerMinute }) });
  }
  return { ok: true, value: out.sort((a, b) => a.minutes - b.minutes) };
};
