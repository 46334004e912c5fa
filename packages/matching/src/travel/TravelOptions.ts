import { z } from "zod";
import { DEFAULT_DETOUR_FACTOR } from "./travelDefaults.js";

/** How a group travels: on foot or by bicycle. */
export const TravelMode = z.enum(["walk", "bike"]);
/** `"walk" | "bike"`. */
export type TravelMode = z.infer<typeof TravelMode>;

/** Options of the embedded travel model (haversine × detour factor ÷ speed). */
export const TravelOptions = z
  .object({
    /** @default "walk" */
    mode: TravelMode.default("walk"),
    /** Street distance ÷ straight-line distance. @default 1.3 */
    detourFactor: z.number().min(1).max(5).default(DEFAULT_DETOUR_FACTOR),
    /** Overrides the speed of `mode`, metres per minute (walk 80, bike 250 by default). */
    metersPerMinute: z.number().positive().max(2_000).optional(),
  })
  .strict();
/** Options accepted by {@link travelMinutes} (all optional). */
export type TravelOptions = z.input<typeof TravelOptions>;
