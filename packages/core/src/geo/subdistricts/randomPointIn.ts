import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import type { GeoPoint } from "../GeoPoint.js";
import { indexedSubdistrict } from "./subdistrictIndex.js";

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

/** Draws before {@link randomPointIn} gives up; acceptance is ≥ 20 % for every Xuhui polygon, so 0.8^10 000 ≈ 0. */
export const RANDOM_POINT_MAX_DRAWS = 10_000;

/**
 * A uniformly random point inside a Xuhui subdistrict's OpenStreetMap polygon, by rejection sampling: draw uniformly
 * in the polygon's bounding box (longitude/latitude; uniform in area to within 10⁻⁴ over a few km) until the point is
 * inside. Deterministic for a seeded generator: it advances `rng` (a pure-rand generator, e.g. `xoroshiro128plus(42)`)
 * in place. Returns `null` for an NBS code that is not one of the 13, or — with probability ≈ 0 — after
 * {@link RANDOM_POINT_MAX_DRAWS} misses.
 *
 * Used to place the synthetic schools of the sample district inside their subdistrict.
 *
 * @example
 * ```ts
 * import { randomPointIn, subdistrictAt } from "@jiaolianti/core";
 * import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
 * const p = randomPointIn("310104011", xoroshiro128plus(7)); // somewhere in 田林街道
 * if (p) subdistrictAt(p)?.nameZh; // "田林街道"
 * ```
 */
export const randomPointIn = (nbsCode: string, rng: RandomGenerator): GeoPoint | null => {
  const s = indexedSubdistrict(nbsCode);
  if (!s) return null;
  const polygon = s.feature.geometry as unknown as TurfPolygon;
  for (let i = 0; i < RANDOM_POINT_MAX_DRAWS; i++) {
    const lng = s.minLng + uniformFloat64(rng) * (s.maxLng - s.minLng);
    const lat = s.minLat + uniformFloat64(rng) * (s.maxLat - s.minLat);
    if (booleanPointInPolygon([lng, lat], polygon)) return { lat, lng, crs: "WGS84" };
  }
  return null;
};
