import { err, ok, type Result } from "../../result/Result.js";
import type { ImportIssue } from "../import/ImportIssue.js";

/** Which text encoding to read bytes with: detect (`auto`), or insist on one. */
export type TextEncodingOption = "auto" | "utf-8" | "gb18030";

/** Text read from a file, with the encoding it was read with and whether it began with a byte order mark. */
export interface DecodedText {
  readonly text: string;
  /** `"utf-8"`, `"utf-16le"`, `"utf-16be"`, `"gb18030"`, or `"string"` when text was passed in. */
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "string";
  readonly bom: boolean;
}

/** The part of a `TextDecoder` used here. */
export interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

/** Makes a `TextDecoder`; injectable so a runtime without GB18030 (Node built with small ICU) can be simulated. */
export type DecoderFactory = (label: string, options: { readonly fatal: boolean }) => TextDecoderLike;

const defaultDecoder: DecoderFactory = (label, options) => new TextDecoder(label, options);

const issue = (code: "encoding" | "too-large" | "empty", message: string, messageZh: string): ImportIssue => ({
  row: 0,
  column: "",
  value: "",
  message,
  messageZh,
  code,
});

const tryDecode = (make: DecoderFactory, label: string, bytes: Uint8Array): string | undefined => {
  let decoder: TextDecoderLike;
  try {
    decoder = make(label, { fatal: true });
  } catch {
    return undefined; // the runtime does not know this encoding
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined; // invalid bytes for this encoding
  }
};

/**
 * Reads the text of an uploaded CSV file. A UTF-8 byte order mark (what Excel's "CSV UTF-8" writes) is removed; a
 * UTF-16 one (Excel's "Unicode text") selects UTF-16. Bytes that are not valid UTF-8 are read as GB18030 (a superset
 * of GBK and GB2312, what Excel on a Chinese Windows writes as "CSV") when `encoding` is `"auto"` — or rejected with an
 * issue saying how to re-save the file when GB18030 is refused or the runtime cannot decode it. Sizes over `maxBytes`
 * are rejected before decoding (for a string: its length in UTF-16 code units).
 *
 * Source: WHATWG Encoding Standard (`TextDecoder`, `fatal`; gb18030); GB 18030-2022.
 *
 * @example
 * ```ts
 * import { decodeText } from "@jiaolianti/core";
 * const r = decodeText(new Uint8Array([0xd0, 0xec, 0xbb, 0xe3]), { encoding: "auto", maxBytes: 1024 });
 * if (r.ok) console.log(r.value.text, r.value.encoding); // "徐汇" "gb18030"
 * ```
 */
export const decodeText = (
  input: string | Uint8Array | ArrayBuffer,
  options: { readonly encoding: TextEncodingOption; readonly maxBytes: number },
  makeDecoder: DecoderFactory = defaultDecoder,
): Result<DecodedText, ImportIssue> => {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > options.maxBytes) {
    return err(
      issue(
        "too-large",
        `The file is ${size} bytes, more than the limit of ${options.maxBytes}; split it or raise maxBytes`,
        `文件大小 ${size} 字节,超过上限 ${options.maxBytes} 字节;请拆分文件后分批导入`,
      ),
    );
  }
  if (typeof input === "string") {
    const bom = input.charCodeAt(0) === 0xfeff;
    return ok({ text: bom ? input.slice(1) : input, encoding: "string", bom });
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(makeDecoder, "utf-8", bytes.subarray(3));
    if (text !== undefined) return ok({ text, encoding: "utf-8", bom: true });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = tryDecode(makeDecoder, label, bytes.subarray(2));
    if (text !== undefined) return ok({ text, encoding: label, bom: true });
  }
  if (options.encoding === "gb18030") {
    const gb = tryDecode(makeDecoder, "gb18030", bytes);
    if (gb !== undefined) return ok({ text: gb, encoding: "gb18030", bom: false });
  }
  const utf8 = tryDecode(makeDecoder, "utf-8", bytes);
  if (utf8 !== undefined) return ok({ text: utf8, encoding: "utf-8", bom: false });
  if (options.encoding === "utf-8") {
    return err(
      issue(
        "encoding",
        "The file is not valid UTF-8 (it may be GB18030/GBK); save it from Excel as “CSV UTF-8”, or import with encoding “auto”",
        "文件不是 UTF-8 编码(可能是 GB18030/GBK);请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后再导入",
      ),
    );
  }
  const gb = tryDecode(makeDecoder, "gb18030", bytes);
  if (gb !== undefined) return ok({ text: gb, encoding: "gb18030", bom: false });
  return err(
    issue(
      "encoding",
      "The file is neither UTF-8 nor GB18030 that this runtime can read; save it from Excel as “CSV UTF-8” and import again",
      "无法识别文件编码(既不是 UTF-8,当前环境也无法按 GB18030 读取);请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后再导入",
    ),
  );
};
