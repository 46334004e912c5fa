import raw from "../../data/xuhui-boundaries.json" with { type: "json" };
import type { AreaFeature, AreaFeatureCollection, GeoJsonPosition } from "./GeoJsonTypes.js";

/** The attribution any map or derived dataset drawn from OpenStreetMap data must show (ODbL-1.0 §4.3). */
export const OSM_ATTRIBUTION = "© OpenStreetMap contributors";

/** SPDX id of the licence of OpenStreetMap data: Open Database License 1.0 (attribution, share-alike for databases). */
export const OSM_LICENCE = "ODbL-1.0";

/** Properties shared by the district outline and the subdistrict polygons. */
interface BoundaryPropertiesBase {
  readonly name: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** OpenStreetMap relation id of the boundary. */
  readonly osmRelation: number;
  /** Where the polygon comes from (OSM snapshot, extraction commit). */
  readonly source: string;
  /** Licence statement of the polygon (ODbL-1.0, © OpenStreetMap contributors). */
  readonly licence: string;
  readonly crs: "WGS84";
  /** Area in km² as computed by the data's author (geodesic). */
  readonly areaKm2: number;
  /** Area-weighted centroid `[lng, lat]` as computed by the data's author. */
  readonly centroid: GeoJsonPosition;
  readonly note?: string;
}

/** Properties of the district outline (徐汇区, OSM relation 1278188). */
export interface DistrictBoundaryProperties extends BoundaryPropertiesBase {
  readonly level: "district";
  /** Administrative division code of the district, `"310104"`. */
  readonly code: string;
}

/** Properties of one subdistrict polygon. */
export interface SubdistrictBoundaryProperties extends BoundaryPropertiesBase {
  readonly level: "subdistrict";
  /** 2023 NBS statistical-division code, e.g. `"310104003"`. */
  readonly nbsCode: string;
  /** `true` for 虹梅路街道, whose polygon is derived (district minus the other 12), not an OSM relation as published. */
  readonly derived: boolean;
}

/** The Xuhui boundary data with its attribution and licence kept alongside. */
export interface XuhuiBoundaries {
  /** Must be shown on every map drawn from these polygons. */
  readonly attribution: typeof OSM_ATTRIBUTION;
  readonly licence: typeof OSM_LICENCE;
  /** The data file's own attribution note. */
  readonly sourceNote: string;
  /** When the OpenStreetMap data was taken. */
  readonly snapshot: string;
  /** The district outline: a MultiPolygon (main body + 2 small detached exclaves). */
  readonly district: AreaFeature<DistrictBoundaryProperties>;
  /** The 13 subdistricts (12 街道 + 华泾镇), one feature each, in NBS-code order. */
  readonly subdistricts: AreaFeatureCollection<SubdistrictBoundaryProperties>;
}

type RawFeature = AreaFeature<DistrictBoundaryProperties> | AreaFeature<SubdistrictBoundaryProperties>;
const features = (raw as unknown as { readonly features: ReadonlyArray<RawFeature> }).features;
const isSubdistrict = (f: RawFeature): f is AreaFeature<SubdistrictBoundaryProperties> =>
  f.properties.level === "subdistrict";
const isDistrict = (f: RawFeature): f is AreaFeature<DistrictBoundaryProperties> => f.properties.level === "district";

/**
 * The OpenStreetMap boundaries of Xuhui District: the district outline and the polygons of its 13 subdistricts (WGS-84,
 * 5 decimals), with the attribution `"© OpenStreetMap contributors"` and the licence ODbL-1.0 that travel with them.
 * `subdistricts` is a GeoJSON FeatureCollection that map libraries accept as is (for ECharts, register the outline and
 * the subdistricts as separate maps, or the outline covers the subdistricts).
 *
 * Caveats (see `src/data/README.md`): boundaries are OSM data, not legal boundaries; 虹梅路街道 is derived
 * (`derived: true`); ~0.03 km² of river-edge slivers inside the outline belongs to no subdistrict.
 *
 * Source: OpenStreetMap relations 1278188 (district) and 13469979–13470658 (subdistricts), snapshot 2026-07, ODbL-1.0.
 *
 * @example
 * ```ts
 * import { OSM_ATTRIBUTION, xuhuiBoundaries } from "@jiaolianti/core";
 * xuhuiBoundaries.subdistricts.features.length; // 13
 * xuhuiBoundaries.attribution === OSM_ATTRIBUTION; // true — show it on the map
 * ```
 */
export const xuhuiBoundaries: XuhuiBoundaries = {
  attribution: OSM_ATTRIBUTION,
  licence: OSM_LICENCE,
  sourceNote: (raw as { readonly attribution: string }).attribution,
  snapshot: "2026-07",
  district: features.find(isDistrict) as AreaFeature<DistrictBoundaryProperties>,
  subdistricts: { type: "FeatureCollection", features: features.filter(isSubdistrict) },
};
