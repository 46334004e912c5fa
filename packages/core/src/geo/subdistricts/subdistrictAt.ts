import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { GeoPoint } from "../GeoPoint.js";
import { toCrs } from "../toCrs.js";
import type { AreaGeometry } from "./GeoJsonTypes.js";
import { indexedSubdistricts, type SubdistrictRef } from "./subdistrictIndex.js";

export type { SubdistrictRef } from "./subdistrictIndex.js";

// turf's types come from @types/geojson (mutable arrays); our polygons are readonly views of the same JSON shape.
type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];
const asTurf = (g: AreaGeometry): TurfPolygon => g as unknown as TurfPolygon;

/**
 * The Xuhui subdistrict whose OpenStreetMap polygon contains a point, or `null` when none does. Points in GCJ02 or BD09
 * are converted to WGS84 first (the polygons are WGS84; the GCJ-02 shift in Shanghai is ~460–500 m). Each polygon's
 * bounding box is checked before the exact test (`@turf/boolean-point-in-polygon`, ray casting; a point on a boundary
 * counts as inside, and on a boundary shared by two subdistricts the first in NBS-code order wins).
 *
 * Returns `null` for points outside the district and for points in the ~0.03 km² of river-edge slivers that lie inside
 * the district outline but belong to no subdistrict polygon (see `src/data/README.md`).
 *
 * Source: OpenStreetMap boundaries, ODbL-1.0, © OpenStreetMap contributors ({@link xuhuiBoundaries}).
 *
 * @example
 * ```ts
 * import { subdistrictAt } from "@jiaolianti/core";
 * subdistrictAt({ lat: 31.20666, lng: 121.44542, crs: "WGS84" })?.nameZh; // "天平路街道"
 * subdistrictAt({ lat: 31.23, lng: 121.47, crs: "WGS84" }); // null (Huangpu District)
 * ```
 */
export const subdistrictAt = (point: GeoPoint): SubdistrictRef | null => {
  const { lat, lng } = point.crs === "WGS84" ? point : toCrs(point, "WGS84");
  for (const s of indexedSubdistricts()) {
    if (lng < s.minLng || lng > s.maxLng || lat < s.minLat || lat > s.maxLat) continue;
    if (booleanPointInPolygon([lng, lat], asTurf(s.feature.geometry))) return s.ref;
  }
  return null;
};
