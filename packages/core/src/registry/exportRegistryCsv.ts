import Papa from "papaparse";
import type { RegistryKind } from "../descriptors/registryKinds.js";
import type { CsvExportOptions } from "./io/ExportOptions.js";
import { escapeFormula } from "./io/formulaEscape.js";
import { headerCells, recordToCells } from "./io/recordToCells.js";
import type { RegistryRecordInput } from "./RegistryDefinition.js";
import { registryDefinitions } from "./registryDefinitions.js";

/**
 * Writes the records of a registry as CSV text that Excel and WPS open directly: Chinese headers and labels by default
 * (English with `language: "en"`), a UTF-8 byte order mark, CRLF line endings, quotes where a cell holds a comma, quote
 * or line break, and every cell that could start a formula (`=`, `+`, `-`, `@`, TAB, CR) prefixed with `'` (OWASP CSV
 * injection). {@link importRegistryCsv} reads it back to the same records.
 *
 * @example
 * ```ts
 * import { entityExamples, exportRegistryCsv } from "@jiaolianti/core";
 * const csv = exportRegistryCsv("venues", [entityExamples.Venue]);
 * csv.split("\r\n")[0]; // "\uFEFF编号,状态,最后修改时间,名称,…"
 * ```
 */
export const exportRegistryCsv = <K extends RegistryKind>(
  kind: K,
  records: ReadonlyArray<RegistryRecordInput<K>>,
  options: CsvExportOptions = {},
): string => {
  const def = registryDefinitions[kind];
  const context = { language: options.language ?? "zh", values: options.values ?? "label" } as const;
  const csv = Papa.unparse(
    {
      fields: [...headerCells(def, context.language)],
      data: records.map((r) => recordToCells(def, r, context).map(escapeFormula)),
    },
    { delimiter: options.delimiter ?? ",", newline: options.newline ?? "\r\n", quotes: false, escapeFormulae: false },
  );
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
};
