import type { CellCodec } from "../codecs/CellCodec.js";

/** A cell as a reader delivers it: text, or a date from a spreadsheet date cell. */
export type SheetCell = string | Date;

/** One non-blank row of a sheet with its spreadsheet row number (1-based; blank rows count but are not listed). */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyArray<SheetCell>;
}

/**
 * A sheet as rows of cells, as read from a CSV or XLSX file, before any header is matched: the non-blank rows with
 * their spreadsheet row numbers, and whether the reader stopped early at its row limit.
 *
 * @example
 * ```ts
 * import type { SheetTable } from "@jiaolianti/core";
 * const t: SheetTable = { rows: [{ row: 1, cells: ["编号", "名称"] }], truncated: false };
 * ```
 */
export interface SheetTable {
  readonly rows: ReadonlyArray<SheetRow>;
  readonly truncated: boolean;
}

/** Whether every cell of a row is empty or whitespace. */
export const isBlankRow = (cells: ReadonlyArray<unknown>): boolean =>
  cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));

/** The text of a cell for a codec: a date cell through the codec's `fromDate` (ISO 8601 by default). */
export const cellText = (cell: SheetCell | undefined, codec: CellCodec<unknown>): string => {
  if (cell === undefined) return "";
  if (typeof cell === "string") return cell;
  return codec.fromDate ? codec.fromDate(cell) : cell.toISOString();
};
