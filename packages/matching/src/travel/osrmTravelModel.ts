import { globalFetch } from "./globalFetch.js";
import { matrixBlocks } from "./matrixBlocks.js";
import { routingServerError } from "./RoutingServerError.js";
import type { RoutingServerSettings } from "./RoutingServerOptions.js";
import { makeServerTravelModel, type RoutingAdapter, readGrid } from "./serverTravelModel.js";
import type { TravelModelShape } from "./TravelModel.js";

type OsrmSettings = Extract<RoutingServerSettings, { engine: "osrm" }>;

const coord = (x: number): string => x.toFixed(6);

/**
 * The OSRM table adapter: `GET {baseUrl}/table/v1/{profile}/{lon},{lat};…?sources=0;…&destinations=…&annotations=
 * duration,distance`, durations (s) ÷ 60 → minutes, distances in metres, `null` = no route; an answer whose `code` is
 * not `"Ok"` is a `server-error`.
 *
 * Source: OSRM HTTP API v5, "Table service" (project-osrm.org/docs/v5.24.0/api/#table-service).
 */
export const osrmAdapter = (s: OsrmSettings): RoutingAdapter => ({
  engine: "osrm",
  blocks: (nO, nD) => matrixBlocks(nO, nD, { maxLocations: s.maxLocations }),
  request: (origins, destinations, mode) => {
    const coords = [...origins, ...destinations].map((p) => `${coord(p.lng)},${coord(p.lat)}`).join(";");
    const sources = origins.map((_, i) => i).join(";");
    const dests = destinations.map((_, j) => origins.length + j).join(";");
    return {
      method: "GET",
      url: `${s.baseUrl}/table/v1/${s.profiles[mode]}/${coords}?sources=${sources}&destinations=${dests}&annotations=duration,distance`,
    };
  },
  parse: (json, rows, cols, url) => {
    const body = json as { code?: unknown; message?: unknown; durations?: unknown; distances?: unknown } | null;
    if (typeof body !== "object" || body === null)
      return { ok: false, error: routingServerError("osrm", "unexpected-response", url, "answer is not an object") };
    if (body.code !== "Ok")
      return {
        ok: false,
        error: routingServerError("osrm", "server-error", url, `${String(body.code)}: ${String(body.message ?? "")}`),
      };
    const minutes = readGrid(body.durations, rows, cols, 1 / 60);
    if (!minutes.ok)
      return { ok: false, error: routingServerError("osrm", "unexpected-response", url, `durations: ${minutes.why}`) };
    const meters = readGrid(body.distances, rows, cols, 1);
    if (!meters.ok)
      return { ok: false, error: routingServerError("osrm", "unexpected-response", url, `distances: ${meters.why}`) };
    return { ok: true, value: { minutes: minutes.value, meters: meters.value } };
  },
});

/** A `TravelModel` answered by an OSRM server (validated settings; see `travelModelLayer`). */
export const makeOsrmTravelModel = (s: OsrmSettings): TravelModelShape =>
  makeServerTravelModel(osrmAdapter(s), { ...s, fetch: s.fetch ?? globalFetch });
