import type { RecordStatus } from "../../model/common/RecordStatus.js";

/** Default most data rows one import reads: a district's registries hold hundreds to a few thousand rows. */
export const DEFAULT_MAX_ROWS = 100_000;

/** Default largest file one import reads, in bytes (64 MiB). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Options shared by CSV and XLSX import. */
export interface ImportOptions {
  /**
   * Import the valid rows and return the invalid ones in `rejected` (with their issues) instead of importing nothing.
   * Problems with the file itself (encoding, size, columns) still import nothing.
   * @default false
   */
  readonly partial?: boolean;
  /** What to do with a header that is no column of the registry: report it, or ignore the column. @default "error" */
  readonly unknownColumns?: "error" | "ignore";
  /** Most data rows read; more is an issue for the whole file. @default 100_000 ({@link DEFAULT_MAX_ROWS}) */
  readonly maxRows?: number;
  /** Largest input in bytes (UTF-16 code units for a string). @default 64 MiB ({@link DEFAULT_MAX_BYTES}) */
  readonly maxBytes?: number;
  /**
   * Spreadsheet row of the header, or `"auto"`: the first of the first 20 non-blank rows with at least two known
   * headers (so title rows above the table, common in office spreadsheets, are skipped).
   * @default "auto"
   */
  readonly headerRow?: "auto" | number;
  /**
   * Values for `status` and `dateLastModified` where the column is missing or the cell is empty (a hand-made list
   * rarely carries them); with a default, the column is not required.
   * @default {}
   */
  readonly defaults?: { readonly status?: RecordStatus; readonly dateLastModified?: string };
}
