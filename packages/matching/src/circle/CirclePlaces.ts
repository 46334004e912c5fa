import type { GeoPoint, VenueTheme } from "@jiaolianti/core";

/**
 * The part of core's `School` a practice circle needs: an id, a location and the enrolment by grade (students are
 * counted as the sum of `enrolment[].students`). A core `School` fits as is.
 */
export interface CircleSchool {
  readonly id: string;
  readonly location: GeoPoint;
  readonly enrolment: ReadonlyArray<{ readonly students: number }>;
}

/** The part of core's `Venue` (or `ReferenceVenue`, e.g. `xuhuiVenues`) a practice circle needs. */
export interface CircleVenue {
  readonly id: string;
  readonly location: GeoPoint;
  readonly themes: ReadonlyArray<VenueTheme>;
}

/** A candidate site for a new venue: an id and a location. */
export interface CircleSite {
  readonly id: string;
  readonly location: GeoPoint;
}
