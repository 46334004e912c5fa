import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, test } from "vitest";
import { randomPointIn } from "./randomPointIn.js";
import { subdistrictAt } from "./subdistrictAt.js";
import { xuhuiBoundaries } from "./xuhuiBoundaries.js";

const codes = xuhuiBoundaries.subdistricts.features.map((f) => f.properties.nbsCode);

describe("randomPointIn", () => {
  test("every point lies in the subdistrict it was drawn for", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...codes), (seed, code) => {
        const p = randomPointIn(code, xoroshiro128plus(seed));
        expect(p?.crs).toBe("WGS84");
        expect(subdistrictAt(p as NonNullable<typeof p>)?.nbsCode).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  test("is deterministic for a seed and advances the generator", () => {
    expect(randomPointIn("310104016", xoroshiro128plus(42))).toEqual(randomPointIn("310104016", xoroshiro128plus(42)));
    const rng = xoroshiro128plus(42);
    expect(randomPointIn("310104016", rng)).not.toEqual(randomPointIn("310104016", rng));
  });

  test("spreads over the whole polygon: 虹梅路街道's two exclaves get their share by area (~3.8 %)", () => {
    // Parts 2 and 3 of the MultiPolygon are the exclaves (0.140 + 0.033 km² of 4.46 km²), south of 31.16°N.
    const hongmei = xuhuiBoundaries.subdistricts.features.find((f) => f.properties.nbsCode === "310104012");
    const exclaves = hongmei?.geometry.type === "MultiPolygon" ? hongmei.geometry.coordinates.slice(1) : [];
    expect(exclaves.map((part) => Math.max(...(part[0] ?? []).map(([, lat]) => lat)))).toEqual([31.15886, 31.15933]);
    const rng = xoroshiro128plus(1);
    let inExclave = 0;
    const n = 4_000;
    for (let i = 0; i < n; i++) if ((randomPointIn("310104012", rng)?.lat ?? 90) < 31.16) inExclave++;
    expect(inExclave / n).toBeGreaterThan(0.025);
    expect(inExclave / n).toBeLessThan(0.055);
  });

  test("returns null for an unknown code", () => {
    expect(randomPointIn("000000000", xoroshiro128plus(1))).toBeNull();
  });
});
