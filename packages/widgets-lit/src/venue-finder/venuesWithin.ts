import type { GeoPoint, VenueTheme } from "@jiaolianti/core";
import { type TravelEstimate, type TravelMode, withinMinutes } from "@jiaolianti/matching";
import type { PublicVenue } from "./publicVenue.js";

/** A venue inside the time budget, with the trip estimate that put it there. */
export interface ReachableVenue extends TravelEstimate {
  readonly venue: PublicVenue;
}

/** Options of {@link venuesWithin}. */
export interface VenuesWithinOptions {
  readonly minutes: number;
  readonly mode: TravelMode;
  /** Keep only venues with this theme. */
  readonly theme?: VenueTheme | undefined;
}

/**
 * The venues reachable from `origin` within `minutes`, nearest first, optionally of one theme: matching's
 * `withinMinutes` (the algorithm behind `reachableWithin`, without its zod validation, which would add ≈ 26 kB gzip
 * to the one-script-tag bundle) over venues already checked by `parsePublicVenues` and `finderSettings`. The unit
 * tests check it gives the same venues, times and order as `reachableWithin`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * venuesWithin(school, xuhuiVenues, { minutes: 15, mode: "walk" }).map((r) => r.venue.id);
 * ```
 */
export const venuesWithin = (
  origin: GeoPoint,
  venues: ReadonlyArray<PublicVenue>,
  { minutes, mode, theme }: VenuesWithinOptions,
): ReachableVenue[] =>
  withinMinutes(origin, theme ? venues.filter((v) => v.themes.includes(theme)) : venues, { minutes, mode }).map(
    ({ place, ...trip }) => ({ venue: place, ...trip }),
  );
