import type { RegistryKind } from "../../descriptors/registryKinds.js";
import type { RegistryColumn } from "../columns/RegistryColumn.js";
import { cellText, type SheetRow, type SheetTable } from "../io/SheetTable.js";
import type { RegistryDefinition, RegistryRecord } from "../RegistryDefinition.js";
import { columnKeyOfPath } from "./columnKeyOfPath.js";
import { headerKey } from "./headerKey.js";
import type { ImportIssue, ImportIssueCode, ImportMeta, ImportResult, RejectedRow } from "./ImportIssue.js";
import { DEFAULT_MAX_ROWS, type ImportOptions } from "./ImportOptions.js";
import { type HeaderMatch, headerLookup, matchHeaders } from "./matchHeaders.js";
import { formatSubPath, getAtPath, keySegments, setAtPath } from "./paths.js";
import { schemaIssues } from "./zodIssues.js";

const VALUE_MAX = 200;

const cut = (text: string): string => (text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX)}…` : text);

/** How a reader wants its table imported. */
export interface TableContext {
  readonly format: "csv" | "xlsx";
  /**
   * Undoes the exporter's cell escaping: the CSV-injection quote prefix for CSV (`unescapeFormula`); for XLSX, whose
   * text cells are never formulas, only the shared-strings workaround (`unescapeSharedString`).
   */
  readonly unescape: (cell: string) => string;
  /** What the reader found out about the file (encoding, delimiter, sheet). */
  readonly meta: Partial<ImportMeta>;
  /**
   * Longest cell text accepted; a longer cell is a `cell-too-long` issue and is not decoded (XLSX: Excel's 32 767).
   * @default no limit
   */
  readonly maxCellLength?: number;
}

interface DecodedRow {
  readonly row: number;
  /** Raw cell text per matched column (in `plan` order). */
  readonly raws: ReadonlyArray<string>;
  readonly issues: ImportIssue[];
  readonly id: unknown;
  readonly record: unknown;
}

/** The matched columns, prepared once per import. */
interface Plan {
  readonly def: RegistryDefinition;
  readonly match: HeaderMatch;
  readonly columns: ReadonlyArray<{
    readonly index: number;
    readonly header: string;
    readonly column: RegistryColumn;
    readonly segments: ReadonlyArray<string>;
  }>;
  /** Column key → position in `columns`. */
  readonly position: ReadonlyMap<string, number>;
}

const findHeaderRow = (
  def: RegistryDefinition,
  rows: ReadonlyArray<SheetRow>,
  option: "auto" | number,
): SheetRow | undefined => {
  if (typeof option === "number") return rows.find((r) => r.row === option);
  const lookup = headerLookup(def);
  const needed = Math.min(2, def.columns.length);
  const known = (r: SheetRow) =>
    r.cells.filter((c) => typeof c === "string" && lookup.has(headerKey(c))).length >= needed;
  return rows.slice(0, 20).find(known) ?? rows[0];
};

const fail = (issues: ReadonlyArray<ImportIssue>, meta: ImportMeta): ImportResult<never> => ({
  ok: false,
  errors: issues,
  meta,
});

/**
 * Imports a sheet (rows of cells from a CSV or XLSX reader) into records of a registry: finds and matches the header,
 * reads every cell with its column's codec, assembles each row's record, validates it with the registry's zod schema,
 * maps every issue back to the spreadsheet row and the column header, and flags ids used by several rows. Every bad
 * row is reported. All-or-nothing by default; with `partial`, the valid rows are imported and the others returned.
 *
 * @example
 * ```ts
 * import { importTable, registryDefinitions } from "@jiaolianti/core";
 * const r = importTable(registryDefinitions.experts, { rows: [{ row: 1, cells: ["编号"] }], truncated: false }, {}, {
 *   format: "csv", unescape: (cell) => cell, meta: {},
 * });
 * r.ok; // false: required columns are missing
 * ```
 */
export const importTable = <K extends RegistryKind>(
  def: RegistryDefinition<K>,
  table: SheetTable,
  options: ImportOptions,
  context: TableContext,
): ImportResult<RegistryRecord<K>> => {
  const baseMeta: ImportMeta = { ...context.meta, format: context.format, dataRows: 0 };
  const header = findHeaderRow(def as RegistryDefinition, table.rows, options.headerRow ?? "auto");
  if (!header) {
    return fail(
      [
        {
          row: typeof options.headerRow === "number" ? options.headerRow : 0,
          column: "",
          value: "",
          message: "The file has no header row (it is empty)",
          messageZh: "文件为空,找不到表头行",
          code: "empty",
        },
      ],
      baseMeta,
    );
  }
  const dataRows = table.rows.filter((r) => r.row > header.row);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const filled = new Set<string>();
  if (options.defaults?.status !== undefined) filled.add("status");
  if (options.defaults?.dateLastModified !== undefined) filled.add("dateLastModified");
  const headers = header.cells.map((c) => (typeof c === "string" ? c : c.toISOString()));
  const match = matchHeaders(def as RegistryDefinition, headers, header.row, {
    unknownColumns: options.unknownColumns ?? "error",
    filled,
  });
  const meta: ImportMeta = {
    ...baseMeta,
    headerRow: header.row,
    headerLanguage: match.language,
    dataRows: dataRows.length,
  };
  if (table.truncated || dataRows.length > maxRows) {
    return fail(
      [
        {
          row: 0,
          column: "",
          value: "",
          message: `The file has more than ${maxRows} data rows; split it or raise maxRows`,
          messageZh: `数据超过 ${maxRows} 行上限;请拆分文件后分批导入`,
          code: "too-many-rows",
        },
      ],
      meta,
    );
  }
  if (match.issues.length > 0) return fail(match.issues, meta);

  const columns = match.matched.map((m) => ({ ...m, segments: keySegments(m.column.key) }));
  const plan: Plan = {
    def: def as RegistryDefinition,
    match,
    columns,
    position: new Map(columns.map((c, i) => [c.column.key, i])),
  };
  const decodedRows = dataRows.map((r) => decodeRow(plan, r, options, context));
  flagDuplicateIds(plan, decodedRows);

  const records: RegistryRecord<K>[] = [];
  const rejected: RejectedRow[] = [];
  const errors: ImportIssue[] = [];
  for (const d of decodedRows) {
    if (d.issues.length === 0) records.push(d.record as RegistryRecord<K>);
    else {
      const cells: Record<string, string> = {};
      columns.forEach((c, i) => {
        cells[c.header] = d.raws[i] ?? "";
      });
      rejected.push({ row: d.row, cells, issues: d.issues });
      errors.push(...d.issues);
    }
  }
  if (errors.length > 0 && !options.partial) return fail(errors, meta);
  return { ok: true, records, rejected, errors, meta };
};

const headerOf = (plan: Plan, key: string): string => {
  const i = plan.position.get(key);
  if (i !== undefined) return plan.columns[i]?.header ?? key;
  const column = plan.def.columns.find((c) => c.key === key);
  return column ? (plan.match.language === "en" ? column.headerEn : column.headerZh) : key;
};

const rowIssue = (
  row: number,
  column: string,
  value: string,
  message: string,
  messageZh: string,
  code: ImportIssueCode,
): ImportIssue => ({ row, column, value: cut(value), message, messageZh, code });

const decodeRow = (plan: Plan, sheetRow: SheetRow, options: ImportOptions, context: TableContext): DecodedRow => {
  const { def, match, columns } = plan;
  const flat: Record<string, unknown> = {};
  const issues: ImportIssue[] = [];
  const raws: string[] = [];
  const badKeys = new Set<string>();
  const { row } = sheetRow;
  for (const { index, header, column, segments } of columns) {
    const raw = cellText(sheetRow.cells[index], column.codec);
    raws.push(raw);
    if (raw === "" && column.codec.cellType === "number") continue; // fast path for the commonest empty cell
    if (context.maxCellLength !== undefined && raw.length > context.maxCellLength) {
      badKeys.add(column.key);
      issues.push(
        rowIssue(
          row,
          header,
          raw,
          `The cell holds ${raw.length} characters, more than a spreadsheet cell can (${context.maxCellLength}); the text may have been cut`,
          `该单元格有 ${raw.length} 个字符,超过表格单元格上限 ${context.maxCellLength} 个,内容可能已被截断`,
          "cell-too-long",
        ),
      );
      continue;
    }
    const r = column.codec.decode(context.unescape(raw));
    if (!r.ok) {
      badKeys.add(column.key);
      issues.push(rowIssue(row, header, raw, r.message, r.messageZh, "invalid-cell"));
    } else if (r.value !== undefined) setAtPath(flat, segments, r.value);
  }
  const rawOf = (key: string): string => {
    const i = plan.position.get(key);
    return i === undefined ? "" : (raws[i] ?? "");
  };
  for (const column of match.absent) fillEmpty(flat, column);
  const defaults = options.defaults ?? {};
  for (const key of ["status", "dateLastModified"] as const) {
    const value = defaults[key];
    if (value !== undefined && flat[key] === undefined) flat[key] = value;
  }
  if (sheetRow.cells.length > match.width || match.blank.size > 0) {
    sheetRow.cells.forEach((cell, index) => {
      if (index < match.width && !match.blank.has(index)) return;
      if (typeof cell === "string" && cell.trim() === "") return;
      const text = typeof cell === "string" ? cell : cell.toISOString();
      issues.push(
        rowIssue(
          row,
          `(column ${index + 1})`,
          text,
          `A value in column ${index + 1}, which has no known header`,
          `第 ${index + 1} 列没有有效表头,却填写了内容`,
          "extra-cell",
        ),
      );
    });
  }
  let shaped: Record<string, unknown> = flat;
  for (const adapter of def.adapters) {
    const r = adapter.fromColumns(shaped);
    shaped = r.row;
    for (const i of r.issues) {
      if (badKeys.has(i.key)) continue;
      badKeys.add(i.key);
      issues.push(rowIssue(row, headerOf(plan, i.key), rawOf(i.key), i.message, i.messageZh, "invalid-cell"));
    }
  }
  const parsed = def.schema.safeParse(shaped);
  if (parsed.success && issues.length === 0) return { row, raws, issues, id: flat.id, record: parsed.data };
  if (!parsed.success) {
    for (const s of schemaIssues(def.schema, shaped, parsed.error.issues)) {
      const { key, rest } = columnKeyOfPath(def, s.path);
      if (badKeys.has(key)) continue;
      const where = rest.length > 0 ? `${formatSubPath(rest)}: ` : "";
      issues.push(
        rowIssue(
          row,
          headerOf(plan, key),
          rawOf(key),
          `${where}${s.message}`,
          `${where}${s.messageZh}`,
          "invalid-record",
        ),
      );
    }
  }
  const order = (i: ImportIssue) => columns.find((c) => c.header === i.column)?.index ?? match.width;
  issues.sort((a, b) => order(a) - order(b));
  return { row, raws, issues, id: flat.id, record: undefined };
};

const fillEmpty = (flat: Record<string, unknown>, column: RegistryColumn): void => {
  const r = column.codec.decode("");
  if (r.ok && r.value !== undefined && getAtPath(flat, keySegments(column.key)) === undefined) {
    setAtPath(flat, keySegments(column.key), r.value);
  }
};

const flagDuplicateIds = (plan: Plan, rows: ReadonlyArray<DecodedRow>): void => {
  const byId = new Map<string, DecodedRow[]>();
  for (const d of rows) {
    if (typeof d.id !== "string") continue;
    const list = byId.get(d.id);
    if (list) list.push(d);
    else byId.set(d.id, [d]);
  }
  const header = headerOf(plan, "id");
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const where = list.map((d) => d.row);
    for (const d of list) {
      d.issues.unshift(
        rowIssue(
          d.row,
          header,
          id,
          `id "${id}" appears in rows ${where.join(", ")}: each record needs its own id`,
          `编号“${id}”在第 ${where.join("、")} 行重复出现,每条记录的编号须唯一`,
          "duplicate-id",
        ),
      );
    }
  }
};
