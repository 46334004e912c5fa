import type { RegistryKind } from "../descriptors/registryKinds.js";
import { headerKey } from "./import/headerKey.js";
import type { ImportResult } from "./import/ImportIssue.js";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type ImportOptions } from "./import/ImportOptions.js";
import { importTable } from "./import/importTable.js";
import { headerLookup } from "./import/matchHeaders.js";
import { decodeText, type TextEncodingOption } from "./io/decodeText.js";
import { unescapeFormula } from "./io/formulaEscape.js";
import { type CsvDelimiter, detectDelimiter, readCsvTable } from "./io/readCsvTable.js";
import type { RegistryRecord } from "./RegistryDefinition.js";
import { registryDefinitions } from "./registryDefinitions.js";

/** Options of CSV import. */
export interface CsvImportOptions extends ImportOptions {
  /**
   * Text encoding of byte input: `"auto"` reads UTF-8 (with or without BOM, UTF-16 with BOM) and falls back to
   * GB18030 (GBK) for bytes that are not UTF-8; `"utf-8"` rejects other bytes with a clear issue.
   * @default "auto"
   */
  readonly encoding?: TextEncodingOption;
  /** Cell delimiter, or `"auto"` (the one under which the header row has the most known column names). @default "auto" */
  readonly delimiter?: "auto" | CsvDelimiter;
}

/**
 * Reads a registry CSV — text, or the bytes of an uploaded file — into typed records, or every problem with its
 * spreadsheet row (header = 1) and column header. Headers may be Chinese or English (or the column keys), in any order;
 * cells are read leniently (labels or codes, `是`/`否`, `2025/9/1`, `；`-separated lists) and each record is validated
 * with the model's schema. Default all-or-nothing: one bad row imports nothing and every bad row is reported;
 * `{ partial: true }` imports the valid rows and returns the others in `rejected`. Never throws for bad input.
 *
 * @example
 * ```ts
 * import { entityExamples, exportRegistryCsv, importRegistryCsv } from "@jiaolianti/core";
 * const r = importRegistryCsv("venues", exportRegistryCsv("venues", [entityExamples.Venue]));
 * if (r.ok) console.log(r.records[0]?.nameZh);
 * else for (const e of r.errors) console.log(`第 ${e.row} 行 ${e.column}:${e.messageZh}`);
 * ```
 */
export const importRegistryCsv = <K extends RegistryKind>(
  kind: K,
  input: string | Uint8Array | ArrayBuffer,
  options: CsvImportOptions = {},
): ImportResult<RegistryRecord<K>> => {
  const def = registryDefinitions[kind];
  const decoded = decodeText(input, {
    encoding: options.encoding ?? "auto",
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  });
  if (!decoded.ok) return { ok: false, errors: [decoded.error], meta: { format: "csv", dataRows: 0 } };
  const { text, encoding, bom } = decoded.value;
  const lookup = headerLookup(def);
  const delimiter =
    options.delimiter === undefined || options.delimiter === "auto"
      ? detectDelimiter(text, (cell) => lookup.has(headerKey(cell)))
      : options.delimiter;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const table = readCsvTable(text, { delimiter, maxLines: maxRows + 100 });
  const meta = { format: "csv", encoding, bom, delimiter, dataRows: 0 } as const;
  if (!table.ok) return { ok: false, errors: table.error, meta };
  return importTable(def, table.value, options, { format: "csv", unescape: unescapeFormula, meta });
};
