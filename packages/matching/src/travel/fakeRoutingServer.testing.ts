// Test support only (not exported): a real HTTP server on 127.0.0.1 that imitates OSRM's table service and
// Valhalla's matrix service, with scripted failures. Tests never touch the network.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type GeoPoint, haversineMeters } from "@jiaolianti/core";

/** A request the fake server received. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: string;
}

/** What to do with the n-th request (0-based): answer, never answer, or drop the connection. */
export type Reply = { readonly status: number; readonly body: string } | "hang" | "reset";

/** A running fake server. */
export interface FakeServer {
  readonly url: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server on an ephemeral port of 127.0.0.1 answering with `handler`. */
export const startFakeServer = async (handler: (req: SeenRequest, n: number) => Reply): Promise<FakeServer> => {
  const seen: SeenRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const u = new URL(req.url ?? "/", "http://127.0.0.1");
      const r: SeenRequest = {
        method: req.method ?? "GET",
        path: decodeURIComponent(u.pathname),
        query: u.searchParams,
        body,
      };
      const n = seen.length;
      seen.push(r);
      const reply = handler(r, n);
      if (reply === "hang") {
        open.add(res);
        return;
      }
      if (reply === "reset") {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** The fake engines' "street network": straight line × 1.25 at 5 km/h (foot) or 16 km/h (bike); east of 121.6° E is an island. */
export const FAKE_CIRCUITY = 1.25;
export const fakeSpeed = (profile: string): number =>
  profile === "foot" || profile === "pedestrian" ? 5000 / 60 : 16000 / 60;
export const isIsland = (p: { lng: number }) => p.lng > 121.6;

/** The trip the fake engines report: seconds and metres, or `null` when either end is on the island. */
export const fakeTrip = (a: GeoPoint, b: GeoPoint, profile: string): { seconds: number; meters: number } | null => {
  if (isIsland(a) !== isIsland(b)) return null;
  const meters = haversineMeters(a, b) * FAKE_CIRCUITY;
  return { seconds: (meters / fakeSpeed(profile)) * 60, meters };
};

const json = (status: number, body: unknown): Reply => ({ status, body: JSON.stringify(body) });

/** An OSRM `/table/v1` answer for a request, refusing more than `maxLocations` locations like osrm-routed. */
export const osrmAnswer = (req: SeenRequest, maxLocations = 100): Reply => {
  const m = /^\/table\/v1\/([^/]+)\/(.+)$/.exec(req.path);
  if (!m) return json(400, { code: "InvalidUrl", message: "URL string malformed" });
  const profile = m[1] as string;
  const coords = (m[2] as string).split(";").map((c) => {
    const [lng, lat] = c.split(",").map(Number) as [number, number];
    return { lat, lng, crs: "WGS84" } as const;
  });
  if (coords.length > maxLocations) return json(400, { code: "TooBig", message: "Too many table coordinates" });
  const idx = (k: string) => (req.query.get(k) ?? "").split(";").map(Number);
  const sources = idx("sources").map((i) => coords[i] as GeoPoint);
  const dests = idx("destinations").map((i) => coords[i] as GeoPoint);
  const trips = sources.map((s) => dests.map((d) => fakeTrip(s, d, profile)));
  return json(200, {
    code: "Ok",
    durations: trips.map((r) => r.map((t) => (t ? Math.round(t.seconds * 10) / 10 : null))),
    distances: trips.map((r) => r.map((t) => (t ? Math.round(t.meters * 10) / 10 : null))),
  });
};

/** A Valhalla `/sources_to_targets` answer (verbose rows, or the concise `{ durations, distances }` form). */
export const valhallaAnswer = (req: SeenRequest, form: "verbose" | "concise" = "verbose", maxPairs = 2500): Reply => {
  if (req.path !== "/sources_to_targets" || req.method !== "POST") return json(404, { error: "not found" });
  const b = JSON.parse(req.body) as {
    sources: { lat: number; lon: number }[];
    targets: { lat: number; lon: number }[];
    costing: string;
  };
  if (b.sources.length * b.targets.length > maxPairs)
    return json(400, { error_code: 154, error: "Exceeded max locations", status_code: 400, status: "Bad Request" });
  const pt = (p: { lat: number; lon: number }): GeoPoint => ({ lat: p.lat, lng: p.lon, crs: "WGS84" });
  const trips = b.sources.map((s) => b.targets.map((t) => fakeTrip(pt(s), pt(t), b.costing)));
  if (form === "concise")
    return json(200, {
      sources_to_targets: {
        durations: trips.map((r) => r.map((t) => (t ? Math.round(t.seconds) : null))),
        distances: trips.map((r) => r.map((t) => (t ? Math.round(t.meters) / 1000 : null))),
      },
      units: "kilometers",
    });
  return json(200, {
    sources_to_targets: trips.map((r, i) =>
      r.map((t, j) => ({
        distance: t ? Math.round(t.meters) / 1000 : null,
        time: t ? Math.round(t.seconds) : null,
        from_index: i,
        to_index: j,
      })),
    ),
    units: "kilometers",
  });
};
