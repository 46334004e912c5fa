import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

/** The Chinese and English labels of one code. */
export interface CodeLabels {
  readonly labelZh: string;
  readonly labelEn: string;
}

const key = (text: string): string => normalizeCellText(text).toLowerCase();

/**
 * One value of a closed code list, read by its code (`red-culture`), its Chinese label (`红色文化`), its English label
 * (`Red culture`, any case) or an extra alias; written as the label of the export language, or as the code. Labels
 * must be unique within the list (the registry tests check every list), so reading a written label is exact.
 *
 * @param codes - the codes, in order.
 * @param labels - labels per code (e.g. a descriptor table such as `venueThemes`).
 * @param aliases - further accepted spellings, e.g. `{ "高德": "GCJ02" }`.
 * @example
 * ```ts
 * import { enumCodec, venueThemes, VENUE_THEME_CODES } from "@jiaolianti/core";
 * const theme = enumCodec(VENUE_THEME_CODES, venueThemes);
 * theme.decode("红色文化"); // { ok: true, value: "red-culture" }
 * theme.encode("film", { language: "en", values: "label" }); // "Film"
 * ```
 */
export const enumCodec = <const C extends string>(
  codes: ReadonlyArray<C>,
  labels: Readonly<Record<C, CodeLabels>>,
  aliases: Readonly<Record<string, C>> = {},
): CellCodec<C> => {
  const lookup = new Map<string, C>();
  for (const code of codes) {
    lookup.set(key(code), code);
    lookup.set(key(labels[code].labelZh), code);
    lookup.set(key(labels[code].labelEn), code);
  }
  for (const [alias, code] of Object.entries(aliases)) lookup.set(key(alias), code);
  const listed = codes.map((c) => labels[c].labelZh).join("、");
  return {
    name: "code",
    cellType: "text",
    decode: (cell) => {
      const k = key(cell);
      if (k === "") return decoded(undefined);
      const code = lookup.get(k);
      if (code !== undefined) return decoded(code);
      return undecodable(
        `"${cell.trim()}" is not one of: ${codes.join(", ")} (or their labels)`,
        `“${cell.trim()}”不是可选值之一:${listed}`,
      );
    },
    encode: (value, { language, values }) => {
      const l = labels[value];
      if (values === "code" || !l) return value;
      return language === "zh" ? l.labelZh : l.labelEn;
    },
  };
};

/**
 * Labels for a code list that is not a descriptor table, written as data: `[code, labelZh, labelEn]` rows.
 *
 * @example
 * ```ts
 * import { codeLabels } from "@jiaolianti/core";
 * const roles = codeLabels([["lead", "牵头", "Lead"], ["support", "配合", "Support"]]);
 * roles.lead.labelZh; // "牵头"
 * ```
 */
export const codeLabels = <const C extends string>(
  rows: ReadonlyArray<readonly [C, string, string]>,
): Readonly<Record<C, CodeLabels>> =>
  Object.fromEntries(rows.map(([code, labelZh, labelEn]) => [code, { labelZh, labelEn }])) as Record<C, CodeLabels>;
