import Papa from "papaparse";
import { err, ok, type Result } from "../../result/Result.js";
import type { ImportIssue } from "../import/ImportIssue.js";
import { isBlankRow, type SheetTable } from "./SheetTable.js";

/** Delimiters a registry CSV may use: comma (default), semicolon (Excel in many European locales) or tab. */
export type CsvDelimiter = "," | ";" | "\t";

const CANDIDATES: ReadonlyArray<CsvDelimiter> = [",", ";", "\t"];

/**
 * Picks the delimiter under which the most cells of the first lines are known headers (tie → comma), so a header of
 * Chinese or English column names decides, not the content of list cells such as `红色文化;思政教育`.
 *
 * @example
 * ```ts
 * import { detectDelimiter } from "@jiaolianti/core";
 * detectDelimiter("编号;名称\nv1;红色文化,思政", (h) => ["编号", "名称"].includes(h)); // ";"
 * ```
 */
export const detectDelimiter = (text: string, isHeader: (cell: string) => boolean): CsvDelimiter => {
  const lines = text.split(/\r\n|\n|\r/, 20);
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    let score = 0;
    for (const line of lines) {
      const hits = line.split(d).filter((cell) => isHeader(cell.replace(/^\s*"|"\s*$/g, ""))).length;
      score = Math.max(score, hits);
    }
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
};

/**
 * Parses CSV text into rows with spreadsheet row numbers (RFC 4180: quoted cells may hold delimiters, quotes and line
 * breaks; CRLF, LF or CR line endings), with papaparse. Blank lines are skipped but still counted, so row numbers
 * match what Excel shows. Parsing stops after `maxLines` lines (`truncated`). An unterminated quote is an issue for the
 * whole file (row boundaries after it cannot be trusted).
 *
 * @example
 * ```ts
 * import { readCsvTable } from "@jiaolianti/core";
 * const r = readCsvTable('编号,名称\r\n\r\nv1,"龙华\n烈士陵园"', { delimiter: ",", maxLines: 100 });
 * if (r.ok) r.value.rows.map((x) => x.row); // [1, 3]
 * ```
 */
export const readCsvTable = (
  text: string,
  options: { readonly delimiter: CsvDelimiter; readonly maxLines: number },
): Result<SheetTable, ReadonlyArray<ImportIssue>> => {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview: options.maxLines,
  });
  const quoteErrors = parsed.errors.filter((e) => e.type === "Quotes");
  if (quoteErrors.length > 0) {
    return err(
      quoteErrors.map((e) => ({
        row: (e.row ?? 0) + 1,
        column: "",
        value: "",
        message: `Malformed CSV: ${e.message}; check the quotes in this row`,
        messageZh: `CSV 格式错误(引号不匹配):请检查该行的英文双引号`,
        code: "malformed",
      })),
    );
  }
  const rows = parsed.data.flatMap((cells, i) => (isBlankRow(cells) ? [] : [{ row: i + 1, cells }]));
  return ok({ rows, truncated: parsed.meta.truncated === true });
};
