import { centerOfMass } from "@turf/center-of-mass";
import type { GeoPoint } from "../GeoPoint.js";
import type { AreaGeometry, GeoJsonPosition } from "./GeoJsonTypes.js";
import { indexedSubdistrict } from "./subdistrictIndex.js";

type Ring = ReadonlyArray<GeoJsonPosition>;

/** Twice the signed planar area of a closed ring (shoelace formula), in square degrees. */
const ringArea2 = (ring: Ring): number => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as GeoJsonPosition;
    const q = ring[i + 1] as GeoJsonPosition;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a;
};

/**
 * Centre of mass and area of one polygon part. turf's `centerOfMass` is exact for a single Polygon without holes; for a
 * part with holes each ring is weighted by its own signed area (a hole subtracts), which is exact too.
 */
const partCentroid = (rings: ReadonlyArray<Ring>): { lng: number; lat: number; area: number } => {
  let lng = 0;
  let lat = 0;
  let area = 0;
  rings.forEach((ring, i) => {
    const a = Math.abs(ringArea2(ring)) / 2;
    const signed = i === 0 ? a : -a;
    const c = centerOfMass({ type: "Polygon", coordinates: [ring as GeoJsonPosition[]] }).geometry.coordinates;
    lng += (c[0] ?? 0) * signed;
    lat += (c[1] ?? 0) * signed;
    area += signed;
  });
  return { lng: lng / area, lat: lat / area, area };
};

const centroidOf = (g: AreaGeometry): GeoPoint => {
  const parts = g.type === "Polygon" ? [partCentroid(g.coordinates)] : g.coordinates.map(partCentroid);
  const total = parts.reduce((s, p) => s + p.area, 0);
  return {
    lat: parts.reduce((s, p) => s + p.lat * p.area, 0) / total,
    lng: parts.reduce((s, p) => s + p.lng * p.area, 0) / total,
    crs: "WGS84",
  };
};

const cache = new Map<string, GeoPoint>();

/**
 * The true area-weighted centroid (centre of mass) of a Xuhui subdistrict's OpenStreetMap polygon, in WGS84, or `null`
 * for an NBS code that is not one of the 13. Unlike the shipped `xuhuiSubdistricts` points (only 天平路街道's is a
 * centroid; the others are offices up to ~1.5 km from the centre), this is the centre of the polygon for all 13.
 *
 * Each polygon part is computed with `@turf/center-of-mass` and the parts of a MultiPolygon (虹梅路街道: main body +
 * 2 exclaves) are combined weighted by area — turf itself would take the convex hull of a MultiPolygon, which is not
 * its centre of mass. Planar in longitude/latitude: over a few km the error against an equal-area projection is
 * below a metre (a centroid is invariant under the affine scaling of longitude by cos φ).
 *
 * Source: OpenStreetMap boundaries, ODbL-1.0, © OpenStreetMap contributors.
 *
 * @example
 * ```ts
 * import { subdistrictCentroid } from "@jiaolianti/core";
 * subdistrictCentroid("310104003"); // ≈ { lat: 31.20666, lng: 121.44542, crs: "WGS84" } (天平路街道)
 * subdistrictCentroid("999999999"); // null
 * ```
 */
export const subdistrictCentroid = (nbsCode: string): GeoPoint | null => {
  const hit = cache.get(nbsCode);
  if (hit) return hit;
  const s = indexedSubdistrict(nbsCode);
  if (!s) return null;
  const c = centroidOf(s.feature.geometry);
  cache.set(nbsCode, c);
  return c;
};
