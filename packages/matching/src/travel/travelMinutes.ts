import { type GeoPoint, haversineMeters } from "@jiaolianti/core";
import { z } from "zod";
import { BIKE_METERS_PER_MINUTE, DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "./travelDefaults.js";

/** How a group travels: on foot or by bicycle. */
export const TravelMode = z.enum(["walk", "bike"]);
/** `"walk" | "bike"`. */
export type TravelMode = z.infer<typeof TravelMode>;

/** Options of the embedded travel model (haversine × detour factor ÷ speed). */
export const TravelOptions = z
  .object({
    /** @default "walk" */
    mode: TravelMode.default("walk"),
    /** Street distance ÷ straight-line distance. @default 1.3 */
    detourFactor: z.number().min(1).max(5).default(DEFAULT_DETOUR_FACTOR),
    /** Overrides the speed of `mode`, metres per minute (walk 80, bike 250 by default). */
    metersPerMinute: z.number().positive().max(2_000).optional(),
  })
  .strict();
/** Options accepted by {@link travelMinutes} (all optional). */
export type TravelOptions = z.input<typeof TravelOptions>;

/** A trip estimated by the embedded model. */
export interface TravelEstimate {
  /** Great-circle distance, metres. */
  readonly straightMeters: number;
  /** Estimated street distance = straight × detour factor, metres. */
  readonly networkMeters: number;
  /** Estimated travel time, minutes. */
  readonly minutes: number;
  /** Always `true` for this model: no street network was consulted. */
  readonly approximate: true;
}

const SPEED: Record<TravelMode, number> = { walk: WALK_METERS_PER_MINUTE, bike: BIKE_METERS_PER_MINUTE };

/**
 * Estimates a trip with the embedded default travel model: haversine distance × detour factor ÷ speed. Needs no
 * network; a district with a routing server plugs in a real engine instead. Options must already be validated
 * (see {@link TravelOptions}); {@link reachableWithin} does that for you.
 *
 * @example
 * ```ts
 * import { travelMinutes } from "@jiaolianti/matching";
 * const a = { lat: 31.1786, lng: 121.4444, crs: "WGS84" } as const;
 * const b = { lat: 31.1876, lng: 121.4444, crs: "WGS84" } as const; // ≈ 1 km north
 * travelMinutes(a, b).minutes; // ≈ 16.2 (1000 m × 1.3 ÷ 80 m/min)
 * ```
 */
export const travelMinutes = (from: GeoPoint, to: GeoPoint, options: TravelOptions = {}): TravelEstimate => {
  const detour = options.detourFactor ?? DEFAULT_DETOUR_FACTOR;
  const speed = options.metersPerMinute ?? SPEED[options.mode ?? "walk"];
  const straightMeters = haversineMeters(from, to);
  const networkMeters = straightMeters * detour;
  return { straightMeters, networkMeters, minutes: networkMeters / speed, approximate: true };
};
