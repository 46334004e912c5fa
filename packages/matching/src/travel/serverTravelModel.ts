import type { GeoPoint, Result, ValidationError } from "@jiaolianti/core";
import { Effect } from "effect";
import { checkMatrixPoints } from "./checkMatrixPoints.js";
import type { EmbeddedTravelSettings } from "./EmbeddedTravelOptions.js";
import { estimateBlock } from "./embeddedTravelModel.js";
import type { MatrixBlock } from "./matrixBlocks.js";
import type { RoutingEngine, RoutingServerError } from "./RoutingServerError.js";
import { type RoutingRequest, requestJson, type TransportSettings } from "./requestJson.js";
import type { TravelFallback, TravelMatrix } from "./TravelMatrixTypes.js";
import type { TravelModelShape } from "./TravelModel.js";
import type { TravelMode } from "./TravelOptions.js";

/** A block of routed results: `null` = no route. */
export interface BlockTimes {
  readonly minutes: ReadonlyArray<ReadonlyArray<number | null>>;
  readonly meters: ReadonlyArray<ReadonlyArray<number | null>>;
}

/** What differs between routing engines: how a matrix is split, asked for and read. */
export interface RoutingAdapter {
  readonly engine: RoutingEngine;
  readonly blocks: (origins: number, destinations: number) => MatrixBlock[];
  /** The request of one block; points are WGS84. */
  readonly request: (
    origins: ReadonlyArray<GeoPoint>,
    destinations: ReadonlyArray<GeoPoint>,
    mode: TravelMode,
  ) => RoutingRequest;
  /** Reads a block's answer, checking its shape against the block size. */
  readonly parse: (
    json: unknown,
    origins: number,
    destinations: number,
    url: string,
  ) => Result<BlockTimes, RoutingServerError>;
}

/** Settings a server model needs beyond the adapter. */
export interface ServerModelSettings extends TransportSettings {
  readonly concurrency: number;
  readonly fallback: boolean;
  readonly embedded: EmbeddedTravelSettings;
}

type BlockOutcome = { readonly block: MatrixBlock; readonly times: BlockTimes; readonly fallback?: TravelFallback };

/**
 * A `TravelModel` answered by a routing server through `adapter`: validates the points, converts them to WGS84, splits
 * the matrix into blocks the server accepts, sends them (`concurrency` at a time, each with a time limit and retries
 * with back-off) and assembles the answers. A block that still fails is estimated by the embedded model and recorded
 * in `fallbacks` (the matrix is then `approximate: true`), unless `fallback` is `false`.
 */
export const makeServerTravelModel = (adapter: RoutingAdapter, settings: ServerModelSettings): TravelModelShape => ({
  engine: adapter.engine,
  matrix: (origins, destinations, mode) =>
    Effect.suspend((): Effect.Effect<TravelMatrix, ValidationError | RoutingServerError> => {
      const points = checkMatrixPoints(origins, destinations);
      if (!points.ok) return Effect.fail(points.error);
      const { origins: o, destinations: d } = points.value;
      const runBlock = (block: MatrixBlock): Effect.Effect<BlockOutcome, RoutingServerError> => {
        const bo = o.slice(block.originStart, block.originEnd);
        const bd = d.slice(block.destinationStart, block.destinationEnd);
        const req = adapter.request(bo, bd, mode);
        const routed = requestJson(adapter.engine, req, settings).pipe(
          Effect.flatMap((json) => {
            const r = adapter.parse(json, bo.length, bd.length, req.url);
            return r.ok ? Effect.succeed<BlockOutcome>({ block, times: r.value }) : Effect.fail(r.error);
          }),
        );
        if (!settings.fallback) return routed;
        return Effect.catch(routed, (error) =>
          Effect.succeed<BlockOutcome>({
            block,
            times: estimateBlock(bo, bd, mode, settings.embedded),
            fallback: { ...block, error },
          }),
        );
      };
      return Effect.map(
        Effect.forEach(adapter.blocks(o.length, d.length), runBlock, { concurrency: settings.concurrency }),
        (outcomes): TravelMatrix => {
          const minutes = o.map(() => new Array<number | null>(d.length).fill(null));
          const meters = o.map(() => new Array<number | null>(d.length).fill(null));
          const fallbacks: TravelFallback[] = [];
          for (const { block, times, fallback } of outcomes) {
            if (fallback) fallbacks.push(fallback);
            for (let i = block.originStart; i < block.originEnd; i++) {
              const rowMin = minutes[i] as (number | null)[];
              const rowM = meters[i] as (number | null)[];
              const srcMin = times.minutes[i - block.originStart] ?? [];
              const srcM = times.meters[i - block.originStart] ?? [];
              for (let j = block.destinationStart; j < block.destinationEnd; j++) {
                rowMin[j] = srcMin[j - block.destinationStart] ?? null;
                rowM[j] = srcM[j - block.destinationStart] ?? null;
              }
            }
          }
          return { mode, engine: adapter.engine, minutes, meters, approximate: fallbacks.length > 0, fallbacks };
        },
      );
    }),
});

/** Checks that `x` is a `rows × cols` array of non-negative finite numbers or `null`; returns it scaled, or why not. */
export const readGrid = (
  x: unknown,
  rows: number,
  cols: number,
  scale: number,
): { ok: true; value: (number | null)[][] } | { ok: false; why: string } => {
  if (!Array.isArray(x) || x.length !== rows) return { ok: false, why: `expected ${rows} rows` };
  const out: (number | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: unknown = x[i];
    if (!Array.isArray(row) || row.length !== cols) return { ok: false, why: `row ${i}: expected ${cols} values` };
    const r: (number | null)[] = [];
    for (let j = 0; j < cols; j++) {
      const v: unknown = row[j];
      if (v === null) r.push(null);
      else if (typeof v === "number" && Number.isFinite(v) && v >= 0) r.push(v * scale);
      else return { ok: false, why: `cell [${i}][${j}]: expected a non-negative number or null` };
    }
    out.push(r);
  }
  return { ok: true, value: out };
};
