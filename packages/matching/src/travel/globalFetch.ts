import type { FetchLike } from "./RoutingServerOptions.js";

/** The environment's `fetch`, looked up at call time and called unbound (browsers reject a foreign `this`). */
export const globalFetch: FetchLike = (url, init) => globalThis.fetch(url, init);
