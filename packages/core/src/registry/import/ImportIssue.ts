/**
 * What kind of problem an import issue is:
 * - file level (row 0, or the header row): `encoding`, `too-large` (the file), `unpacked-too-large` (an XLSX that
 *   would unpack past its limit: a zip bomb), `too-many-entries` (an XLSX archive with too many files),
 *   `too-many-rows`, `malformed`, `empty`, `not-xlsx`, `unknown-column`, `duplicate-column`, `missing-column`;
 * - row level: `invalid-cell` (a cell cannot be read: not a number, an unknown label …), `cell-too-long` (an XLSX cell
 *   longer than Excel's 32 767 characters), `invalid-record` (the row was read but breaks the model: out of range, too
 *   long, end before begin …), `duplicate-id` (the id appears in several rows), `extra-cell` (a value in a column
 *   without a header).
 */
export type ImportIssueCode =
  | "encoding"
  | "too-large"
  | "unpacked-too-large"
  | "too-many-entries"
  | "too-many-rows"
  | "malformed"
  | "empty"
  | "not-xlsx"
  | "unknown-column"
  | "duplicate-column"
  | "missing-column"
  | "invalid-cell"
  | "cell-too-long"
  | "invalid-record"
  | "duplicate-id"
  | "extra-cell";

/** The issue codes that concern the file as a whole: when one occurs, no row is imported, even with `partial`. */
export const FILE_LEVEL_ISSUE_CODES: ReadonlySet<ImportIssueCode> = new Set<ImportIssueCode>([
  "encoding",
  "too-large",
  "unpacked-too-large",
  "too-many-entries",
  "too-many-rows",
  "malformed",
  "empty",
  "not-xlsx",
  "unknown-column",
  "duplicate-column",
  "missing-column",
]);

/**
 * One problem found while importing a registry file, located the way a person finds it in Excel or WPS: the
 * spreadsheet `row` (the header is row 1, blank lines count; 0 = the file as a whole) and the `column` header text as
 * written in the file (Chinese by default; for a missing column, the header it should have).
 *
 * @example
 * ```ts
 * import { importRegistryCsv } from "@jiaolianti/core";
 * const r = importRegistryCsv("experts", "编号,状态\nstaff 1,有效");
 * if (!r.ok) for (const e of r.errors) console.log(e.row, e.column, e.value, e.messageZh);
 * ```
 */
export interface ImportIssue {
  /** Spreadsheet row: header = 1, first data row = 2 (blank rows and title rows count); 0 = the whole file. */
  readonly row: number;
  /** The column's header text as in the file ("" for the whole file or a whole row). */
  readonly column: string;
  /** The cell text as in the file (cut to 200 characters), or the header for a header issue. */
  readonly value: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in Chinese, for a district officer. */
  readonly messageZh: string;
  readonly code: ImportIssueCode;
}

/** A data row that was not imported, with its cells by header and every issue found in it. */
export interface RejectedRow {
  /** Spreadsheet row (header = 1). */
  readonly row: number;
  /** The row's cells as in the file, by header text (so the row can be shown, fixed and imported again). */
  readonly cells: Readonly<Record<string, string>>;
  readonly issues: ReadonlyArray<ImportIssue>;
}

/** How the file was read: format, encoding and delimiter detected, header row and language, rows read. */
export interface ImportMeta {
  readonly format: "csv" | "xlsx";
  /** CSV from bytes: the text encoding used (`utf-8`, `gb18030`, `utf-16le`, `utf-16be`); `string` for text input. */
  readonly encoding?: string;
  /** CSV: whether the input started with a byte order mark. */
  readonly bom?: boolean;
  /** CSV: the delimiter used. */
  readonly delimiter?: string;
  /** XLSX: the sheet read. */
  readonly sheet?: string;
  /** Spreadsheet row of the header (1 unless title rows precede it). */
  readonly headerRow?: number;
  /** Which header language the file used. */
  readonly headerLanguage?: "zh" | "en" | "mixed";
  /** Non-blank data rows read. */
  readonly dataRows: number;
}

/**
 * The outcome of importing a registry file.
 *
 * - `ok: true`: `records` are valid, typed records. With the default all-or-nothing import, `rejected` and `errors`
 *   are empty; with `{ partial: true }` they hold the rows left out and their issues.
 * - `ok: false`: nothing was imported; `errors` lists every issue (every bad row, not just the first).
 */
export type ImportResult<R> =
  | {
      readonly ok: true;
      readonly records: ReadonlyArray<R>;
      readonly rejected: ReadonlyArray<RejectedRow>;
      readonly errors: ReadonlyArray<ImportIssue>;
      readonly meta: ImportMeta;
    }
  | { readonly ok: false; readonly errors: ReadonlyArray<ImportIssue>; readonly meta: ImportMeta };

/** The successful branch of {@link ImportResult}. */
export type ImportSuccess<R> = Extract<ImportResult<R>, { readonly ok: true }>;
