import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const ZH_NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

/** 预备 (Shanghai's preparatory year) = 6; 初一–初三 = 7–9; 高一–高三 = 10–12 (grade numbering of the model). */
const STAGE_NAMES: Readonly<Record<string, number>> = {
  预备: 6,
  六年级预备: 6,
  初一: 7,
  初二: 8,
  初三: 9,
  高一: 10,
  高二: 11,
  高三: 12,
};

/**
 * A school grade 1–12: `4`, `4年级`, `四年级`, `预备` (6), `初一`–`初三` (7–9), `高一`–`高三` (10–12). Written as the
 * number. Out-of-range numbers are left to the record schema.
 *
 * Source: model `Grade` (小学一年级 = 1 … 高中三年级 = 12; Shanghai 5+4+3 and the national 6+3+3 agree on the number).
 *
 * @example
 * ```ts
 * import { gradeCodec } from "@jiaolianti/core";
 * gradeCodec.decode("初二"); // { ok: true, value: 8 }
 * gradeCodec.decode("四年级"); // { ok: true, value: 4 }
 * ```
 */
export const gradeCodec: CellCodec<number> = {
  name: "grade",
  cellType: "text",
  decode: (cell) => {
    const text = normalizeCellText(cell).replace(/\s/g, "");
    if (text === "") return decoded(undefined);
    const stage = STAGE_NAMES[text];
    if (stage !== undefined) return decoded(stage);
    const m = /^(\d{1,2}|[一二三四五六七八九十]{1,2})(?:年级)?$/.exec(text);
    const n = m?.[1] === undefined ? undefined : /^\d+$/.test(m[1]) ? Number(m[1]) : ZH_NUMERALS[m[1]];
    if (n === undefined) {
      return undecodable(
        `"${cell.trim()}" is not a grade (1–12, 四年级, 初一, 高一 …)`,
        `“${cell.trim()}”不是年级(应为 1–12,或如 四年级、初一、高一)`,
      );
    }
    return decoded(n);
  },
  encode: (value) => String(value),
};
