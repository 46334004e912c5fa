import gcoord from "gcoord";
import type { CoordinateSystem } from "./CoordinateSystem.js";
import type { GeoPoint } from "./GeoPoint.js";

const GCOORD = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/**
 * Converts a point to another coordinate system with gcoord (a maintained converter; WGS84 ↔ GCJ02 round trips
 * agree within 0.2 m). Returns the same object when it is already in `crs`.
 *
 * @example
 * ```ts
 * import { toCrs } from "@jiaolianti/core";
 * // An AMap (GCJ-02) point of the Longhua memorial hall, converted to WGS-84:
 * toCrs({ lat: 31.176658, lng: 121.449023, crs: "GCJ02" }, "WGS84"); // ≈ { lat: 31.17856, lng: 121.44442, crs: "WGS84" }
 * ```
 */
export const toCrs = (point: GeoPoint, crs: CoordinateSystem): GeoPoint => {
  if (point.crs === crs) return point;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], GCOORD[point.crs], GCOORD[crs]) as [number, number];
  return { lat, lng, crs };
};
