import type { CsvDelimiter } from "./readCsvTable.js";

/** Options shared by CSV and XLSX export. */
export interface ExportOptions {
  /** Header and label language. @default "zh" */
  readonly language?: "zh" | "en";
  /** Code-list values as labels of `language` (`红色文化`) or as machine codes (`red-culture`). @default "label" */
  readonly values?: "label" | "code";
}

/** Options of CSV export. */
export interface CsvExportOptions extends ExportOptions {
  /** @default "," */
  readonly delimiter?: CsvDelimiter;
  /**
   * Start with a UTF-8 byte order mark, so Excel on a Chinese Windows opens the file as UTF-8 instead of GBK (without
   * it, Chinese text shows as mojibake). Import removes it.
   * @default true
   */
  readonly bom?: boolean;
  /** Line ending; RFC 4180 and Excel use CRLF. @default "\r\n" */
  readonly newline?: "\r\n" | "\n";
}
