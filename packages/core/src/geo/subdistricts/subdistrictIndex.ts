import type { AreaFeature, AreaGeometry, GeoJsonPosition } from "./GeoJsonTypes.js";
import { type SubdistrictBoundaryProperties, xuhuiBoundaries } from "./xuhuiBoundaries.js";

/** Which subdistrict: its NBS code and names. */
export interface SubdistrictRef {
  /** 2023 NBS statistical-division code, e.g. `"310104003"`. */
  readonly nbsCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** A subdistrict polygon with its bounding box, for quick rejection before the exact point-in-polygon test. */
export interface IndexedSubdistrict {
  readonly ref: SubdistrictRef;
  readonly feature: AreaFeature<SubdistrictBoundaryProperties>;
  readonly minLng: number;
  readonly minLat: number;
  readonly maxLng: number;
  readonly maxLat: number;
}

const rings = (g: AreaGeometry): ReadonlyArray<ReadonlyArray<GeoJsonPosition>> =>
  g.type === "Polygon" ? g.coordinates : g.coordinates.flat();

const index = (feature: AreaFeature<SubdistrictBoundaryProperties>): IndexedSubdistrict => {
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const ring of rings(feature.geometry)) {
    for (const [lng, lat] of ring) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  const { nbsCode, nameZh, nameEn } = feature.properties;
  return { ref: Object.freeze({ nbsCode, nameZh, nameEn }), feature, minLng, minLat, maxLng, maxLat };
};

let cache: ReadonlyArray<IndexedSubdistrict> | undefined;

/** The 13 subdistrict polygons with bounding boxes, built on first use (no work at import time). */
export const indexedSubdistricts = (): ReadonlyArray<IndexedSubdistrict> => {
  cache ??= xuhuiBoundaries.subdistricts.features.map(index);
  return cache;
};

/** The indexed polygon of a subdistrict by NBS code, or `undefined`. */
export const indexedSubdistrict = (nbsCode: string): IndexedSubdistrict | undefined =>
  indexedSubdistricts().find((s) => s.feature.properties.nbsCode === nbsCode);
