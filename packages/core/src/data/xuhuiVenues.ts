import type { ReferenceVenue } from "./ReferenceVenue.js";
import raw from "./xuhui-venues.json" with { type: "json" };

/**
 * The 67 real public venues of Xuhui District usable for out-of-school practice, across 14 themes and all 13
 * subdistricts, WGS84. Approximate points (`accuracyM`): fine for planning and demos, not an authoritative dataset;
 * some venues were closed or visit-by-appointment at collection (2026-03) — see `src/data/README.md`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * xuhuiVenues.filter((v) => v.themes.includes("science-technology")).length; // 18
 * ```
 */
export const xuhuiVenues: ReadonlyArray<ReferenceVenue> = raw.map(
  ({ lat, lng, coordSystem, ...rest }) => ({ ...rest, location: { lat, lng, crs: coordSystem } }) as ReferenceVenue,
);
