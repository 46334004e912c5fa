import { z } from "zod";
import { EmbeddedTravelOptions } from "./EmbeddedTravelOptions.js";

/**
 * The part of `fetch` the routing adapters use; inject your own (a proxy, a test double, a fetch with credentials).
 * The global `fetch` of Node ≥ 18 and browsers fits.
 */
export type FetchLike = (
  url: string,
  init: {
    readonly method: "GET" | "POST";
    readonly headers: Record<string, string>;
    readonly body?: string;
    readonly signal: AbortSignal;
  },
) => Promise<{ readonly status: number; text(): Promise<string> }>;

const profileName = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "a profile name: letters, digits, '_' or '-'");

const common = {
  /** Server root, e.g. `"http://localhost:5000"` (OSRM) or `"http://localhost:8002"` (Valhalla). */
  baseUrl: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, "")),
  /** Time limit of one request (one block), milliseconds. @default 10000 */
  timeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  /** Further attempts after a failed request (timeouts, lost connections, 5xx, 408, 429, truncated JSON). @default 2 */
  retries: z.number().int().min(0).max(10).default(2),
  /** First back-off delay, doubled at each retry (exponential), milliseconds. @default 250 */
  backoffMs: z.number().min(0).max(60_000).default(250),
  /** Requests in flight at once. @default 2 */
  concurrency: z.number().int().min(1).max(16).default(2),
  /**
   * On a failed block, estimate it with the embedded model and mark the matrix `approximate` (with the reason in
   * `fallbacks`); `false` fails the whole call with the `RoutingServerError` instead. @default true
   */
  fallback: z.boolean().default(true),
  /** Settings of the embedded model used for fallback blocks. @default detour 1.3, walk 80 m/min, bike 250 m/min */
  embedded: EmbeddedTravelOptions.prefault({}),
  /** Extra request headers (e.g. an API key of a hosted engine). */
  headers: z.record(z.string(), z.string()).optional(),
  /** The `fetch` to use. @default globalThis.fetch */
  fetch: z.custom<FetchLike>((f) => typeof f === "function", "fetch must be a function").optional(),
};

/**
 * An OSRM server (`GET /table/v1/{profile}/…`). OSRM caps a table request at 100 locations by default
 * (`--max-table-size`), so matrices are split into blocks of at most `maxLocations` sources + destinations.
 *
 * Source: OSRM HTTP API v5, "Table service" (project-osrm.org/docs/v5.24.0/api/#table-service).
 */
export const OsrmServerOptions = z.strictObject({
  engine: z.literal("osrm"),
  ...common,
  /** Sources + destinations per request. @default 100 (osrm-routed's default `--max-table-size`) */
  maxLocations: z.number().int().min(2).max(100_000).default(100),
  /** Profile name per mode, as in the URL. @default { walk: "foot", bike: "bike" } */
  profiles: z.strictObject({ walk: profileName.default("foot"), bike: profileName.default("bike") }).prefault({}),
});

/**
 * A Valhalla server (`POST /sources_to_targets`). Valhalla refuses matrices above `max_matrix_location_pairs`
 * (2 500 in its default `service_limits`), so matrices are split into blocks of at most `maxPairs` cells.
 *
 * Source: Valhalla "Time-Distance Matrix service API reference" (valhalla.github.io/valhalla/api/matrix/api-reference).
 */
export const ValhallaServerOptions = z.strictObject({
  engine: z.literal("valhalla"),
  ...common,
  /** Sources × targets per request. @default 2500 (Valhalla's default `max_matrix_location_pairs`) */
  maxPairs: z.number().int().min(1).max(10_000_000).default(2_500),
  /** Costing model per mode. @default { walk: "pedestrian", bike: "bicycle" } */
  costing: z
    .strictObject({ walk: profileName.default("pedestrian"), bike: profileName.default("bicycle") })
    .prefault({}),
});

/**
 * A routing server for the travel model: `{ engine: "osrm", baseUrl, … }` or `{ engine: "valhalla", baseUrl, … }`.
 *
 * @example
 * ```ts
 * import { RoutingServerOptions } from "@jiaolianti/matching";
 * const osrm = RoutingServerOptions.parse({ engine: "osrm", baseUrl: "http://localhost:5000" });
 * console.log(osrm.maxLocations, osrm.profiles.walk, osrm.timeoutMs); // 100 "foot" 10000
 * ```
 */
export const RoutingServerOptions = z.discriminatedUnion("engine", [OsrmServerOptions, ValhallaServerOptions]);
/** A routing server as accepted (defaults optional). */
export type RoutingServerOptions = z.input<typeof RoutingServerOptions>;
/** A routing server with defaults filled in. */
export type RoutingServerSettings = z.output<typeof RoutingServerOptions>;
