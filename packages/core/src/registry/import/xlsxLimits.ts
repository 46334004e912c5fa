import { readZipDirectory } from "../io/zipDirectory.js";
import type { ImportIssue } from "./ImportIssue.js";

/**
 * Default most bytes an XLSX workbook may unpack to (256 MiB). Measured: 10 000 rows of the widest registry (venues)
 * unpack to ≈ 8 MB (≈ 11 × the file), so the default row limit (100 000) fits with room to spare, while a zip bomb
 * (kilobytes that unpack to gigabytes) is refused before it is inflated.
 */
export const DEFAULT_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Default most entries an XLSX archive may hold: a registry workbook has about ten (sheets, styles, relations). */
export const DEFAULT_MAX_ZIP_ENTRIES = 1_000;

/**
 * The most characters one Excel cell holds (32 767): Excel cuts or refuses longer text, so a workbook with a longer
 * cell was not written by Excel or WPS and its value may have been cut on the way.
 *
 * Source: Microsoft Support, "Excel specifications and limits" (Total number of characters that a cell can contain:
 * 32,767 characters).
 */
export const XLSX_MAX_CELL_LENGTH = 32_767;

/** The archive limits of an XLSX import. */
export interface XlsxArchiveLimits {
  /** Largest total unpacked size, in bytes. @default 256 MiB ({@link DEFAULT_MAX_UNPACKED_BYTES}) */
  readonly maxUnpackedBytes?: number;
  /** Most entries (files) in the archive. @default 1 000 ({@link DEFAULT_MAX_ZIP_ENTRIES}) */
  readonly maxZipEntries?: number;
}

const fileIssue = (code: ImportIssue["code"], message: string, messageZh: string): ImportIssue => ({
  row: 0,
  column: "",
  value: "",
  message,
  messageZh,
  code,
});

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * Checks an XLSX file's ZIP central directory against the archive limits before anything is decompressed: the number
 * of entries (`too-many-entries`) and the total declared unpacked size (`unpacked-too-large`); a directory that
 * cannot be read is `not-xlsx`. Returns the issue for the first limit hit, or `undefined` when the archive is within
 * its limits. (The compressed size is checked before, against `maxBytes`.)
 *
 * @example
 * ```ts
 * import { checkXlsxArchive } from "@jiaolianti/core";
 * checkXlsxArchive(new Uint8Array([1, 2, 3]), {})?.code; // "not-xlsx"
 * ```
 */
export const checkXlsxArchive = (bytes: Uint8Array, limits: XlsxArchiveLimits): ImportIssue | undefined => {
  const maxEntries = limits.maxZipEntries ?? DEFAULT_MAX_ZIP_ENTRIES;
  const maxUnpacked = limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  const directory = readZipDirectory(bytes, maxEntries);
  if (!directory.ok) {
    const failure = directory.error;
    return failure.reason === "too-many-entries"
      ? fileIssue(
          "too-many-entries",
          `The workbook archive holds ${failure.entries} files, more than the limit of ${maxEntries}; it is not a plain registry workbook (save it again from Excel or raise maxZipEntries)`,
          `该工作簿压缩包内含 ${failure.entries} 个文件,超过上限 ${maxEntries} 个,不是常规的清单工作簿;请在 Excel 中重新保存后再导入`,
        )
      : fileIssue(
          "not-xlsx",
          `Not a readable .xlsx workbook (${failure.detail})`,
          "无法读取该文件:不是有效的 .xlsx 工作簿(压缩包目录损坏)",
        );
  }
  const { unpackedBytes } = directory.value;
  if (unpackedBytes > maxUnpacked) {
    return fileIssue(
      "unpacked-too-large",
      `The workbook would unpack to ${mib(unpackedBytes)} (${unpackedBytes} bytes), more than the limit of ${mib(maxUnpacked)}; it may be a zip bomb — split the list or raise maxUnpackedBytes`,
      `该工作簿解压后将达 ${mib(unpackedBytes)},超过上限 ${mib(maxUnpacked)},可能是恶意压缩文件(“压缩炸弹”);请拆分文件后分批导入`,
    );
  }
  return undefined;
};
