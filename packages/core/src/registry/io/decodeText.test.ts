import { describe, expect, test } from "vitest";
import { decodeText } from "./decodeText.js";

const AUTO = { encoding: "auto", maxBytes: 1_000_000 } as const;

// GB18030 (= GBK for these characters) bytes written by hand: 徐 D0EC, 汇 BBE3, 场 B3A1, 所 CBF9.
const XUHUI_GB18030 = new Uint8Array([0xd0, 0xec, 0xbb, 0xe3]);
const CSV_GB18030 = new Uint8Array([0xb3, 0xa1, 0xcb, 0xf9, 0x2c, 0xd0, 0xec, 0xbb, 0xe3]); // 场所,徐汇
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  test("UTF-8 without BOM", () => {
    expect(decodeText(utf8("编号,名称"), AUTO)).toEqual({
      ok: true,
      value: { text: "编号,名称", encoding: "utf-8", bom: false },
    });
  });

  test("UTF-8 with the BOM Excel writes (removed)", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("编号")]);
    expect(decodeText(bytes, AUTO)).toEqual({ ok: true, value: { text: "编号", encoding: "utf-8", bom: true } });
    expect(decodeText(bytes.buffer, AUTO).ok).toBe(true); // ArrayBuffer input
  });

  test("a string with a BOM", () => {
    expect(decodeText("\uFEFF编号", AUTO)).toEqual({
      ok: true,
      value: { text: "编号", encoding: "string", bom: true },
    });
  });

  test("GB18030 bytes are decoded when encoding is auto (Node with full ICU)", () => {
    expect(decodeText(XUHUI_GB18030, AUTO)).toEqual({
      ok: true,
      value: { text: "徐汇", encoding: "gb18030", bom: false },
    });
    const r = decodeText(CSV_GB18030, { encoding: "gb18030", maxBytes: 100 });
    expect(r.ok && r.value.text).toBe("场所,徐汇");
  });

  test("GB18030 bytes are rejected with a clear issue when UTF-8 is required", () => {
    const r = decodeText(XUHUI_GB18030, { encoding: "utf-8", maxBytes: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ row: 0, code: "encoding" });
      expect(r.error.message).toMatch(/not valid UTF-8.*GB18030/);
      expect(r.error.messageZh).toMatch(/CSV UTF-8/);
    }
  });

  test("a runtime without GB18030 (small ICU) rejects with a clear issue instead of mojibake", () => {
    const smallIcu = (label: string, options: { readonly fatal: boolean }) => {
      if (label === "gb18030") throw new RangeError(`The "${label}" encoding is not supported`);
      return new TextDecoder(label, options);
    };
    const r = decodeText(XUHUI_GB18030, AUTO, smallIcu);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("encoding");
  });

  test("UTF-16LE with BOM (Excel's “Unicode text”)", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x16, 0x7f, 0xf7, 0x53]); // 编号
    expect(decodeText(bytes, AUTO)).toEqual({ ok: true, value: { text: "编号", encoding: "utf-16le", bom: true } });
  });

  test("input over maxBytes is rejected before decoding", () => {
    const r = decodeText(new Uint8Array(11), { encoding: "auto", maxBytes: 10 });
    expect(!r.ok && r.error.code).toBe("too-large");
    expect(decodeText("x".repeat(11), { encoding: "auto", maxBytes: 10 }).ok).toBe(false);
  });
});
