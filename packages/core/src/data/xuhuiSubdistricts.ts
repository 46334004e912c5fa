import type { GeoPoint } from "../geo/GeoPoint.js";
import raw from "./xuhui-subdistricts.json" with { type: "json" };

/** One of Xuhui's 13 subdistricts (12 街道 + 1 镇) as shipped in the reference data. */
export interface ReferenceSubdistrict {
  /** 2023 NBS statistical-division code, e.g. `"310104003"`. */
  readonly nbsCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** OpenStreetMap relation id of the boundary. */
  readonly osmRelation: number;
  /** A point for the subdistrict (WGS84). */
  readonly point: GeoPoint;
  /** `centroid` (true area-weighted centre) or `representative-point` (an office or community centre). */
  readonly pointType: "centroid" | "representative-point";
  /** How far (m) the point may be from the true centre. */
  readonly accuracyM: number;
  readonly pointSource: string;
}

/**
 * The 13 subdistricts of Xuhui District with NBS codes and OpenStreetMap relation ids. Only 天平路街道's point is a
 * true centroid; the others are the subdistrict office or a community centre (up to ~1.5 km from the centre).
 * 漕河泾新兴技术开发区 is a statistical zone, not a subdistrict, and is not included. See `src/data/README.md`.
 *
 * @example
 * ```ts
 * import { xuhuiSubdistricts } from "@jiaolianti/core";
 * xuhuiSubdistricts.map((s) => s.nameZh); // ["天平路街道", "湖南路街道", …]
 * ```
 */
export const xuhuiSubdistricts: ReadonlyArray<ReferenceSubdistrict> = raw.map(
  ({ lat, lng, coordSystem, pointType, ...rest }) =>
    ({ ...rest, pointType, point: { lat, lng, crs: coordSystem } }) as ReferenceSubdistrict,
);
