import type { GeoPoint } from "@jiaolianti/core";
import type { TravelOptions } from "./TravelOptions.js";
import { type TravelEstimate, travelMinutes } from "./travelMinutes.js";

/** Anything with a location: a venue, a school, a course's venue … */
export interface Located {
  readonly location: GeoPoint;
}

/** A place within the time budget, with the trip estimate that put it there. */
export interface Reachable<T extends Located> extends TravelEstimate {
  readonly place: T;
}

/**
 * The algorithm behind {@link reachableWithin} for input that is already validated: every place whose estimated trip
 * from `origin` takes at most `options.minutes`, nearest first (equal times keep the input order). It imports no
 * schema library, so zod-free code (the embeddable widgets) can use it; untrusted input must go through
 * `reachableWithin` or an equivalent check first.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { withinMinutes } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * withinMinutes(school, xuhuiVenues, { minutes: 15, mode: "walk" }).length; // the 15-minute walking circle
 * ```
 */
export const withinMinutes = <T extends Located>(
  origin: GeoPoint,
  places: ReadonlyArray<T>,
  options: TravelOptions & { readonly minutes: number },
): Reachable<T>[] => {
  const out: Reachable<T>[] = [];
  for (const place of places) {
    const trip = travelMinutes(origin, place.location, options);
    if (trip.minutes <= options.minutes) out.push({ place, ...trip });
  }
  // Array.prototype.sort is stable (ES2019), so equal times keep the input order.
  return out.sort((a, b) => a.minutes - b.minutes);
};
