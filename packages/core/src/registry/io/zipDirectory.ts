import { err, ok, type Result } from "../../result/Result.js";

/** What the central directory of a ZIP archive declares, read without decompressing anything. */
export interface ZipDirectory {
  /** Entries in the central directory (files and folders). */
  readonly entries: number;
  /**
   * Sum of the uncompressed sizes the entries declare, in bytes (a ZIP64 size counts at the larger of its 32-bit
   * field and its ZIP64 extra field, so a header cannot under-declare by omitting the ZIP64 locator).
   */
  readonly unpackedBytes: number;
  /** The largest declared uncompressed size of one entry, in bytes. */
  readonly largestEntryBytes: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

/** Why a central directory was not read: it cannot be walked, or it declares more entries than allowed. */
export type ZipDirectoryFailure =
  | { readonly reason: "malformed"; readonly detail: string }
  | { readonly reason: "too-many-entries"; readonly entries: number };

const malformed = (detail: string): Result<never, ZipDirectoryFailure> => err({ reason: "malformed", detail });

const u64 = (view: DataView, at: number): number => Number(view.getBigUint64(at, true));

/** Offset of the end-of-central-directory record, searched backwards over the longest possible comment. */
const findEocd = (view: DataView): number => {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
};

/** The uncompressed size in a central header's ZIP64 extra field (id 1), if the 32-bit field defers to it. */
const zip64Size = (view: DataView, extraStart: number, extraLength: number): number | undefined => {
  const end = Math.min(extraStart + extraLength, view.byteLength);
  for (let at = extraStart; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    // The uncompressed size is the first 8-byte value of the ZIP64 extra field (APPNOTE 4.5.3).
    if (id === 0x0001) return at + 12 <= end ? u64(view, at + 4) : undefined;
    at += 4 + size;
  }
  return undefined;
};

/**
 * Reads the central directory of a ZIP archive (an XLSX workbook is one) and returns how many entries it holds and
 * how many bytes they declare uncompressed — before anything is inflated, so a zip bomb is refused at the cost of a
 * few kilobytes of reading. Entries are walked exactly as fflate 0.8 (the unzipper of read-excel-file) walks them:
 * the entry count of the end record (or the ZIP64 end record), each central header in turn. More entries than
 * `maxEntries` is refused before any header is read. A directory that cannot
 * be walked (no end record, a header outside the file or with a wrong signature) is a failure, so nothing the check
 * has not seen is ever inflated. fflate allocates each entry's output at its declared size and does not grow it, so
 * an entry that under-declares its size is cut, never inflated past the declared total.
 *
 * Source: PKWARE APPNOTE.TXT 6.3.10, §4.3.12 (central directory header), §4.3.14–4.3.16 (ZIP64 and end records),
 * §4.5.3 (ZIP64 extra field).
 *
 * @example
 * ```ts
 * import { readZipDirectory } from "@jiaolianti/core";
 * const r = readZipDirectory(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
 * r.ok && r.value.entries; // 0 (an empty archive)
 * ```
 */
export const readZipDirectory = (
  bytes: Uint8Array,
  maxEntries = Number.POSITIVE_INFINITY,
): Result<ZipDirectory, ZipDirectoryFailure> => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < EOCD_SIZE) return malformed("too short to be a ZIP archive");
  const eocd = findEocd(view);
  if (eocd < 0) return malformed("no ZIP end-of-central-directory record");
  // fflate reads the count "on this disk" (offset 8); the total (offset 10) is taken too, whichever is larger.
  let entries = Math.max(view.getUint16(eocd + 8, true), view.getUint16(eocd + 10, true));
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = u64(view, eocd - 12);
    if (at + 56 > bytes.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) {
      return malformed("the ZIP64 end record is missing or outside the file");
    }
    entries = Math.max(entries === U16_MAX ? 0 : entries, u64(view, at + 24), u64(view, at + 32));
    offset = u64(view, at + 48);
  }
  if (entries > maxEntries) return err({ reason: "too-many-entries", entries });
  let unpackedBytes = 0;
  let largestEntryBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      return malformed(`central directory entry ${i + 1} of ${entries} is missing or damaged`);
    }
    const declared = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const extended = declared === U32_MAX ? zip64Size(view, offset + 46 + nameLength, extraLength) : undefined;
    const size = Math.max(declared, extended ?? 0);
    unpackedBytes += size;
    largestEntryBytes = Math.max(largestEntryBytes, size);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return ok({ entries, unpackedBytes, largestEntryBytes });
};
