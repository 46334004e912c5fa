import { type GeoPoint, parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { Effect } from "effect";
import { z } from "zod";
import { EmbeddedTravelOptions } from "./EmbeddedTravelOptions.js";
import type { RoutingServerError } from "./RoutingServerError.js";
import { RoutingServerOptions } from "./RoutingServerOptions.js";
import type { TravelMatrix } from "./TravelMatrixTypes.js";
import { TravelModel } from "./TravelModel.js";
import { TravelMode } from "./TravelOptions.js";
import { makeTravelModel } from "./travelModelLayer.js";

/** Options of {@link travelMatrix}: the mode, and optionally a routing server or embedded-model settings. */
export const TravelMatrixOptions = z.strictObject({
  /** @default "walk" */
  mode: TravelMode.default("walk"),
  /** A routing server (OSRM or Valhalla); leave out for the embedded model. */
  server: RoutingServerOptions.optional(),
  /** Settings of the embedded model when no server is given. */
  embedded: EmbeddedTravelOptions.optional(),
});
/** Options accepted by {@link travelMatrix}. */
export type TravelMatrixOptions = z.input<typeof TravelMatrixOptions>;

/**
 * A travel matrix from the {@link TravelModel} service in the context (the embedded model unless a layer provides
 * another): the Effect entry point.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { travelMatrixEffect, travelModelLayer } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * const venue = { lat: 31.2006, lng: 121.4325, crs: "WGS84" } as const;
 * const program = travelMatrixEffect([school], [venue], "walk").pipe(
 *   Effect.provide(travelModelLayer({ server: { engine: "osrm", baseUrl: "http://127.0.0.1:9", retries: 0 } })),
 * );
 * const m = await Effect.runPromise(program); // no server listens: estimated, m.approximate === true
 * console.log(m.fallbacks[0]?.error.reason); // "network"
 * ```
 */
export const travelMatrixEffect = (
  origins: ReadonlyArray<GeoPoint>,
  destinations: ReadonlyArray<GeoPoint>,
  mode: TravelMode = "walk",
): Effect.Effect<TravelMatrix, ValidationError | RoutingServerError> =>
  Effect.flatMap(TravelModel, (model) => model.matrix(origins, destinations, mode));

/**
 * Travel times and distances from every origin to every destination — the Promise convenience for code that does not
 * use Effect. Without `server` the embedded model answers (haversine × 1.3 ÷ speed, `approximate: true`); with an
 * OSRM or Valhalla `server` the matrix is routed in blocks the server accepts, with a time limit and retries per
 * request, and any block the server cannot answer is estimated and listed in `fallbacks` with its reason. Points may
 * be in any coordinate system but all in the same one; they are converted to WGS84 for the server.
 *
 * Resolves to a `Result` (never rejects): a `ValidationError` for bad points or options, a `RoutingServerError` only
 * with `server.fallback: false`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { travelMatrix } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * const r = await travelMatrix([school], xuhuiVenues.slice(0, 3).map((v) => v.location), { mode: "bike" });
 * if (r.ok) console.log(r.value.minutes[0]); // three estimated cycling times, minutes
 * ```
 */
export const travelMatrix = async (
  origins: ReadonlyArray<GeoPoint>,
  destinations: ReadonlyArray<GeoPoint>,
  options: TravelMatrixOptions = {},
): Promise<Result<TravelMatrix, ValidationError | RoutingServerError>> => {
  const o = parseWith(TravelMatrixOptions, options, "TravelMatrixOptions");
  if (!o.ok) return o;
  const model = makeTravelModel({
    ...(o.value.server ? { server: o.value.server } : {}),
    ...(o.value.embedded ? { embedded: o.value.embedded } : {}),
  });
  if (!model.ok) return model;
  const r = await Effect.runPromise(Effect.result(model.value.matrix(origins, destinations, o.value.mode)));
  return r._tag === "Success" ? { ok: true, value: r.success } : { ok: false, error: r.failure };
};
