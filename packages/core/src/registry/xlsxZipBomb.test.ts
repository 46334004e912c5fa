// Zip-bomb and oversized-archive tests of XLSX import. The archives are written here with fflate, the zip library
// read-excel-file already installs (not a dependency of this package's code).
import { Effect } from "effect";
import fc from "fast-check";
import { Deflate, unzipSync, zipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { entityExamples } from "../model/entityExamples.js";
import { exportRegistryXlsx } from "./exportRegistryXlsx.js";
import { DEFAULT_MAX_UNPACKED_BYTES, XLSX_MAX_CELL_LENGTH } from "./import/xlsxLimits.js";
import { importRegistryXlsxEffect } from "./importRegistryEffect.js";
import { importRegistryXlsx } from "./importRegistryXlsx.js";
import { headerCells } from "./io/recordToCells.js";
import { readZipDirectory } from "./io/zipDirectory.js";
import { registryDefinitions } from "./registryDefinitions.js";

// Spy on the workbook reader, to prove that a refused archive is never handed to the unzipper.
vi.mock("read-excel-file/universal", async (importOriginal) => {
  const actual = await importOriginal<typeof import("read-excel-file/universal")>();
  return { ...actual, default: vi.fn(actual.default) };
});
const reader = vi.mocked(readXlsxFile);
beforeEach(() => {
  reader.mockClear();
});

const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Raw DEFLATE of `bytes` zero bytes, streamed 1 MiB at a time (the zeros are never held in memory at once). */
const deflatedZeros = (bytes: number): Uint8Array => {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => {
    chunks.push(chunk);
  });
  const block = new Uint8Array(1024 * 1024);
  for (let left = bytes; left > 0; left -= block.length) {
    const last = left <= block.length;
    deflate.push(last ? block.subarray(0, left) : block, last);
  }
  return concat(chunks);
};

interface RawEntry {
  readonly name: string;
  /** Already-compressed data (method 8) as stored in the archive. */
  readonly data: Uint8Array;
  /** The uncompressed size to declare (it may lie). */
  readonly declaredSize: number;
  /** Write the sizes in a ZIP64 extra field (32-bit fields set to 0xFFFFFFFF) and add ZIP64 end records. */
  readonly zip64?: boolean;
}

/**
 * Writes a ZIP archive of pre-deflated entries with the uncompressed sizes it is told to declare (CRC left 0, which
 * fflate does not check): enough to build zip bombs and lying headers. PKWARE APPNOTE 6.3.10 §4.3.7, §4.3.12, §4.3.14–16.
 */
const rawZip = (entries: ReadonlyArray<RawEntry>): Uint8Array => {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const anyZip64 = entries.some((e) => e.zip64);
  for (const e of entries) {
    const name = enc.encode(e.name);
    const size32 = e.zip64 ? 0xffffffff : e.declaredSize;
    const extra = new Uint8Array(e.zip64 ? 20 : 0);
    if (e.zip64) {
      const x = new DataView(extra.buffer);
      x.setUint16(0, 1, true);
      x.setUint16(2, 16, true);
      x.setBigUint64(4, BigInt(e.declaredSize), true);
      x.setBigUint64(12, BigInt(e.data.length), true);
    }
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, 8, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, e.zip64 ? 0xffffffff : e.declaredSize, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length + extra.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, e.zip64 ? 45 : 20, true);
    c.setUint16(10, 8, true);
    c.setUint32(20, e.zip64 ? 0xffffffff : e.data.length, true);
    c.setUint32(24, size32, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const directory = concat(centrals);
  const tail: Uint8Array[] = [];
  if (anyZip64) {
    const end64 = new Uint8Array(56);
    const z = new DataView(end64.buffer);
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setUint16(12, 45, true);
    z.setUint16(14, 45, true);
    z.setBigUint64(24, BigInt(entries.length), true);
    z.setBigUint64(32, BigInt(entries.length), true);
    z.setBigUint64(40, BigInt(directory.length), true);
    z.setBigUint64(48, BigInt(offset), true);
    const locator = new Uint8Array(20);
    const k = new DataView(locator.buffer);
    k.setUint32(0, 0x07064b50, true);
    k.setBigUint64(8, BigInt(offset + directory.length), true);
    k.setUint32(16, 1, true);
    tail.push(end64, locator);
  }
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, anyZip64 ? 0xffff : entries.length, true);
  d.setUint16(10, anyZip64 ? 0xffff : entries.length, true);
  d.setUint32(12, directory.length, true);
  d.setUint32(16, anyZip64 ? 0xffffffff : offset, true);
  return concat([...locals, directory, ...tail, end]);
};

