/**
 * Walking speed, metres per minute: 4.8 km/h, the low end of the 4.8–5.1 km/h range used by routing engines
 * (OSRM foot profile 5 km/h, Valhalla pedestrian 5.1 km/h) — so a 15-minute walk is not overstated.
 */
export const WALK_METERS_PER_MINUTE = 80;

/** Cycling speed, metres per minute: 15 km/h, the OSRM bicycle profile default. */
export const BIKE_METERS_PER_MINUTE = 250;

/**
 * Network circuity (street distance ÷ straight-line distance): ≈ 1.2 in cities, √2 on a strict grid; 1.3 is the
 * project default (Boeing 2019, "Urban spatial order", Applied Network Science 4:1; Levinson & El-Geneidy 2009).
 */
export const DEFAULT_DETOUR_FACTOR = 1.3;

/**
 * Minutes of the Shanghai 15-minute community life circle (上海市15分钟社区生活圈规划导则, 2016): at 80 m/min and
 * detour 1.3 that is ≈ 920 m straight line, inside the 800–1000 m of GB 50180-2018.
 */
export const PRACTICE_CIRCLE_MINUTES = 15;
