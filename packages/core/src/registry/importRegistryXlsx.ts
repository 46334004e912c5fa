import readXlsxFile from "read-excel-file/universal";
import { type RegistryKind, registryKinds } from "../descriptors/registryKinds.js";
import type { ImportIssue, ImportResult } from "./import/ImportIssue.js";
import { DEFAULT_MAX_BYTES, type ImportOptions } from "./import/ImportOptions.js";
import { importTable } from "./import/importTable.js";
import { checkXlsxArchive, XLSX_MAX_CELL_LENGTH, type XlsxArchiveLimits } from "./import/xlsxLimits.js";
import { isBlankRow, type SheetCell, type SheetRow } from "./io/SheetTable.js";
import { unescapeSharedString } from "./io/sharedStringEscape.js";
import type { RegistryRecord } from "./RegistryDefinition.js";
import { registryDefinitions } from "./registryDefinitions.js";

/**
 * Options of XLSX import: those of every import, the archive limits checked before anything is decompressed
 * (`maxUnpackedBytes`, `maxZipEntries`), and the sheet.
 */
export interface XlsxImportOptions extends ImportOptions, XlsxArchiveLimits {
  /**
   * The sheet to read, by name or 1-based number. By default the sheet named after the list (`场所清单`,
   * `Venue list` or `venues`), else the first sheet.
   */
  readonly sheet?: string | number;
}

const fileIssue = (message: string, messageZh: string, code: ImportIssue["code"] = "not-xlsx"): ImportIssue => ({
  row: 0,
  column: "",
  value: "",
  message,
  messageZh,
  code,
});

const toCell = (value: unknown): SheetCell => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value;
  return String(value);
};

const legacyXlsIssue = (): ImportIssue =>
  fileIssue(
    "This is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import again",
    "这是旧版 .xls 文件;请在 Excel 中另存为 .xlsx(Excel 工作簿)后再导入",
  );

/** The first bytes of an OLE2 compound file: a legacy `.xls` workbook. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle2 = (bytes: Uint8Array): boolean => OLE2_MAGIC.every((b, i) => bytes[i] === b);

const readIssue = (e: unknown): ImportIssue => {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  if (code === "XLS_FILE_NOT_SUPPORTED") return legacyXlsIssue();
  return fileIssue(
    `Not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`,
    "无法读取该文件:不是有效的 .xlsx 工作簿(CSV 文件请用 CSV 导入)",
  );
};

/** The input as an `ArrayBuffer` (a copy of a `Uint8Array`'s bytes; a `Blob` read), or why it could not be read. */
const readBuffer = (
  input: Uint8Array | ArrayBuffer | Blob,
): Promise<
  { readonly ok: true; readonly buffer: ArrayBuffer } | { readonly ok: false; readonly issue: ImportIssue }
> => {
  if (input instanceof ArrayBuffer) return Promise.resolve({ ok: true, buffer: input });
  if (input instanceof Uint8Array) return Promise.resolve({ ok: true, buffer: new Uint8Array(input).buffer });
  return input.arrayBuffer().then(
    (buffer) => ({ ok: true as const, buffer }),
    (e: unknown) => ({
      ok: false as const,
      issue: fileIssue(
        `The file could not be read (${e instanceof Error ? e.message : String(e)})`,
        "无法读取该文件,请重新选择文件后再导入",
      ),
    }),
  );
};

/**
 * Reads a registry XLSX workbook (bytes, an `ArrayBuffer` or a `Blob`/`File`) into typed records, or every problem
 * with its spreadsheet row and column header — the same rules and result as {@link importRegistryCsv}: Chinese or
 * English headers, lenient cells, schema validation, all-or-nothing unless `partial`. Date cells are read into the
 * column's format; numbers are read from the stored text (no precision lost). Works in Node and browsers
 * (read-excel-file's universal build). Never rejects for bad input. Before anything is decompressed, the file's size
 * (`maxBytes`), its number of archive entries (`maxZipEntries`) and its total unpacked size as declared in the ZIP
 * central directory (`maxUnpackedBytes`) are checked, so a zip bomb is refused with a `too-large`, `too-many-entries`
 * or `unpacked-too-large` issue. A cell longer than Excel's 32 767 characters is a `cell-too-long` issue of its row.
 *
 * @example
 * ```ts
 * import { entityExamples, exportRegistryXlsx, importRegistryXlsx } from "@jiaolianti/core";
 * const r = await importRegistryXlsx("experts", await exportRegistryXlsx("experts", [entityExamples.Staff]));
 * r.ok && r.records.length; // 1
 * ```
 */
export const importRegistryXlsx = async <K extends RegistryKind>(
  kind: K,
  input: Uint8Array | ArrayBuffer | Blob,
  options: XlsxImportOptions = {},
): Promise<ImportResult<RegistryRecord<K>>> => {
  const def = registryDefinitions[kind];
  const failed = (issue: ImportIssue): ImportResult<RegistryRecord<K>> => ({
    ok: false,
    errors: [issue],
    meta: { format: "xlsx", dataRows: 0 },
  });
  const size = input instanceof ArrayBuffer || input instanceof Uint8Array ? input.byteLength : input.size;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    return failed(
      fileIssue(
        `The file is ${size} bytes, more than the limit of ${maxBytes}; split it or raise maxBytes`,
        `文件大小 ${size} 字节,超过上限 ${maxBytes} 字节;请拆分文件后分批导入`,
        "too-large",
      ),
    );
  }
  const read = await readBuffer(input);
  if (!read.ok) return failed(read.issue);
  const { buffer } = read;
  const bytes = new Uint8Array(buffer);
  if (isOle2(bytes)) return failed(legacyXlsIssue());
  // Zip-bomb guard: entry count and total unpacked size from the central directory, before anything is inflated.
  const archiveIssue = checkXlsxArchive(bytes, options);
  if (archiveIssue) return failed(archiveIssue);
  const sheets = await readXlsxFile<string>(buffer, { trim: false, parseNumber: (text) => text }).then(
    (value) => ({ ok: true as const, value }),
    (e: unknown) => ({ ok: false as const, issue: readIssue(e) }),
  );
  if (!sheets.ok) return failed(sheets.issue);
  const label = registryKinds[kind];
  const wanted = options.sheet;
  const sheet =
    typeof wanted === "number"
      ? sheets.value[wanted - 1]
      : typeof wanted === "string"
        ? sheets.value.find((s) => s.sheet === wanted)
        : (sheets.value.find((s) => [label.labelZh, label.labelEn, kind].includes(s.sheet)) ?? sheets.value[0]);
  if (!sheet) {
    return failed(
      fileIssue(
        `The workbook has no sheet ${JSON.stringify(wanted)} (sheets: ${sheets.value.map((s) => s.sheet).join(", ")})`,
        `工作簿中没有工作表“${String(wanted)}”(现有:${sheets.value.map((s) => s.sheet).join("、")})`,
      ),
    );
  }
  const rows: SheetRow[] = sheet.data.flatMap((cells, i) =>
    isBlankRow(cells) ? [] : [{ row: i + 1, cells: cells.map(toCell) }],
  );
  return importTable(def, { rows, truncated: false }, options, {
    format: "xlsx",
    unescape: unescapeSharedString,
    meta: { sheet: sheet.sheet },
    maxCellLength: XLSX_MAX_CELL_LENGTH,
  });
};
