import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const LOOKS_LIKE_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * An instant, ISO 8601 with seconds and an offset (`2025-09-01T08:30:00+08:00`); a space instead of `T` is accepted.
 * A time without an offset is rejected by the record schema (it is ambiguous across systems). Spreadsheet date cells
 * are read as UTC instants.
 *
 * @example
 * ```ts
 * import { dateTimeCodec } from "@jiaolianti/core";
 * dateTimeCodec.decode("2025-09-01 08:30:00+08:00"); // { ok: true, value: "2025-09-01T08:30:00+08:00" }
 * ```
 */
export const dateTimeCodec: CellCodec<string> = {
  name: "date-time",
  cellType: "text",
  decode: (cell) => {
    const text = normalizeCellText(cell);
    if (text === "") return decoded(undefined);
    if (!LOOKS_LIKE_DATE_TIME.test(text)) {
      return undecodable(
        `"${text}" is not a date-time (expected e.g. 2025-09-01T08:30:00+08:00)`,
        `“${text}”不是日期时间(应为如 2025-09-01T08:30:00+08:00,须带时区)`,
      );
    }
    return decoded(text.replace(" ", "T"));
  },
  encode: (value) => value,
  fromDate: (d) => d.toISOString(),
};
