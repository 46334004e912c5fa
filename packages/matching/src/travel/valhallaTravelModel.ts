import { globalFetch } from "./globalFetch.js";
import { matrixBlocks } from "./matrixBlocks.js";
import { routingServerError } from "./RoutingServerError.js";
import type { RoutingServerSettings } from "./RoutingServerOptions.js";
import { makeServerTravelModel, type RoutingAdapter, readGrid } from "./serverTravelModel.js";
import type { TravelModelShape } from "./TravelModel.js";

type ValhallaSettings = Extract<RoutingServerSettings, { engine: "valhalla" }>;

const METERS_PER_UNIT: Record<string, number> = { kilometers: 1000, km: 1000, miles: 1609.344, mi: 1609.344 };

/** Reads Valhalla's verbose answer: `sources_to_targets[i][j] = { time, distance }` (null or absent = no route). */
const verboseGrid = (rows: unknown, nO: number, nD: number) => {
  if (!Array.isArray(rows) || rows.length !== nO) return null;
  const time: (number | null)[][] = [];
  const distance: (number | null)[][] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== nD) return null;
    time.push(row.map((c) => (c as { time?: number | null } | null)?.time ?? null));
    distance.push(row.map((c) => (c as { distance?: number | null } | null)?.distance ?? null));
  }
  return { time, distance };
};

/**
 * The Valhalla matrix adapter: `POST {baseUrl}/sources_to_targets` with `{ sources, targets, costing, units:
 * "kilometers" }` (costing `pedestrian` / `bicycle`), reading either the verbose answer (`sources_to_targets[i][j] =
 * { time, distance }`) or the concise one (`sources_to_targets: { durations, distances }`); time (s) ÷ 60 → minutes,
 * distance × 1000 → metres, `null` = no route.
 *
 * Source: Valhalla "Time-Distance Matrix service API reference" (valhalla.github.io/valhalla/api/matrix/api-reference).
 */
export const valhallaAdapter = (s: ValhallaSettings): RoutingAdapter => ({
  engine: "valhalla",
  blocks: (nO, nD) => matrixBlocks(nO, nD, { maxPairs: s.maxPairs }),
  request: (origins, destinations, mode) => ({
    method: "POST",
    url: `${s.baseUrl}/sources_to_targets`,
    body: JSON.stringify({
      sources: origins.map((p) => ({ lat: p.lat, lon: p.lng })),
      targets: destinations.map((p) => ({ lat: p.lat, lon: p.lng })),
      costing: s.costing[mode],
      units: "kilometers",
    }),
  }),
  parse: (json, nO, nD, url) => {
    const bad = (why: string) => ({
      ok: false as const,
      error: routingServerError("valhalla", "unexpected-response", url, why),
    });
    const body = json as { sources_to_targets?: unknown; units?: unknown; error?: unknown } | null;
    if (typeof body !== "object" || body === null) return bad("answer is not an object");
    if (body.sources_to_targets === undefined)
      return {
        ok: false,
        error: routingServerError("valhalla", "server-error", url, String(body.error ?? "no sources_to_targets")),
      };
    const unit = METERS_PER_UNIT[typeof body.units === "string" ? body.units : "kilometers"];
    if (unit === undefined) return bad(`unknown units ${String(body.units)}`);
    const stt = body.sources_to_targets as { durations?: unknown; distances?: unknown };
    const grids = Array.isArray(stt) ? verboseGrid(stt, nO, nD) : { time: stt.durations, distance: stt.distances };
    if (grids === null) return bad(`sources_to_targets: expected ${nO} rows of ${nD} cells`);
    const minutes = readGrid(grids.time, nO, nD, 1 / 60);
    if (!minutes.ok) return bad(`time: ${minutes.why}`);
    const meters = readGrid(grids.distance, nO, nD, unit);
    if (!meters.ok) return bad(`distance: ${meters.why}`);
    return { ok: true, value: { minutes: minutes.value, meters: meters.value } };
  },
});

/** A `TravelModel` answered by a Valhalla server (validated settings; see `travelModelLayer`). */
export const makeValhallaTravelModel = (s: ValhallaSettings): TravelModelShape =>
  makeServerTravelModel(valhallaAdapter(s), { ...s, fetch: s.fetch ?? globalFetch });
