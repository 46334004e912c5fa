import { type GeoPoint, haversineMeters } from "@jiaolianti/core";
import type { TravelMode, TravelOptions } from "./TravelOptions.js";
import { BIKE_METERS_PER_MINUTE, DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "./travelDefaults.js";

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
