/**
 * Defines `<jlt-venue-finder>` (once: a page may load the widgets twice, e.g. the bundle and a framework build).
 *
 * @example
 * ```ts
 * import "@jiaolianti/widgets-lit/venue-finder.js";
 * document.body.append(Object.assign(document.createElement("jlt-venue-finder"), { lat: 31.1925, lng: 121.4366 }));
 * ```
 */
import { JltVenueFinder, type VenueSelectDetail } from "../venue-finder/venue-finder.component.js";

export { JltVenueFinder };

if (!customElements.get("jlt-venue-finder")) customElements.define("jlt-venue-finder", JltVenueFinder);

declare global {
  interface HTMLElementTagNameMap {
    "jlt-venue-finder": JltVenueFinder;
  }
  interface GlobalEventHandlersEventMap {
    "jlt-venue-select": CustomEvent<VenueSelectDetail>;
  }
}
