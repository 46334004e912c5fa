import { z } from "zod";
import type { ValidationError } from "../errors/ValidationError.js";
import { parseWith } from "../result/parseWith.js";
import type { Result } from "../result/Result.js";
import { CoordinateSystem } from "./CoordinateSystem.js";

/**
 * A point on the Earth that always says which coordinate system it is in.
 * Latitude in [−90, 90] and longitude in [−180, 180] degrees; finite numbers only.
 *
 * @example
 * ```ts
 * import { GeoPoint } from "@jiaolianti/core";
 * const longhua = GeoPoint.parse({ lat: 31.178557, lng: 121.444423, crs: "WGS84" });
 * ```
 */
export const GeoPoint = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    crs: CoordinateSystem,
  })
  .strict();

/** A point with its coordinate system. */
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * Validates an unknown value as a {@link GeoPoint}.
 *
 * @example
 * ```ts
 * import { parseGeoPoint } from "@jiaolianti/core";
 * parseGeoPoint({ lat: 31.2, lng: 121.4, crs: "WGS84" }).ok; // true
 * parseGeoPoint({ lat: 31.2, lng: 121.4 }).ok; // false: the coordinate system is required
 * ```
 */
export const parseGeoPoint = (input: unknown): Result<GeoPoint, ValidationError> =>
  parseWith(GeoPoint, input, "GeoPoint");
