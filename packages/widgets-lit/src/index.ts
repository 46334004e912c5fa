/**
 * @packageDocumentation
 * `@jiaolianti/widgets-lit` — embeddable custom elements (`jlt-*`) for school websites of the Jiaolianti (教联体)
 * alliance. This entry exports the classes and types only and defines nothing: import
 * `@jiaolianti/widgets-lit/venue-finder.js` to define `<jlt-venue-finder>`, or load `jiaolianti-widgets.js` (every
 * element, Lit included) with one script tag.
 */
export type { Translation } from "./i18n/Translation.js";
export type { IgnoredRecord, IgnoreReason, PublicVenue } from "./venue-finder/publicVenue.js";
export { JltVenueFinder, type VenueSelectDetail } from "./venue-finder/venue-finder.component.js";
