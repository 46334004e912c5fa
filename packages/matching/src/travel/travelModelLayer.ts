import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { Effect, Layer } from "effect";
import { z } from "zod";
import { EmbeddedTravelOptions } from "./EmbeddedTravelOptions.js";
import { makeEmbeddedTravelModel } from "./embeddedTravelModel.js";
import { makeOsrmTravelModel } from "./osrmTravelModel.js";
import { RoutingServerOptions } from "./RoutingServerOptions.js";
import { TravelModel, type TravelModelShape } from "./TravelModel.js";
import { makeValhallaTravelModel } from "./valhallaTravelModel.js";

/**
 * Configuration of the travel model: no `server` → the embedded model (with `embedded` settings); a `server` → that
 * OSRM or Valhalla server, falling back to the embedded model (its own `server.embedded` settings) block by block.
 */
export const TravelModelOptions = z.strictObject({
  /** Settings of the embedded model when no server is given. @default detour 1.3, walk 80, bike 250 m/min */
  embedded: EmbeddedTravelOptions.prefault({}),
  /** A routing server; leave out to use the embedded model. */
  server: RoutingServerOptions.optional(),
});
/** Configuration of the travel model as accepted (all optional). */
export type TravelModelOptions = z.input<typeof TravelModelOptions>;

/**
 * Builds a travel model from untrusted configuration: a typed `ValidationError` for bad settings (an unknown engine,
 * a URL that is not http(s), a negative timeout …).
 *
 * @example
 * ```ts
 * import { makeTravelModel } from "@jiaolianti/matching";
 * const r = makeTravelModel({ server: { engine: "valhalla", baseUrl: "http://localhost:8002" } });
 * console.log(r.ok && r.value.engine); // "valhalla"
 * ```
 */
export const makeTravelModel = (options: TravelModelOptions = {}): Result<TravelModelShape, ValidationError> => {
  const o = parseWith(TravelModelOptions, options, "TravelModelOptions");
  if (!o.ok) return o;
  const server = o.value.server;
  if (server === undefined) return { ok: true, value: makeEmbeddedTravelModel(o.value.embedded) };
  return { ok: true, value: server.engine === "osrm" ? makeOsrmTravelModel(server) : makeValhallaTravelModel(server) };
};

/**
 * A `Layer` providing the {@link TravelModel} service from configuration; fails with a `ValidationError` when the
 * configuration is invalid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { TravelModel, travelModelLayer } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * const program = Effect.gen(function* () {
 *   const model = yield* TravelModel;
 *   return yield* model.matrix([school], [school], "bike");
 * });
 * // Embedded model with slower cyclists (young pupils):
 * const m = await Effect.runPromise(Effect.provide(program, travelModelLayer({ embedded: { bikeMetersPerMinute: 200 } })));
 * console.log(m.engine, m.minutes); // "embedded" [[0]]
 * ```
 */
export const travelModelLayer = (options: TravelModelOptions = {}): Layer.Layer<never, ValidationError> =>
  Layer.effect(
    TravelModel,
    Effect.suspend(() => {
      const r = makeTravelModel(options);
      return r.ok ? Effect.succeed(r.value) : Effect.fail(r.error);
    }),
  );
