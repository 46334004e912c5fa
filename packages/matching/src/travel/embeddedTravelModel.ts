import type { GeoPoint } from "@jiaolianti/core";
import { Effect } from "effect";
import { checkMatrixPoints } from "./checkMatrixPoints.js";
import type { EmbeddedTravelSettings } from "./EmbeddedTravelOptions.js";
import type { TravelMatrix } from "./TravelMatrixTypes.js";
import type { TravelModelShape } from "./TravelModel.js";
import type { TravelMode } from "./TravelOptions.js";
import { BIKE_METERS_PER_MINUTE, DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "./travelDefaults.js";
import { travelMinutes } from "./travelMinutes.js";

/** The defaults of the embedded model: detour 1.3, walk 80 m/min, bike 250 m/min (see `travelDefaults`). */
export const DEFAULT_EMBEDDED_SETTINGS: EmbeddedTravelSettings = {
  detourFactor: DEFAULT_DETOUR_FACTOR,
  walkMetersPerMinute: WALK_METERS_PER_MINUTE,
  bikeMetersPerMinute: BIKE_METERS_PER_MINUTE,
};

/** Speed of `mode` under `settings`, metres per minute. */
export const speedOf = (settings: EmbeddedTravelSettings, mode: TravelMode): number =>
  mode === "walk" ? settings.walkMetersPerMinute : settings.bikeMetersPerMinute;

/**
 * Estimates a block of a matrix with the embedded model (same arithmetic as {@link travelMinutes}): rows are origins,
 * columns destinations. Points must be valid.
 */
export const estimateBlock = (
  origins: ReadonlyArray<GeoPoint>,
  destinations: ReadonlyArray<GeoPoint>,
  mode: TravelMode,
  settings: EmbeddedTravelSettings,
): { minutes: number[][]; meters: number[][] } => {
  const options = { detourFactor: settings.detourFactor, metersPerMinute: speedOf(settings, mode) };
  const minutes: number[][] = [];
  const meters: number[][] = [];
  for (const o of origins) {
    const rowMinutes: number[] = [];
    const rowMeters: number[] = [];
    for (const d of destinations) {
      const t = travelMinutes(o, d, options);
      rowMinutes.push(t.minutes);
      rowMeters.push(t.networkMeters);
    }
    minutes.push(rowMinutes);
    meters.push(rowMeters);
  }
  return { minutes, meters };
};

/**
 * The embedded travel model as a `TravelModel` service implementation: haversine × detour factor ÷ speed, no network,
 * every matrix `approximate: true`. Settings must be validated (see {@link EmbeddedTravelOptions}); use
 * `travelModelLayer()` to build it from untrusted configuration.
 *
 * Source: detour 1.3 (Boeing 2019; Levinson & El-Geneidy 2009), walking 4.8 km/h and cycling 15 km/h (OSRM profile
 * defaults) — see `travelDefaults`.
 */
export const makeEmbeddedTravelModel = (
  settings: EmbeddedTravelSettings = DEFAULT_EMBEDDED_SETTINGS,
): TravelModelShape => ({
  engine: "embedded",
  matrix: (origins, destinations, mode) =>
    Effect.suspend(() => {
      const points = checkMatrixPoints(origins, destinations);
      if (!points.ok) return Effect.fail(points.error);
      const block = estimateBlock(points.value.origins, points.value.destinations, mode, settings);
      const result: TravelMatrix = { mode, engine: "embedded", ...block, approximate: true, fallbacks: [] };
      return Effect.succeed(result);
    }),
});
