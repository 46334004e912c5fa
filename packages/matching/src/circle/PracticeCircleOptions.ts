import { VenueTheme } from "@jiaolianti/core";
import type { z } from "zod";
import { ReachableOptions } from "../travel/reachableWithin.js";

/**
 * Options of `practiceCircles`: the embedded travel model (`mode`, `detourFactor`, `metersPerMinute`), the time
 * budget `minutes` (15 by default, the Shanghai 15-minute community life circle) and the `themes` to report on.
 *
 * @example
 * ```ts
 * import { PracticeCircleOptions } from "@jiaolianti/matching";
 * PracticeCircleOptions.parse({ minutes: 15, mode: "walk", themes: ["science-technology"] });
 * ```
 */
export const PracticeCircleOptions = ReachableOptions.extend({
  /** Themes whose coverage and gaps are reported. @default all 14 venue themes */
  themes: VenueTheme.array()
    .min(1)
    .max(14)
    .refine((t) => new Set(t).size === t.length, "themes must not repeat")
    .optional(),
}).strict();
/** Options accepted by `practiceCircles`. */
export type PracticeCircleOptions = z.input<typeof PracticeCircleOptions>;
