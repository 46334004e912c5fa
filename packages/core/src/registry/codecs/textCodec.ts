import { type CellCodec, decoded } from "./CellCodec.js";

/**
 * Free text, kept exactly as written — spaces, quotes, commas and line breaks included — so names and notes survive
 * export → import unchanged. An empty cell is an absent field. Length and characters are checked by the record schema
 * (`boundedText`).
 *
 * @example
 * ```ts
 * import { textCodec } from "@jiaolianti/core";
 * textCodec.decode("龙华烈士陵园"); // { ok: true, value: "龙华烈士陵园" }
 * textCodec.decode(""); // { ok: true, value: undefined }
 * ```
 */
export const textCodec: CellCodec<string> = {
  name: "text",
  cellType: "text",
  decode: (cell) => decoded(cell === "" ? undefined : cell),
  encode: (value) => value,
};
