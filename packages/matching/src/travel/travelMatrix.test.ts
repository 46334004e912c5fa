import { type GeoPoint, toCrs, xuhuiVenues } from "@jiaolianti/core";
import { Effect, Layer } from "effect";
import { describe, expect, test } from "vitest";
import { MAX_MATRIX_CELLS } from "./checkMatrixPoints.js";
import { TravelModel } from "./TravelModel.js";
import { travelMatrix, travelMatrixEffect } from "./travelMatrix.js";
import { travelMinutes } from "./travelMinutes.js";
import { makeTravelModel, travelModelLayer } from "./travelModelLayer.js";

const school: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
const venues = xuhuiVenues.slice(0, 5).map((v) => v.location);

describe("travelMatrix with the embedded model", () => {
  test("every cell equals travelMinutes; approximate with no fallbacks", async () => {
    const r = await travelMatrix([school, venues[1] as GeoPoint], venues, { mode: "bike" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.engine, r.value.approximate, r.value.fallbacks.length]).toEqual(["embedded", true, 0]);
    for (const [i, o] of [school, venues[1] as GeoPoint].entries())
      for (const [j, d] of venues.entries()) {
        const t = travelMinutes(o, d, { mode: "bike" });
        expect(r.value.minutes[i]?.[j]).toBe(t.minutes);
        expect(r.value.meters[i]?.[j]).toBe(t.networkMeters);
      }
  });

  test("speeds and detour are configurable", async () => {
    const r = await travelMatrix([school], venues, { embedded: { walkMetersPerMinute: 60, detourFactor: 1.4 } });
    const t = travelMinutes(school, venues[0] as GeoPoint, { metersPerMinute: 60, detourFactor: 1.4 });
    expect(r.ok && r.value.minutes[0]?.[0]).toBe(t.minutes);
  });

  test("all-GCJ-02 input gives the same matrix as its WGS84 equivalent (within 0.2 m of conversion)", async () => {
    const a = await travelMatrix(
      [toCrs(school, "GCJ02")],
      venues.map((v) => toCrs(v, "GCJ02")),
    );
    const b = await travelMatrix([school], venues);
    if (!a.ok || !b.ok) throw new Error("unexpected failure");
    a.value.meters[0]?.forEach((m, j) => {
      expect(Math.abs((m ?? 0) - (b.value.meters[0]?.[j] ?? 0))).toBeLessThan(0.5);
    });
  });

  test.each([
    ["NaN latitude", [{ lat: Number.NaN, lng: 121.4, crs: "WGS84" }], venues, ["origins", 0, "lat"]],
    ["latitude 95", [school], [{ lat: 95, lng: 121.4, crs: "WGS84" }], ["destinations", 0, "lat"]],
    ["longitude −200", [school], [{ lat: 31, lng: -200, crs: "WGS84" }], ["destinations", 0, "lng"]],
    ["Infinity longitude", [{ lat: 31, lng: Number.POSITIVE_INFINITY, crs: "WGS84" }], venues, ["origins", 0, "lng"]],
    ["no coordinate system", [{ lat: 31, lng: 121 }], venues, ["origins", 0, "crs"]],
    ["an unknown system", [school], [{ lat: 31, lng: 121, crs: "OSGB" }], ["destinations", 0, "crs"]],
    ["mixed systems", [school], [venues[0], toCrs(venues[1] as GeoPoint, "GCJ02")], ["destinations", 1, "crs"]],
    ["a null point", [school, null], venues, ["origins", 1]],
    ["origins not an array", "here", venues, ["origins"]],
  ])("rejects %s with a ValidationError at the offending path", async (_n, origins, destinations, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = await travelMatrix(origins as any, destinations as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    if (r.error._tag !== "ValidationError") return;
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("rejects a matrix above MAX_MATRIX_CELLS before computing anything", async () => {
    const many = Array.from({ length: 2_001 }, () => school);
    const r = await travelMatrix(many, many);
    expect(2_001 * 2_001).toBeGreaterThan(MAX_MATRIX_CELLS);
    expect(r.ok).toBe(false);
  });

  test.each([
    ["an unknown mode", { mode: "car" }],
    ["an unknown engine", { server: { engine: "graphhopper", baseUrl: "http://localhost:8989" } }],
    ["a non-http URL", { server: { engine: "osrm", baseUrl: "file:///etc/passwd" } }],
    ["a negative timeout", { server: { engine: "osrm", baseUrl: "http://localhost:5000", timeoutMs: -1 } }],
    [
      "a profile with a slash",
      { server: { engine: "osrm", baseUrl: "http://localhost:5000", profiles: { walk: "../x" } } },
    ],
    ["fetch that is not a function", { server: { engine: "valhalla", baseUrl: "http://localhost:8002", fetch: 3 } }],
  ])("rejects options with %s", async (_n, options) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = await travelMatrix([school], venues, options as any);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("ValidationError");
  });
});

describe("TravelModel service", () => {
  const program = travelMatrixEffect([school], venues, "walk");

  test("defaults to the embedded model when nothing is provided", async () => {
    const m = await Effect.runPromise(program);
    expect(m.engine).toBe("embedded");
    expect(m.minutes[0]?.[2]).toBe(travelMinutes(school, venues[2] as GeoPoint).minutes);
  });

  test("a layer replaces the model (here a custom one) and fails typed on bad configuration", async () => {
    const fixed = Layer.succeed(TravelModel, {
      engine: "osrm",
      matrix: (o, d, mode) =>
        Effect.succeed({
          mode,
          engine: "osrm" as const,
          minutes: o.map(() => d.map(() => 7)),
          meters: o.map(() => d.map(() => 700)),
          approximate: false,
          fallbacks: [],
        }),
    });
    const m = await Effect.runPromise(Effect.provide(program, fixed));
    expect(m.minutes[0]).toEqual([7, 7, 7, 7, 7]);
    const bad = await Effect.runPromise(
      Effect.flip(Effect.provide(program, travelModelLayer({ embedded: { detourFactor: 0.5 } }))),
    );
    expect(bad._tag).toBe("ValidationError");
    const slow = await Effect.runPromise(
      Effect.provide(program, travelModelLayer({ embedded: { walkMetersPerMinute: 40 } })),
    );
    expect(slow.minutes[0]?.[0]).toBeCloseTo(2 * travelMinutes(school, venues[0] as GeoPoint).minutes, 9);
  });

  test("makeTravelModel picks the engine from the configuration", () => {
    const engines = [
      {},
      { server: { engine: "osrm", baseUrl: "http://a:5000/" } },
      { server: { engine: "valhalla", baseUrl: "https://b" } },
    ].map(
      // biome-ignore lint/suspicious/noExplicitAny: table of configurations
      (c) => makeTravelModel(c as any),
    );
    expect(engines.map((e) => e.ok && e.value.engine)).toEqual(["embedded", "osrm", "valhalla"]);
  });
});
