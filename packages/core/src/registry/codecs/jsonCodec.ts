import { type CellCodec, decoded, undecodable } from "./CellCodec.js";

/**
 * A nested part of a record that does not fit flat columns (a venue's sessions, closures and admission history),
 * as JSON text in one cell. An empty cell is an empty list. The record schema validates the content and its issues
 * are reported at this column with the path inside (e.g. `[0].capacity`).
 *
 * @example
 * ```ts
 * import { jsonListCodec } from "@jiaolianti/core";
 * jsonListCodec.decode('[{"status":"admitted","date":"2025-10-01"}]').ok; // true
 * jsonListCodec.decode("").ok; // true, value []
 * jsonListCodec.decode("[{").ok; // false
 * ```
 */
export const jsonListCodec: CellCodec<ReadonlyArray<unknown>> = {
  name: "json",
  cellType: "text",
  decode: (cell) => {
    if (cell.trim() === "") return decoded([]);
    try {
      return decoded(JSON.parse(cell) as ReadonlyArray<unknown>);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return undecodable(`not valid JSON (${why})`, `不是有效的 JSON(${why})`);
    }
  },
  encode: (value) => (value.length === 0 ? "" : JSON.stringify(value)),
};
