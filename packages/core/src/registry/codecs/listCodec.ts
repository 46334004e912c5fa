import { type CellCodec, decoded, undecodable } from "./CellCodec.js";

/** Separators accepted between list items: `；` `;` `|` `,` `，` `、` and line breaks (Alt+Enter in Excel). */
export const LIST_SEPARATORS = /[;；|,，、\r\n]/;

/**
 * A list of values in one cell, e.g. themes `红色文化；思政教育` or grades `3；4；5`. Read with any of
 * {@link LIST_SEPARATORS}; blank items are skipped; every bad item is named. Written joined by `；` (Chinese) or `;`
 * (English). An empty cell is an empty list. The item codec must not produce text containing a separator (ids, codes,
 * labels and weekly slots do not).
 *
 * @example
 * ```ts
 * import { gradeCodec, listCodec } from "@jiaolianti/core";
 * const grades = listCodec(gradeCodec);
 * grades.decode("3、4、初一"); // { ok: true, value: [3, 4, 7] }
 * grades.encode([3, 4], { language: "zh", values: "label" }); // "3；4"
 * ```
 */
export const listCodec = <T>(item: CellCodec<T>): CellCodec<ReadonlyArray<T>> => ({
  name: `list of ${item.name}`,
  cellType: "text",
  decode: (cell) => {
    const parts = cell.split(LIST_SEPARATORS).filter((part) => part.trim() !== "");
    const values: T[] = [];
    const bad: string[] = [];
    const badZh: string[] = [];
    parts.forEach((part, i) => {
      const r = item.decode(part);
      if (r.ok) {
        if (r.value !== undefined) values.push(r.value);
      } else if (parts.length === 1) {
        bad.push(r.message);
        badZh.push(r.messageZh);
      } else {
        bad.push(`item ${i + 1}: ${r.message}`);
        badZh.push(`第 ${i + 1} 项:${r.messageZh}`);
      }
    });
    if (bad.length > 0) return undecodable(bad.join("; "), badZh.join(";"));
    return decoded(values);
  },
  encode: (values, context) => values.map((v) => item.encode(v, context)).join(context.language === "zh" ? "；" : ";"),
});
