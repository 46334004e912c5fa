import type { RegistryKind } from "../../descriptors/registryKinds.js";
import type { EncodeContext } from "../codecs/CellCodec.js";
import { getAtPath, keySegments } from "../import/paths.js";
import type { RegistryDefinition, RegistryRecordInput } from "../RegistryDefinition.js";

/**
 * The cells of one record in the registry's column order, as text (`""` for an absent field or an empty list).
 *
 * @example
 * ```ts
 * import { entityExamples, recordToCells, registryDefinitions } from "@jiaolianti/core";
 * recordToCells(registryDefinitions.experts, entityExamples.Staff, { language: "zh", values: "label" })[3]; // "李教练"
 * ```
 */
export const recordToCells = <K extends RegistryKind>(
  def: RegistryDefinition<K>,
  record: RegistryRecordInput<K>,
  context: EncodeContext,
): ReadonlyArray<string> => {
  let flat = record as unknown as Record<string, unknown>;
  for (const adapter of def.adapters) flat = adapter.toColumns(flat);
  return def.columns.map((column) => {
    const value = getAtPath(flat, keySegments(column.key));
    return value === undefined ? "" : column.codec.encode(value, context);
  });
};

/**
 * The header row of a registry in `language`.
 *
 * @example
 * ```ts
 * import { headerCells, registryDefinitions } from "@jiaolianti/core";
 * headerCells(registryDefinitions.experts, "en").slice(0, 3); // ["ID", "Status", "Last modified"]
 * ```
 */
export const headerCells = (def: RegistryDefinition, language: "zh" | "en"): ReadonlyArray<string> =>
  def.columns.map((c) => (language === "en" ? c.headerEn : c.headerZh));
