import type { GeoPoint } from "./GeoPoint.js";
import { toCrs } from "./toCrs.js";

/**
 * Mean Earth radius R₁ = (2a + b)/3 of the WGS-84 ellipsoid, in metres (IUGG; Moritz 1980, "Geodetic Reference
 * System 1980", Bulletin Géodésique 54:395–405).
 */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * `cos(lat × π/180)` of a latitude in degrees: the per-point factor of {@link haversineMetersDeg}, to compute once per
 * point when it is paired with many others.
 *
 * @example
 * ```ts
 * import { cosLatitude } from "@jiaolianti/core";
 * cosLatitude(60); // ≈ 0.5
 * ```
 */
export const cosLatitude = (lat: number): number => Math.cos(lat * RAD);

/**
 * The haversine formula on plain numbers — the arithmetic of {@link haversineMeters}, which calls it: great-circle
 * distance in metres on a sphere of radius {@link EARTH_MEAN_RADIUS_M} between two WGS84 points given as latitude
 * and longitude in degrees plus each latitude's {@link cosLatitude}. For hot loops over validated, already-WGS84
 * columns (typed arrays, no object per pair): it allocates nothing, converts no coordinate system and checks
 * nothing (NaN in, NaN out). With `cosLat = cosLatitude(lat)` its result is bit-identical to `haversineMeters`.
 *
 * @example
 * ```ts
 * import { cosLatitude, haversineMeters, haversineMetersDeg } from "@jiaolianti/core";
 * const [lat1, lng1, lat2, lng2] = [31.1786, 121.4444, 31.1876, 121.4444];
 * const d = haversineMetersDeg(lat1, lng1, cosLatitude(lat1), lat2, lng2, cosLatitude(lat2)); // ≈ 1 001
 * d === haversineMeters({ lat: lat1, lng: lng1, crs: "WGS84" }, { lat: lat2, lng: lng2, crs: "WGS84" }); // true
 * ```
 */
export const haversineMetersDeg = (
  lat1: number,
  lng1: number,
  cosLat1: number,
  lat2: number,
  lng2: number,
  cosLat2: number,
): number => {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + cosLat1 * cosLat2 * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
};

/**
 * Great-circle distance in metres between two points by the haversine formula on a sphere of radius
 * {@link EARTH_MEAN_RADIUS_M}. Points in GCJ02 or BD09 are first converted to WGS84, so mixed systems are safe. The
 * arithmetic is {@link haversineMetersDeg}'s, for loops that keep coordinates in typed arrays.
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
  return haversineMetersDeg(p.lat, p.lng, cosLatitude(p.lat), q.lat, q.lng, cosLatitude(q.lat));
};
