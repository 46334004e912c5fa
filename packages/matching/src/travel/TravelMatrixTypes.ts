import type { RoutingServerError } from "./RoutingServerError.js";
import type { TravelMode } from "./TravelOptions.js";

/** Which model produced a matrix: the embedded estimate or a routing server. */
export type TravelEngine = "embedded" | "osrm" | "valhalla";

/**
 * A block of a matrix a routing server could not answer, estimated by the embedded model instead: origins
 * `[originStart, originEnd)` × destinations `[destinationStart, destinationEnd)`, with the error that caused it.
 */
export interface TravelFallback {
  readonly originStart: number;
  readonly originEnd: number;
  readonly destinationStart: number;
  readonly destinationEnd: number;
  /** Why: the server's failure after all retries (`reason`, `status`, `message`, `messageZh`). */
  readonly error: RoutingServerError;
}

/**
 * Travel times and distances from every origin to every destination, in input order: `minutes[i][j]` and
 * `meters[i][j]` are for origin `i` → destination `j`; `null` means the engine found no route.
 */
export interface TravelMatrix {
  readonly mode: TravelMode;
  /** The model asked: `"embedded"`, `"osrm"` or `"valhalla"`. */
  readonly engine: TravelEngine;
  readonly minutes: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Street distance in metres (estimated as straight line × detour factor by the embedded model). */
  readonly meters: ReadonlyArray<ReadonlyArray<number | null>>;
  /**
   * `true` when any cell is an estimate rather than a routed trip: always for the embedded model, and for a server
   * model when some block fell back (see `fallbacks`).
   */
  readonly approximate: boolean;
  /** Blocks estimated by the embedded model because the server failed, each with its reason; empty otherwise. */
  readonly fallbacks: ReadonlyArray<TravelFallback>;
}
