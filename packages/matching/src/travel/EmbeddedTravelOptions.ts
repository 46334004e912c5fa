import { z } from "zod";
import { BIKE_METERS_PER_MINUTE, DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "./travelDefaults.js";

/**
 * Settings of the embedded travel model (haversine distance × detour factor ÷ speed), also used by the server models
 * for the blocks they fall back on.
 *
 * @example
 * ```ts
 * import { EmbeddedTravelOptions } from "@jiaolianti/matching";
 * EmbeddedTravelOptions.parse({ walkMetersPerMinute: 70 }); // slower walkers (young pupils), detour 1.3, bike 250
 * ```
 */
export const EmbeddedTravelOptions = z.strictObject({
  /** Street distance ÷ straight-line distance. @default 1.3 */
  detourFactor: z.number().min(1).max(5).default(DEFAULT_DETOUR_FACTOR),
  /** Walking speed, metres per minute. @default 80 */
  walkMetersPerMinute: z.number().positive().max(2_000).default(WALK_METERS_PER_MINUTE),
  /** Cycling speed, metres per minute. @default 250 */
  bikeMetersPerMinute: z.number().positive().max(2_000).default(BIKE_METERS_PER_MINUTE),
});
/** Settings of the embedded travel model as accepted (all optional). */
export type EmbeddedTravelOptions = z.input<typeof EmbeddedTravelOptions>;
/** Settings of the embedded travel model with defaults filled in. */
export type EmbeddedTravelSettings = z.output<typeof EmbeddedTravelOptions>;
