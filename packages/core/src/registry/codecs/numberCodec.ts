import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal number (`31.178557`, `-5`, `1e3`, full-width `１２`). Thousands separators, units and words are rejected
 * rather than guessed. Integers and ranges are checked by the record schema. Written in JavaScript's shortest
 * round-trip form, so no precision is lost.
 *
 * @example
 * ```ts
 * import { numberCodec } from "@jiaolianti/core";
 * numberCodec.decode("31.178557"); // { ok: true, value: 31.178557 }
 * numberCodec.decode("1,200").ok; // false
 * ```
 */
export const numberCodec: CellCodec<number> = {
  name: "number",
  cellType: "number",
  decode: (cell) => {
    const text = normalizeCellText(cell);
    if (text === "") return decoded(undefined);
    if (!NUMBER.test(text)) {
      return undecodable(`"${text}" is not a number`, `“${text}”不是数字(请只填阿拉伯数字,不带单位或千位分隔符)`);
    }
    return decoded(Number(text));
  },
  encode: (value) => (Object.is(value, -0) ? "-0" : String(value)),
};
