import { type GeoPoint, toCrs, xuhuiVenues } from "@jiaolianti/core";
import { afterEach, describe, expect, test } from "vitest";
import { type FakeServer, fakeTrip, osrmAnswer, type Reply, startFakeServer } from "./fakeRoutingServer.testing.js";
import type { FetchLike } from "./RoutingServerOptions.js";
import { travelMatrix } from "./travelMatrix.js";
import { travelMinutes } from "./travelMinutes.js";

const school: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
const venues = xuhuiVenues.map((v) => v.location);
const island: GeoPoint = { lat: 31.2, lng: 121.7, crs: "WGS84" };

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const start = async (handler: (req: Parameters<typeof osrmAnswer>[0], n: number) => Reply) => {
  server = await startFakeServer(handler);
  return server;
};
const osrm = (url: string, extra: object = {}) => ({ engine: "osrm" as const, baseUrl: url, backoffMs: 1, ...extra });
const round = (x: number) => Math.round(x * 10) / 10;

describe("OSRM table adapter (against a local fake osrm-routed)", () => {
  test("routes every cell, in input order, as the server computed it; null stays 'no route'", async () => {
    const s = await start((req) => osrmAnswer(req));
    const origins = [school, venues[5] as GeoPoint];
    const destinations = [...venues.slice(0, 4), island];
    const r = await travelMatrix(origins, destinations, { mode: "walk", server: osrm(s.url) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.engine).toBe("osrm");
    expect(r.value.approximate).toBe(false);
    expect(r.value.fallbacks).toEqual([]);
    for (const [i, o] of origins.entries())
      for (const [j, d] of destinations.entries()) {
        const t = fakeTrip(o, d, "foot");
        if (t === null) {
          expect(r.value.minutes[i]?.[j]).toBeNull();
          expect(r.value.meters[i]?.[j]).toBeNull();
        } else {
          expect(r.value.minutes[i]?.[j]).toBeCloseTo(round(t.seconds) / 60, 9);
          expect(r.value.meters[i]?.[j]).toBeCloseTo(round(t.meters), 9);
        }
      }
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]?.path.startsWith("/table/v1/foot/")).toBe(true);
    expect(s.seen[0]?.query.get("annotations")).toBe("duration,distance");
  });

  test("splits a 130 × 67 matrix into requests of at most 100 locations and reassembles it", async () => {
    const s = await start((req) => osrmAnswer(req, 100));
    const origins = Array.from(
      { length: 130 },
      (_, i) => ({ lat: 31.15 + i * 0.0005, lng: 121.42, crs: "WGS84" }) as const,
    );
    const r = await travelMatrix(origins, venues, { mode: "bike", server: osrm(s.url) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.approximate).toBe(false);
    for (const req of s.seen) expect(req.path.split("/")[4]?.split(";").length).toBeLessThanOrEqual(100);
    expect(s.seen.length).toBeGreaterThan(2);
    for (const i of [0, 49, 50, 129])
      for (const j of [0, 33, 66]) {
        const t = fakeTrip(origins[i] as GeoPoint, venues[j] as GeoPoint, "bike");
        expect(r.value.minutes[i]?.[j]).toBeCloseTo(round(t?.seconds ?? Number.NaN) / 60, 9);
      }
  });

  test("sends WGS84 coordinates: GCJ-02 input is converted with toCrs", async () => {
    const s = await start((req) => osrmAnswer(req));
    const gcj = toCrs(school, "GCJ02");
    const r = await travelMatrix([gcj], [toCrs(venues[0] as GeoPoint, "GCJ02")], { server: osrm(s.url) });
    expect(r.ok).toBe(true);
    const back = toCrs(gcj, "WGS84");
    expect(s.seen[0]?.path).toContain(`${back.lng.toFixed(6)},${back.lat.toFixed(6)}`);
    expect(Math.abs(back.lng - school.lng)).toBeLessThan(1e-5);
  });

  test("retries a 500 with back-off and then uses the routed answer", async () => {
    const s = await start((req, n) => (n < 2 ? { status: 500, body: "overloaded" } : osrmAnswer(req)));
    const r = await travelMatrix([school], venues.slice(0, 3), { server: osrm(s.url, { retries: 2 }) });
    expect(r.ok && r.value.approximate).toBe(false);
    expect(s.seen).toHaveLength(3);
  });

  test.each([
    ["HTTP 500 every time", (): Reply => ({ status: 500, body: "boom" }), "http-status", 3],
    ["malformed JSON", (): Reply => ({ status: 200, body: '{"code":"Ok","durations":[[1' }), "malformed-json", 3],
    ["a dropped connection", (): Reply => "reset", "network", 3],
    [
      "a wrong-sized matrix",
      (): Reply => ({ status: 200, body: '{"code":"Ok","durations":[[1]],"distances":[[1]]}' }),
      "unexpected-response",
      1,
    ],
    [
      "a negative duration",
      (): Reply => ({ status: 200, body: '{"code":"Ok","durations":[[-1,1]],"distances":[[1,1]]}' }),
      "unexpected-response",
      1,
    ],
    [
      "code NoTable",
      (): Reply => ({ status: 200, body: '{"code":"NoTable","message":"no table"}' }),
      "server-error",
      1,
    ],
    [
      "HTTP 400 InvalidQuery (not retried)",
      (): Reply => ({ status: 400, body: '{"code":"InvalidQuery"}' }),
      "http-status",
      1,
    ],
  ])(
    "falls back to the embedded model on %s, marking the block and the reason",
    async (_n, reply, reason, attempts) => {
      const s = await start(reply);
      const dest = venues.slice(0, 2);
      const r = await travelMatrix([school], dest, { server: osrm(s.url, { retries: 2 }) });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.approximate).toBe(true);
      expect(r.value.fallbacks).toHaveLength(1);
      const f = r.value.fallbacks[0];
      expect(f?.error._tag).toBe("RoutingServerError");
      expect(f?.error.reason).toBe(reason);
      expect(f?.error.messageZh).toContain("路径服务");
      expect([f?.originStart, f?.originEnd, f?.destinationStart, f?.destinationEnd]).toEqual([0, 1, 0, 2]);
      dest.forEach((d, j) => {
        expect(r.value.minutes[0]?.[j]).toBe(travelMinutes(school, d).minutes);
      });
      expect(s.seen).toHaveLength(attempts);
    },
  );

  test("a request that hangs times out, is retried, then falls back", async () => {
    const s = await start(() => "hang");
    const r = await travelMatrix([school], [venues[0] as GeoPoint], {
      server: osrm(s.url, { timeoutMs: 150, retries: 1 }),
    });
    expect(r.ok && r.value.fallbacks[0]?.error.reason).toBe("timeout");
    expect(s.seen).toHaveLength(2);
  });

  test("only the failing block falls back; the others stay routed", async () => {
    const s = await start((req, n) => (n === 1 ? { status: 503, body: "" } : osrmAnswer(req, 10)));
    const r = await travelMatrix([school], venues.slice(0, 20), {
      server: osrm(s.url, { maxLocations: 10, retries: 0, concurrency: 1 }),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.fallbacks.map((f) => [f.destinationStart, f.destinationEnd, f.error.status])).toEqual([
      [9, 18, 503],
    ]);
    const routed = fakeTrip(school, venues[0] as GeoPoint, "foot");
    expect(r.value.minutes[0]?.[0]).toBeCloseTo(round(routed?.seconds ?? 0) / 60, 9);
    expect(r.value.minutes[0]?.[10]).toBe(travelMinutes(school, venues[10] as GeoPoint).minutes);
  });

  test("with fallback: false the call fails with the typed RoutingServerError", async () => {
    const s = await start(() => ({ status: 502, body: "bad gateway" }));
    const r = await travelMatrix([school], [school], { server: osrm(s.url, { retries: 1, fallback: false }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("RoutingServerError");
    if (r.error._tag !== "RoutingServerError") return;
    expect([r.error.reason, r.error.status, r.error.engine]).toEqual(["http-status", 502, "osrm"]);
  });

  test("uses an injected fetch (here: a counting wrapper around the real one)", async () => {
    const s = await start((req) => osrmAnswer(req));
    const calls: string[] = [];
    const fetch: FetchLike = (url, init) => {
      calls.push(url);
      return globalThis.fetch(url, init);
    };
    const r = await travelMatrix([school], venues.slice(0, 2), { server: osrm(s.url, { fetch }) });
    expect(r.ok && r.value.approximate).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.startsWith(`${s.url}/table/v1/foot/`)).toBe(true);
  });

  test("custom profile names go into the URL", async () => {
    const s = await start((req) => osrmAnswer(req));
    await travelMatrix([school], [school], { mode: "bike", server: osrm(s.url, { profiles: { bike: "cycling" } }) });
    expect(s.seen[0]?.path.startsWith("/table/v1/cycling/")).toBe(true);
  });
});
