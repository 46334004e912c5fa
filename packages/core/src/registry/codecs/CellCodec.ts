/** The outcome of reading one cell: a value (`undefined` = the cell is empty, the field is absent) or why not. */
export type CellDecoded<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly message: string; readonly messageZh: string };

/** How cells are written on export. */
export interface EncodeContext {
  /** Language of labels (enum values, yes/no, weekdays) and list separators. */
  readonly language: "zh" | "en";
  /** Write code-list values as labels of `language` (`"label"`) or as machine codes (`"code"`). */
  readonly values: "label" | "code";
}

/**
 * Turns the text of one spreadsheet cell into a typed value and back. Decoding is lenient where people are (labels in
 * Chinese or English, `是`/`否`, `2025/9/1`, full-width digits, `；` or `;` between list items) and encoding is
 * canonical, so `decode(encode(v))` returns `v` for every value the model accepts (the round trip the registry
 * export → import property test checks). The record schema, not the codec, judges ranges and lengths.
 *
 * @example
 * ```ts
 * import { booleanCodec } from "@jiaolianti/core";
 * booleanCodec.decode("是"); // { ok: true, value: true }
 * booleanCodec.encode(true, { language: "zh", values: "label" }); // "是"
 * ```
 */
export interface CellCodec<T> {
  /** Short name for documentation and error messages, e.g. `"integer"`. */
  readonly name: string;
  /** Cell text → value. Empty text gives the codec's empty value (`undefined`, or `[]` for lists). */
  decode(cell: string): CellDecoded<T>;
  /** Value → cell text (`""` for an empty list). */
  encode(value: T, context: EncodeContext): string;
  /** How an XLSX writer types the cell: numbers as numbers (so Excel can sum them), everything else as text. */
  readonly cellType: "text" | "number";
  /** Text for a date cell of a spreadsheet (read from XLSX), in the form `decode` reads; ISO 8601 when absent. */
  fromDate?(date: Date): string;
}

/**
 * A successful {@link CellDecoded}.
 *
 * @example
 * ```ts
 * import { decoded } from "@jiaolianti/core";
 * decoded(42); // { ok: true, value: 42 }
 * ```
 */
export const decoded = <T>(value: T | undefined): CellDecoded<T> => ({ ok: true, value });

/**
 * A failed {@link CellDecoded} with English and Chinese messages.
 *
 * @example
 * ```ts
 * import { undecodable } from "@jiaolianti/core";
 * undecodable("not a number", "不是数字"); // { ok: false, message: "not a number", messageZh: "不是数字" }
 * ```
 */
export const undecodable = (message: string, messageZh: string): CellDecoded<never> => ({
  ok: false,
  message,
  messageZh,
});

/**
 * Normalises text typed by a person for matching: Unicode NFKC (full-width letters, digits, colons and brackets become
 * ASCII), trimmed, inner whitespace collapsed to one space.
 *
 * @example
 * ```ts
 * import { normalizeCellText } from "@jiaolianti/core";
 * normalizeCellText(" １２：３０ "); // "12:30"
 * ```
 */
export const normalizeCellText = (text: string): string => text.normalize("NFKC").trim().replace(/\s+/g, " ");
