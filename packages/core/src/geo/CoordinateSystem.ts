import { z } from "zod";

/**
 * A geographic coordinate reference system used in China.
 * - `WGS84`: GPS, OpenStreetMap, OSRM, Valhalla.
 * - `GCJ02`: AMap/Gaode, Tencent (offset ≈ 460–500 m from WGS84 in Shanghai).
 * - `BD09`: Baidu.
 *
 * Every point carries its system; distances are computed in WGS84.
 */
export const CoordinateSystem = z.enum(["WGS84", "GCJ02", "BD09"]);

/** A geographic coordinate reference system: `"WGS84" | "GCJ02" | "BD09"`. */
export type CoordinateSystem = z.infer<typeof CoordinateSystem>;
