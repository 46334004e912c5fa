import { cosLatitude, EARTH_MEAN_RADIUS_M, type GeoPoint, toCrs } from "@jiaolianti/core";

const RAD = Math.PI / 180;

/** WGS84 coordinates of a list of places as typed arrays (converted once with `toCrs`). */
export interface PointColumns {
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** `cosLatitude(lat)` of core, computed once (core's `haversineMetersDeg` needs it for every pair). */
  readonly cosLat: Float64Array;
}

/** Columns of WGS84 latitude, longitude and cos(latitude) of `places` (any coordinate system). */
export const pointColumns = (places: ReadonlyArray<{ readonly location: GeoPoint }>): PointColumns => {
  const n = places.length;
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const cosLat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const loc = (places[i] as { location: GeoPoint }).location;
    const p = loc.crs === "WGS84" ? loc : toCrs(loc, "WGS84");
    lat[i] = p.lat;
    lng[i] = p.lng;
    cosLat[i] = cosLatitude(p.lat);
  }
  return { lat, lng, cosLat };
};

/**
 * An equirectangular projection to local metres around a centre (x east, y north): x = R·cos φ₀·Δλ, y = R·Δφ. Over a
 * district it distorts distances by well under 1 %; `radiusFor` turns a great-circle radius into a projected search
 * radius that is never too small, so a kd-tree search followed by an exact haversine test finds exactly the places a
 * brute-force haversine scan finds.
 */
export interface LocalProjection {
  readonly centre: GeoPoint;
  readonly x: (lng: number) => number;
  readonly y: (lat: number) => number;
  /** A projected radius covering every pair within `meters` great-circle distance. */
  readonly radiusFor: (meters: number) => number;
}

/** Greatest great-circle radius (m) for which the projection bound is used; beyond it callers scan exhaustively. */
export const PROJECTION_MAX_RADIUS_M = 50_000;

/**
 * The projection around the centre of the bounding box of `columns`, or `null` when the places are not local enough
 * for it to be trusted (latitudes beyond ±80°, a longitude span above 10°, e.g. across the antimeridian).
 */
export const localProjection = (columns: ReadonlyArray<PointColumns>, maxMeters: number): LocalProjection | null => {
  let minLat = 90;
  let maxLat = -90;
  let minLng = 180;
  let maxLng = -180;
  for (const c of columns)
    for (let i = 0; i < c.lat.length; i++) {
      const la = c.lat[i] as number;
      const lo = c.lng[i] as number;
      if (la < minLat) minLat = la;
      if (la > maxLat) maxLat = la;
      if (lo < minLng) minLng = lo;
      if (lo > maxLng) maxLng = lo;
    }
  if (minLat > maxLat) return null;
  if (maxMeters > PROJECTION_MAX_RADIUS_M || minLat < -80 || maxLat > 80 || maxLng - minLng > 10) return null;
  const lat0 = (minLat + maxLat) / 2;
  const lng0 = (minLng + maxLng) / 2;
  const cos0 = cosLatitude(lat0);
  // Pairs within maxMeters lie between these latitudes; the x scale is too large by at most cos φ₀ / cos φ there.
  const pad = maxMeters / EARTH_MEAN_RADIUS_M / RAD;
  const worstCos = Math.min(cosLatitude(minLat - pad), cosLatitude(maxLat + pad));
  const k = Math.max(1, cos0 / worstCos);
  const kx = EARTH_MEAN_RADIUS_M * cos0 * RAD;
  const ky = EARTH_MEAN_RADIUS_M * RAD;
  return {
    centre: { lat: lat0, lng: lng0, crs: "WGS84" },
    x: (lng) => (lng - lng0) * kx,
    y: (lat) => (lat - lat0) * ky,
    // 10⁻³ covers the flat-earth error of the projection at ≤ 50 km (≈ (d/R)² ≈ 6·10⁻⁵) with room; +1 m for rounding.
    radiusFor: (meters) => meters * k * 1.001 + 1,
  };
};
