import { type GeoPoint, toCrs, xuhuiVenues } from "@jiaolianti/core";
import { afterEach, describe, expect, test } from "vitest";
import {
  type FakeServer,
  fakeTrip,
  type Reply,
  type SeenRequest,
  startFakeServer,
  valhallaAnswer,
} from "./fakeRoutingServer.testing.js";
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
const start = async (handler: (req: SeenRequest, n: number) => Reply) => {
  server = await startFakeServer(handler);
  return server;
};
const valhalla = (url: string, extra: object = {}) => ({
  engine: "valhalla" as const,
  baseUrl: url,
  backoffMs: 1,
  ...extra,
});

describe("Valhalla matrix adapter (against a local fake valhalla_service)", () => {
  test.each(["verbose", "concise"] as const)(
    "reads the %s answer: seconds → minutes, km → m, null = no route",
    async (form) => {
      const s = await start((req) => valhallaAnswer(req, form));
      const destinations = [...venues.slice(0, 3), island];
      const r = await travelMatrix([school], destinations, { mode: "walk", server: valhalla(s.url) });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect([r.value.engine, r.value.approximate]).toEqual(["valhalla", false]);
      destinations.forEach((d, j) => {
        const t = fakeTrip(school, d, "pedestrian");
        if (t === null) expect(r.value.minutes[0]?.[j]).toBeNull();
        else {
          expect(r.value.minutes[0]?.[j]).toBeCloseTo(Math.round(t.seconds) / 60, 9);
          expect(r.value.meters[0]?.[j]).toBeCloseTo(Math.round(t.meters), 6);
        }
      });
      const body = JSON.parse(s.seen[0]?.body ?? "{}");
      expect(body.costing).toBe("pedestrian");
      expect(body.sources).toEqual([{ lat: school.lat, lon: school.lng }]);
    },
  );

  test("bicycle costing and GCJ-02 input sent as WGS84", async () => {
    const s = await start((req) => valhallaAnswer(req));
    const r = await travelMatrix([toCrs(school, "GCJ02")], [toCrs(venues[0] as GeoPoint, "GCJ02")], {
      mode: "bike",
      server: valhalla(s.url),
    });
    expect(r.ok).toBe(true);
    const body = JSON.parse(s.seen[0]?.body ?? "{}");
    expect(body.costing).toBe("bicycle");
    expect(Math.abs(body.sources[0].lat - school.lat)).toBeLessThan(1e-5);
  });

  test("splits 60 × 67 into requests of at most 2 500 pairs (Valhalla's default limit)", async () => {
    const s = await start((req) => valhallaAnswer(req, "verbose", 2500));
    const origins = Array.from(
      { length: 60 },
      (_, i) => ({ lat: 31.15 + i * 0.001, lng: 121.43, crs: "WGS84" }) as const,
    );
    const r = await travelMatrix(origins, venues, { server: valhalla(s.url) });
    expect(r.ok && r.value.approximate).toBe(false);
    for (const q of s.seen) {
      const b = JSON.parse(q.body);
      expect(b.sources.length * b.targets.length).toBeLessThanOrEqual(2500);
    }
    if (!r.ok) return;
    const t = fakeTrip(origins[59] as GeoPoint, venues[66] as GeoPoint, "pedestrian");
    expect(r.value.minutes[59]?.[66]).toBeCloseTo(Math.round(t?.seconds ?? 0) / 60, 9);
  });

  test.each([
    ["HTTP 500", (): Reply => ({ status: 500, body: "" }), "http-status"],
    [
      "a 400 error object",
      (): Reply => ({ status: 400, body: '{"error_code":171,"error":"No suitable edges"}' }),
      "http-status",
    ],
    ["malformed JSON", (): Reply => ({ status: 200, body: "<html>" }), "malformed-json"],
    ["no sources_to_targets", (): Reply => ({ status: 200, body: '{"error":"x"}' }), "server-error"],
    [
      "unknown units",
      (): Reply => ({ status: 200, body: '{"sources_to_targets":[[{"time":1,"distance":1}]],"units":"furlongs"}' }),
      "unexpected-response",
    ],
  ])("falls back on %s with the reason", async (_n, reply, reason) => {
    const s = await start(reply);
    const r = await travelMatrix([school], [venues[0] as GeoPoint], { server: valhalla(s.url, { retries: 1 }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.approximate).toBe(true);
    expect(r.value.fallbacks[0]?.error.reason).toBe(reason);
    expect(r.value.fallbacks[0]?.error.engine).toBe("valhalla");
    expect(r.value.minutes[0]?.[0]).toBe(travelMinutes(school, venues[0] as GeoPoint).minutes);
    expect(s.seen.length).toBeGreaterThanOrEqual(1);
  });

  test("fallback blocks use the configured embedded settings", async () => {
    const s = await start(() => ({ status: 500, body: "" }));
    const r = await travelMatrix([school], [venues[0] as GeoPoint], {
      mode: "bike",
      server: valhalla(s.url, { retries: 0, embedded: { bikeMetersPerMinute: 200, detourFactor: 1.2 } }),
    });
    const expected = travelMinutes(school, venues[0] as GeoPoint, { detourFactor: 1.2, metersPerMinute: 200 }).minutes;
    expect(r.ok && r.value.minutes[0]?.[0]).toBe(expected);
  });
});
