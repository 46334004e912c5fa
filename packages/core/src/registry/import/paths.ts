/** Splits a column key into its path segments (`"location.lat"` → `["location", "lat"]`). */
export const keySegments = (key: string): ReadonlyArray<string> => key.split(".");

/**
 * Sets `value` at `segments` in `target`, creating plain objects on the way. Segments come from the registry's own
 * column keys (never from file content), so no `__proto__` or `constructor` can be written.
 */
export const setAtPath = (target: Record<string, unknown>, segments: ReadonlyArray<string>, value: unknown): void => {
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i] as string;
    const next = node[seg];
    if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[seg] = created;
      node = created;
    }
  }
  node[segments[segments.length - 1] as string] = value;
};

/** Reads the value at `segments` of `source`, or `undefined`. */
export const getAtPath = (source: unknown, segments: ReadonlyArray<string>): unknown => {
  let node: unknown = source;
  for (const seg of segments) {
    if (typeof node !== "object" || node === null) return undefined;
    node = Object.hasOwn(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return node;
};

/** Formats a path inside a cell, e.g. `[0].capacity`, for messages. */
export const formatSubPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
