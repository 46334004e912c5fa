import Papa from "papaparse";
import { escapeFormula } from "../registry/io/formulaEscape.js";
import { ONEROSTER_HEADERS, type OneRosterFileName, type OneRosterRow } from "./oneRosterHeaders.js";

/**
 * Writes the rows of one OneRoster file as CSV text: the specification's header row, then one line per row, CRLF line
 * endings (RFC 4180), quotes only where a cell holds a comma, quote or line break, no byte order mark (a receiver
 * matches the first header, `sourcedId`, exactly). Every cell that could start a spreadsheet formula (`=`, `+`, `-`,
 * `@`, TAB, CR) gets a leading `'` — the registry exports' OWASP CSV-injection guard, since districts open these files
 * in Excel or WPS.
 *
 * Source: 1EdTech OneRoster® CSV Tables 1.1.1 §2 (UTF-8, header row, column order); RFC 4180; OWASP "CSV Injection".
 *
 * @example
 * ```ts
 * import { writeOneRosterCsv } from "@jiaolianti/core";
 * writeOneRosterCsv("manifest.csv", [{ propertyName: "manifest.version", value: "1.0" }]);
 * // "propertyName,value\r\nmanifest.version,1.0"
 * ```
 */
export const writeOneRosterCsv = <F extends OneRosterFileName>(
  file: F,
  rows: ReadonlyArray<OneRosterRow<F>>,
): string => {
  const headers: ReadonlyArray<string> = ONEROSTER_HEADERS[file];
  const data = rows.map((row) => headers.map((h) => escapeFormula((row as Readonly<Record<string, string>>)[h] ?? "")));
  return Papa.unparse(
    { fields: [...headers], data },
    { newline: "\r\n", quotes: false, escapeFormulae: false, header: true },
  );
};
