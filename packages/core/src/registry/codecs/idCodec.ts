import { type CellCodec, decoded } from "./CellCodec.js";

/**
 * An id or a machine code (`xh-venue-001`, `football`): trimmed and NFKC-normalised, so full-width characters typed
 * with a Chinese input method (`ｘｈ－ｖｅｎｕｅ`) become ASCII. The record schema checks the id charset.
 *
 * @example
 * ```ts
 * import { idCodec } from "@jiaolianti/core";
 * idCodec.decode(" xh-venue-001 "); // { ok: true, value: "xh-venue-001" }
 * ```
 */
export const idCodec: CellCodec<string> = {
  name: "id",
  cellType: "text",
  decode: (cell) => {
    const text = cell.normalize("NFKC").trim();
    return decoded(text === "" ? undefined : text);
  },
  encode: (value) => value,
};
