import type { RegistryColumn } from "../columns/RegistryColumn.js";
import type { RegistryDefinition } from "../RegistryDefinition.js";
import { headerKey } from "./headerKey.js";
import type { ImportIssue } from "./ImportIssue.js";

/** A column of the file matched to a registry column. */
export interface MatchedColumn {
  /** Index of the cell in each row. */
  readonly index: number;
  /** The header as written in the file. */
  readonly header: string;
  readonly column: RegistryColumn;
}

/** How a header row maps onto a registry's columns. */
export interface HeaderMatch {
  readonly matched: ReadonlyArray<MatchedColumn>;
  /** Registry columns the file does not have (their cells read as empty). */
  readonly absent: ReadonlyArray<RegistryColumn>;
  /** Indices of blank header cells: a value under one (or beyond the header's `width`) is an `extra-cell`. */
  readonly blank: ReadonlySet<number>;
  /** Number of header cells. */
  readonly width: number;
  readonly language: "zh" | "en" | "mixed";
  /** Unknown, duplicate and missing columns. */
  readonly issues: ReadonlyArray<ImportIssue>;
}

/** Options of {@link matchHeaders}. */
export interface MatchHeadersOptions {
  /** What to do with a header that is no column of the registry. @default "error" */
  readonly unknownColumns?: "error" | "ignore";
  /** Column keys that may be missing because the import fills them (e.g. `status` from `defaults`). */
  readonly filled?: ReadonlySet<string>;
}

/** The lookup from a header's {@link headerKey} to its column and language, for Chinese, English and key spellings. */
export const headerLookup = (
  def: RegistryDefinition,
): ReadonlyMap<string, { readonly column: RegistryColumn; readonly language: "zh" | "en" | "key" }> => {
  const map = new Map<string, { readonly column: RegistryColumn; readonly language: "zh" | "en" | "key" }>();
  for (const column of def.columns) {
    map.set(headerKey(column.key), { column, language: "key" });
    map.set(headerKey(column.headerEn), { column, language: "en" });
    map.set(headerKey(column.headerZh), { column, language: "zh" });
  }
  return map;
};

/**
 * Matches a header row to a registry's columns: each header by its Chinese or English text, or its column key (case,
 * width and spacing ignored). Reports an unknown header (unless ignored), a column given twice (at the second), and
 * each required column the file lacks — named in the file's header language — all at the header row.
 *
 * @example
 * ```ts
 * import { matchHeaders, registryDefinitions } from "@jiaolianti/core";
 * const m = matchHeaders(registryDefinitions.experts, ["编号", "Status", "备注"], 1);
 * m.issues.map((i) => i.code); // ["unknown-column", "missing-column", "missing-column"]
 * ```
 */
export const matchHeaders = (
  def: RegistryDefinition,
  headers: ReadonlyArray<string>,
  headerRow: number,
  options: MatchHeadersOptions = {},
): HeaderMatch => {
  const lookup = headerLookup(def);
  const matched: MatchedColumn[] = [];
  const blank = new Set<number>();
  const issues: ImportIssue[] = [];
  const seen = new Map<string, string>();
  let zh = 0;
  let en = 0;
  headers.forEach((header, index) => {
    if (header.trim() === "") {
      blank.add(index);
      return;
    }
    const hit = lookup.get(headerKey(header));
    if (!hit) {
      if (options.unknownColumns !== "ignore") {
        issues.push({
          row: headerRow,
          column: header,
          value: header,
          message: `Unknown column "${header}" (not a column of the ${def.kind} list)`,
          messageZh: `未知列“${header}”(不是本清单的列;如确需保留,可选择忽略未知列)`,
          code: "unknown-column",
        });
      }
      return;
    }
    const first = seen.get(hit.column.key);
    if (first !== undefined) {
      issues.push({
        row: headerRow,
        column: header,
        value: header,
        message: `Column "${header}" is given twice (first as "${first}")`,
        messageZh: `列“${header}”重复出现(已有“${first}”)`,
        code: "duplicate-column",
      });
      return;
    }
    seen.set(hit.column.key, header);
    if (hit.language === "zh") zh++;
    if (hit.language === "en") en++;
    matched.push({ index, header, column: hit.column });
  });
  const language = en > 0 && zh === 0 ? "en" : zh > 0 && en > 0 ? "mixed" : "zh";
  const absent = def.columns.filter((c) => !seen.has(c.key));
  for (const column of absent) {
    if (!column.required || options.filled?.has(column.key)) continue;
    const name = language === "en" ? column.headerEn : column.headerZh;
    issues.push({
      row: headerRow,
      column: name,
      value: "",
      message: `Required column "${column.headerEn}" (${column.headerZh}) is missing`,
      messageZh: `缺少必填列“${column.headerZh}”`,
      code: "missing-column",
    });
  }
  return { matched, absent, blank, width: headers.length, language, issues };
};
