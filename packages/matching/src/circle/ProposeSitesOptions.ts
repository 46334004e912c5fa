import { VenueTheme } from "@jiaolianti/core";
import type { z } from "zod";
import { ReachableOptions } from "../travel/reachableWithin.js";
import type { CircleVenue } from "./CirclePlaces.js";

/**
 * Options of `proposeSites` besides the existing venues: the theme the new sites will offer and the circle (`minutes`,
 * 15 by default, `mode`, `detourFactor`, `metersPerMinute`).
 */
export const ProposeSitesSettings = ReachableOptions.extend({
  /** Theme of the new venues, e.g. `"science-technology"`. */
  theme: VenueTheme,
}).strict();

/** Options accepted by `proposeSites`. */
export type ProposeSitesOptions = z.input<typeof ProposeSitesSettings> & {
  /** Venues that already exist: a school with one of them of `theme` within its circle is already covered. @default [] */
  readonly venues?: ReadonlyArray<CircleVenue>;
};
