import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const TRUE_WORDS = new Set(["是", "对", "有", "√", "✓", "true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["否", "不", "无", "×", "✗", "false", "no", "n", "0"]);

/**
 * Yes or no: `是`/`否` (also `对`, `有`/`无`, `√`/`×`), `true`/`false`, `yes`/`no`, `1`/`0`, any case. Written as
 * `是`/`否` in Chinese, `yes`/`no` in English, `true`/`false` as codes.
 *
 * @example
 * ```ts
 * import { booleanCodec } from "@jiaolianti/core";
 * booleanCodec.decode("否"); // { ok: true, value: false }
 * booleanCodec.decode("TRUE"); // { ok: true, value: true }
 * ```
 */
export const booleanCodec: CellCodec<boolean> = {
  name: "boolean",
  cellType: "text",
  decode: (cell) => {
    const text = normalizeCellText(cell).toLowerCase();
    if (text === "") return decoded(undefined);
    if (TRUE_WORDS.has(text)) return decoded(true);
    if (FALSE_WORDS.has(text)) return decoded(false);
    return undecodable(`"${cell.trim()}" is not yes/no (是/否, true/false)`, `“${cell.trim()}”不是“是”或“否”`);
  },
  encode: (value, { language, values }) =>
    values === "code" ? String(value) : language === "zh" ? (value ? "是" : "否") : value ? "yes" : "no",
};
