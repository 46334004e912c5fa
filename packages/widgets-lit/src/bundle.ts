/**
 * The one-script-tag entry (`dist/jiaolianti-widgets.js`): defines every `jlt-*` element, with Lit and everything
 * else bundled, and exports the classes for scripts that import it as a module.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/jiaolianti-widgets.js"></script>
 * ```
 */
import "./define/venue-finder.js";

export * from "./index.js";
