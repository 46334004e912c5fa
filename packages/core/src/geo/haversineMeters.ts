import type { GeoPoint } from "./GeoPoint.js";
import { toCrs } from "./toCrs.js";

/**
 * Mean Earth radius R₁ = (2a + b)/3 of the WGS-84 ellipsoid, in metres (IUGG; Moritz 1980, "Geodetic Reference
 * System 1980", Bulletin Géodésique 54:395–405).
 */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * Great-circle distance in metres between two points by the haversine formula on a sphere of radius
 * {@link EARTH_MEAN_RADIUS_M}. Points in GCJ02 or BD09 are first converted to WGS84, so mixed systems are safe.
 *
 * @example
 * ```ts
 * import { haversineMeters } from "@jiaolianti/core";
 * // One degree of latitude ≈ 111.2 km:
 * haversineMeters({ lat: 31, lng: 121.4, crs: "WGS84" }, { lat: 32, lng: 121.4, crs: "WGS84" }); // ≈ 111 195
 * ```
 */
export const haversineMeters = (a: GeoPoint, b: GeoPoint): number => {
  const p = a.crs === "WGS84" ? a : toCrs(a, "WGS84");
  const q = b.crs === "WGS84" ? b : toCrs(b, "WGS84");
  const dLat = (q.lat - p.lat) * RAD;
  const dLng = (q.lng - p.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * RAD) * Math.cos(q.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
};
