import { z } from "zod";
import { VENUE_THEME_CODES } from "./venueThemes.js";

/**
 * A practice theme code, e.g. `"science-technology"` (the schema; labels are in `venueThemes`). Kept apart from the
 * label table so zod-free code (an embeddable widget) can show labels without bundling zod.
 *
 * @example
 * ```ts
 * import { VenueTheme } from "@jiaolianti/core";
 * VenueTheme.safeParse("film").success; // true
 * ```
 */
export const VenueTheme = z.enum(VENUE_THEME_CODES);
/** A practice theme code. */
export type VenueTheme = z.infer<typeof VenueTheme>;
