import type { RegistryDefinition } from "../RegistryDefinition.js";

/**
 * The column a record issue belongs to, from the path in the record: an adapter's column when it owns the path
 * (`["provider", "venueId"]` → `provider.id`), else the column whose key is the longest prefix of the path
 * (`["sessions", 0, "capacity"]` → `sessions`), else the first column under the path (`["access"]` →
 * `access.feePolicy`), else the id column. Also returns the rest of the path inside that column's cell.
 *
 * @example
 * ```ts
 * import { columnKeyOfPath, registryDefinitions } from "@jiaolianti/core";
 * columnKeyOfPath(registryDefinitions.venues, ["sessions", 0, "capacity"]); // { key: "sessions", rest: [0, "capacity"] }
 * ```
 */
export const columnKeyOfPath = (
  def: RegistryDefinition,
  path: ReadonlyArray<PropertyKey>,
): { readonly key: string; readonly rest: ReadonlyArray<PropertyKey> } => {
  for (const adapter of def.adapters) {
    const key = adapter.columnKeyOf(path);
    if (key !== undefined) return { key, rest: [] };
  }
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).map(String).join(".");
    if (def.columns.some((c) => c.key === key)) return { key, rest: path.slice(n) };
  }
  const prefix = `${path.map(String).join(".")}.`;
  const under = def.columns.find((c) => c.key.startsWith(prefix));
  return { key: under?.key ?? def.columns[0]?.key ?? "id", rest: [] };
};
