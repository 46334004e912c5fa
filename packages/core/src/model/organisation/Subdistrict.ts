import { z } from "zod";
import { GeoPoint } from "../../geo/GeoPoint.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { SubdistrictId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/**
 * A subdistrict (街道) or town (镇) of the district — Xuhui has 12 街道 and 1 镇 (华泾镇). Carries its statistical
 * code, its OpenStreetMap boundary relation, and a point that says whether it is a true centroid or a
 * representative point (an office or community centre, up to ~1.5 km from the centre). A statistical zone such as
 * 漕河泾新兴技术开发区 is not a subdistrict.
 *
 * Source: 国家统计局 统计用区划代码 (2023); OpenStreetMap relations (ODbL); `src/data/xuhui-subdistricts.json`.
 *
 * @example
 * ```ts
 * import { Subdistrict } from "@jiaolianti/core";
 * Subdistrict.parse({
 *   id: "xh-sd-310104003", status: "active", dateLastModified: "2026-03-11T00:00:00Z",
 *   nameZh: "天平路街道", nameEn: "Tianping Road Subdistrict", kind: "subdistrict",
 *   nbsCode: "310104003", osmRelation: 13469980,
 *   point: { lat: 31.20666, lng: 121.44542, crs: "WGS84" }, pointType: "centroid", accuracyM: 50,
 * });
 * ```
 */
export const Subdistrict = z
  .strictObject({
    ...recordFields(SubdistrictId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    /** `subdistrict` (街道) or `town` (镇). */
    kind: z.enum(["subdistrict", "town"]),
    /** NBS statistical-division code: 9 digits (township level, e.g. `310104003`) or the 12-digit full form. */
    nbsCode: z
      .string()
      .max(12)
      .regex(/^\d{9}(?:\d{3})?$/, "NBS code must be 9 or 12 digits"),
    /** OpenStreetMap relation id of the boundary. */
    osmRelation: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** A point for the subdistrict; see `pointType`. */
    point: GeoPoint,
    /** `centroid` (true area-weighted centre) or `representative-point` (an office or community centre). */
    pointType: z.enum(["centroid", "representative-point"]),
    /** How far (m) the point may be from the true centre. */
    accuracyM: z.number().min(0).max(50_000),
  })
  .meta({ title: "Subdistrict", description: "A subdistrict (街道) or town (镇) of the district." });

/** A subdistrict or town. */
export type Subdistrict = z.infer<typeof Subdistrict>;
