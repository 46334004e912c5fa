/**
 * @packageDocumentation
 * `@jiaolianti/core` — the typed language of the Jiaolianti (教联体) alliance: zod schemas (types inferred), geography
 * with coordinate systems, errors as values, code lists with zh-CN/en labels, and the Xuhui reference data.
 */
export { ReferenceVenue } from "./data/ReferenceVenue.js";
export { type ReferenceSubdistrict, xuhuiSubdistricts } from "./data/xuhuiSubdistricts.js";
export { xuhuiVenues } from "./data/xuhuiVenues.js";
export { type Descriptor, descriptorLabel, type Locale } from "./descriptors/Descriptor.js";
export { Grade } from "./descriptors/Grade.js";
export { Sex } from "./descriptors/Sex.js";
export { VENUE_THEME_CODES, VenueTheme, venueThemes } from "./descriptors/venueThemes.js";
export { ValidationError, type ValidationIssue, validationError } from "./errors/ValidationError.js";
export { CoordinateSystem } from "./geo/CoordinateSystem.js";
export { GeoPoint, parseGeoPoint } from "./geo/GeoPoint.js";
export { EARTH_MEAN_RADIUS_M, haversineMeters } from "./geo/haversineMeters.js";
export { toCrs } from "./geo/toCrs.js";
export * from "./model/index.js";
export {
  SENSITIVITY_META_KEY,
  SENSITIVITY_RANK,
  Sensitivity,
  sensitive,
  sensitivityOf,
} from "./privacy/Sensitivity.js";
export { parseWith } from "./result/parseWith.js";
export { err, ok, type Result } from "./result/Result.js";
