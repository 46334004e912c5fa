import { xuhuiSubdistricts } from "../data/xuhuiSubdistricts.js";
import type { GeoPoint } from "../geo/GeoPoint.js";
import { subdistrictCentroid } from "../geo/subdistricts/subdistrictCentroid.js";
import type { SubdistrictId } from "../model/common/ids.js";
import type { Subdistrict } from "../model/organisation/Subdistrict.js";
import { SAMPLE_AS_OF } from "./sampleCalendar.js";

/** The model id of a Xuhui subdistrict, e.g. `"xh-sd-310104003"`. */
export const subdistrictId = (nbsCode: string): SubdistrictId => `xh-sd-${nbsCode}` as SubdistrictId;

/**
 * The 13 real subdistricts as `Subdistrict` records, each with the true centroid of its OpenStreetMap polygon
 * (`pointType: "centroid"`; accuracy 50 m for the polygons' 5-decimal rounding) instead of the office points shipped
 * in `xuhuiSubdistricts`.
 */
export const sampleSubdistricts = (): Subdistrict[] =>
  xuhuiSubdistricts.map((s) => ({
    id: subdistrictId(s.nbsCode),
    status: "active",
    dateLastModified: SAMPLE_AS_OF,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    kind: s.nameZh.endsWith("镇") ? "town" : "subdistrict",
    nbsCode: s.nbsCode,
    osmRelation: s.osmRelation,
    point: subdistrictCentroid(s.nbsCode) as GeoPoint,
    pointType: "centroid",
    accuracyM: 50,
  }));
