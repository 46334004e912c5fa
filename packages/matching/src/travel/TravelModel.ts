import type { GeoPoint, ValidationError } from "@jiaolianti/core";
import { Context, type Effect } from "effect";
import { makeEmbeddedTravelModel } from "./embeddedTravelModel.js";
import type { RoutingServerError } from "./RoutingServerError.js";
import type { TravelEngine, TravelMatrix } from "./TravelMatrixTypes.js";
import type { TravelMode } from "./TravelOptions.js";

/** What a travel model does: answer a matrix of trips for a mode. */
export interface TravelModelShape {
  readonly engine: TravelEngine;
  /**
   * Times and distances from every origin to every destination. Fails with a `ValidationError` for bad points (NaN,
   * out of range, unknown or mixed coordinate systems, too many cells), and with a `RoutingServerError` only when a
   * server model is configured with `fallback: false`.
   */
  readonly matrix: (
    origins: ReadonlyArray<GeoPoint>,
    destinations: ReadonlyArray<GeoPoint>,
    mode: TravelMode,
  ) => Effect.Effect<TravelMatrix, ValidationError | RoutingServerError>;
}

/**
 * The travel model as an Effect service (a `Context.Reference`): when nothing is provided, the embedded model
 * (haversine × 1.3 ÷ 80 m/min walking, 250 m/min cycling) answers; provide `travelModelLayer({ server })` to route on
 * an OSRM or Valhalla server instead.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { TravelModel } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * const venue = { lat: 31.1951, lng: 121.4387, crs: "WGS84" } as const;
 * const program = Effect.gen(function* () {
 *   const model = yield* TravelModel;
 *   return yield* model.matrix([school], [venue], "walk");
 * });
 * const m = await Effect.runPromise(program); // embedded model: m.approximate === true
 * console.log(m.minutes[0]?.[0]);
 * ```
 */
export const TravelModel: Context.Reference<TravelModelShape> = Context.Reference<TravelModelShape>(
  "@jiaolianti/matching/TravelModel",
  { defaultValue: () => makeEmbeddedTravelModel() },
);