/** A ZIP of the given files, written by fflate (deflate level 6). */
const zipOf = (files: Readonly<Record<string, Uint8Array>>): Uint8Array => zipSync({ ...files });

/** Sets the declared uncompressed size of the central-directory entry `name` (32-bit field) in place. */
const patchDeclaredSize = (zip: Uint8Array, name: string, size: number): Uint8Array => {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (v.getUint32(at, true) !== 0x02014b50) continue;
    const n = v.getUint16(at + 28, true);
    if (n === enc.length && enc.every((b, i) => out[at + 46 + i] === b)) {
      v.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central entry ${name}`);
};

const MiB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";

/** A real one-row expert workbook. */
const workbook = () => exportRegistryXlsx("experts", [entityExamples.Staff]);

describe("readZipDirectory", () => {
  test("reads entry count and unpacked size of a real workbook, equal to what fflate unpacks", async () => {
    const bytes = await workbook();
    const files = unzipSync(bytes);
    const r = readZipDirectory(bytes);
    expect(r).toEqual({
      ok: true,
      value: {
        entries: Object.keys(files).length,
        unpackedBytes: Object.values(files).reduce((n, f) => n + f.length, 0),
        largestEntryBytes: Math.max(...Object.values(files).map((f) => f.length)),
      },
    });
  });

  test("for any archive fflate writes, counts and sizes match the files", () => {
    const files = fc.dictionary(
      fc.stringMatching(/^[a-z]{1,8}(?:\/[a-z]{1,8})?\.xml$/),
      fc.uint8Array({ maxLength: 2_000 }),
      { maxKeys: 12 },
    );
    fc.assert(
      fc.property(files, (map) => {
        const r = readZipDirectory(zipSync(map));
        const sizes = Object.values(map).map((f) => f.length);
        return (
          r.ok &&
          r.value.entries === sizes.length &&
          r.value.unpackedBytes === sizes.reduce((a, b) => a + b, 0) &&
          r.value.largestEntryBytes === Math.max(0, ...sizes)
        );
      }),
      { numRuns: 60 },
    );
  });

  test("never throws on arbitrary or truncated bytes: a malformed archive is a failure", async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = readZipDirectory(bytes);
        return r.ok || r.error.reason === "malformed";
      }),
    );
    const bytes = await workbook();
    for (const cut of [1, 30, 100]) {
      // The end record survives a cut at the front; the central headers it points at then sit elsewhere.
      expect(readZipDirectory(bytes.subarray(cut))).toMatchObject({ ok: false, error: { reason: "malformed" } });
    }
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 1))).toMatchObject({ ok: false });
  });

  test("ZIP64 sizes are read from the extra field", () => {
    const zip = rawZip([{ name: SHEET, data: deflatedZeros(1_000), declaredSize: 2 ** 40, zip64: true }]);
    expect(readZipDirectory(zip)).toEqual({
      ok: true,
      value: { entries: 1, unpackedBytes: 2 ** 40, largestEntryBytes: 2 ** 40 },
    });
  });

  test("more entries than allowed is refused before the headers are walked", () => {
    const zip = zipOf(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)])));
    expect(readZipDirectory(zip, 10)).toEqual({ ok: false, error: { reason: "too-many-entries", entries: 50 } });
    expect(readZipDirectory(zip, 50).ok).toBe(true);
  });
});

describe("XLSX import refuses zip bombs before decompressing", () => {
  test("a real bomb: 24 MiB of zeros in ≈ 24 KB, with a 16 MiB limit", async () => {
    const data = deflatedZeros(24 * MiB);
    expect(data.length).toBeLessThan(100_000);
    const bomb = rawZip([{ name: SHEET, data, declaredSize: 24 * MiB }]);
    const r = await importRegistryXlsx("experts", bomb, { maxUnpackedBytes: 16 * MiB });
    expect(r).toMatchObject({ ok: false, errors: [{ row: 0, code: "unpacked-too-large" }] });
    expect(r.errors[0]?.message).toContain("16.0 MiB");
    expect(r.errors[0]?.messageZh).toContain("压缩炸弹");
    expect(reader).not.toHaveBeenCalled();
  });

  test("the default limit: a workbook declaring 300 MiB, or 1 TiB through ZIP64, is refused", async () => {
    const patched = patchDeclaredSize(await workbook(), SHEET, 300 * MiB);
    const a = await importRegistryXlsx("experts", patched);
    expect(a.errors).toMatchObject([{ code: "unpacked-too-large" }]);
    const zip64 = rawZip([{ name: SHEET, data: deflatedZeros(1_000), declaredSize: 2 ** 40, zip64: true }]);
    const b = await importRegistryXlsx("experts", new Blob([zip64]));
    expect(b.errors).toMatchObject([{ code: "unpacked-too-large" }]);
    expect(300 * MiB).toBeGreaterThan(DEFAULT_MAX_UNPACKED_BYTES);
    expect(reader).not.toHaveBeenCalled();
  });

  test("too many archive entries is refused", async () => {
    const files = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`x/${i}.xml`, new Uint8Array(0)]));
    const r = await importRegistryXlsx("experts", zipOf(files));
    expect(r.errors).toMatchObject([{ row: 0, code: "too-many-entries" }]);
    expect(r.errors[0]?.message).toContain("1001 files, more than the limit of 1000");
    expect((await importRegistryXlsx("experts", zipOf(files), { maxZipEntries: 5 })).errors[0]?.message).toContain(
      "limit of 5",
    );
    expect(reader).not.toHaveBeenCalled();
  });

  test("the Effect variant fails with an ImportError naming the limit, in English and Chinese", async () => {
    const bomb = rawZip([{ name: SHEET, data: deflatedZeros(4 * MiB), declaredSize: 4 * MiB }]);
    const error = await Effect.runPromise(
      Effect.flip(importRegistryXlsxEffect("experts", bomb, { maxUnpackedBytes: MiB })),
    );
    expect(error).toMatchObject({
      _tag: "ImportError",
      reason: "invalid-file",
      issues: [{ code: "unpacked-too-large" }],
    });
    expect(error.message).toContain("limit of 1.0 MiB");
    expect(error.messageZh).toContain("超过上限 1.0 MiB");
  });

  test("a workbook within the limits is read as before", async () => {
    const r = await importRegistryXlsx("experts", await workbook());
    expect(r.ok).toBe(true);
    expect(reader).toHaveBeenCalledOnce();
  });

  test("an entry that under-declares its size is inflated only up to the declared size (fflate's fixed buffer)", () => {
    // The guard trusts declared sizes; this is why that is safe with the unzipper read-excel-file uses.
    const lying = rawZip([{ name: SHEET, data: deflatedZeros(8 * MiB), declaredSize: 1_000 }]);
    expect(readZipDirectory(lying)).toMatchObject({ ok: true, value: { unpackedBytes: 1_000 } });
    expect(unzipSync(lying)[SHEET]?.length).toBe(1_000);
  });
});

describe("Excel's cell limit on import", () => {
  const header = headerCells(registryDefinitions.experts, "zh")[3] as string;

  test.each([
    [XLSX_MAX_CELL_LENGTH + 1, "cell-too-long"],
    [XLSX_MAX_CELL_LENGTH, "invalid-record"], // within Excel's limit: the model's own length rule applies
  ])("a %i-character cell is reported as %s at its row and column", async (length, code) => {
    const staff = { ...entityExamples.Staff, displayName: "长".repeat(length) };
    const r = await importRegistryXlsx("experts", await exportRegistryXlsx("experts", [staff]));
    expect(r.ok).toBe(false);
    expect(r.errors).toMatchObject([{ row: 2, column: header, code }]);
    if (code === "cell-too-long") {
      expect(r.errors[0]?.message).toContain(`${length} characters`);
      expect(r.errors[0]?.value.length).toBeLessThanOrEqual(201);
    }
  });
});
