import { z } from "zod";
import { VenueTheme } from "../descriptors/VenueTheme.js";
import { GeoPoint } from "../geo/GeoPoint.js";

/**
 * A real public venue from the shipped Xuhui reference data (see `src/data/README.md` for provenance and caveats):
 * location in WGS84 with its accuracy radius, themes, subdistrict and the source of the point.
 */
export const ReferenceVenue = z
  .object({
    id: z.string().min(1).max(64),
    nameZh: z.string().min(1).max(200),
    nameEn: z.string().min(1).max(200),
    category: VenueTheme,
    themes: z.array(VenueTheme).min(1).max(20),
    location: GeoPoint,
    /** How far (m) the point may sit from where a visitor would expect it. */
    accuracyM: z.number().nonnegative().max(10_000),
    address: z.string().max(500),
    subdistrict: z.string().min(1).max(50),
    source: z.string().max(2_000),
  })
  .strict();

/** A real public venue from the shipped reference data. */
export type ReferenceVenue = z.infer<typeof ReferenceVenue>;
