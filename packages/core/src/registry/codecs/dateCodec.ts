import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

const pad = (n: number | string): string => String(n).padStart(2, "0");

/**
 * A calendar date, written `YYYY-MM-DD`; also read as `2025/9/1`, `2025.9.1` or `2025年9月1日` (what Excel and WPS
 * users type) and from spreadsheet date cells. Impossible dates (`2025-02-30`) are left to the record schema, which
 * rejects them.
 *
 * @example
 * ```ts
 * import { dateCodec } from "@jiaolianti/core";
 * dateCodec.decode("2025年9月1日"); // { ok: true, value: "2025-09-01" }
 * ```
 */
export const dateCodec: CellCodec<string> = {
  name: "date",
  cellType: "text",
  decode: (cell) => {
    const text = normalizeCellText(cell);
    if (text === "") return decoded(undefined);
    const m = DATE.exec(text);
    if (!m) {
      return undecodable(
        `"${text}" is not a date (expected YYYY-MM-DD, e.g. 2025-09-01)`,
        `“${text}”不是日期(应为 年-月-日,如 2025-09-01)`,
      );
    }
    return decoded(`${m[1]}-${pad(m[2] ?? "")}-${pad(m[3] ?? "")}`);
  },
  encode: (value) => value,
  fromDate: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
};
