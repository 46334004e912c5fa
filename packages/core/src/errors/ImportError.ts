import { Data } from "effect";
import type { RegistryKind } from "../descriptors/registryKinds.js";
import { FILE_LEVEL_ISSUE_CODES, type ImportIssue } from "../registry/import/ImportIssue.js";

/**
 * Why an import failed as a whole:
 * - `invalid-file`: the file could not be read as a table of this registry (encoding, size, malformed quoting, an
 *   unreadable spreadsheet, unknown / duplicate / missing columns). Issues sit at row 0 (the file) or row of the header.
 * - `invalid-rows`: the table was read, but rows are invalid; with the default all-or-nothing import nothing was taken.
 */
export type ImportFailureReason = "invalid-file" | "invalid-rows";

/**
 * A registry file (CSV or XLSX) could not be imported. Carries every issue found — each with the spreadsheet `row`
 * (header = 1), the `column` header text, the cell `value` and messages in English and Chinese — so a district officer
 * can fix the whole file in one pass. `message` is English, `messageZh` is for a district officer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { importRegistryCsvEffect } from "@jiaolianti/core";
 * const exit = await Effect.runPromiseExit(importRegistryCsvEffect("venues", "编号,名称\nv1,龙华"));
 * // Failure: ImportError, reason "invalid-file" (required columns are missing)
 * ```
 */
export class ImportError extends Data.TaggedError("ImportError")<{
  /** The registry being imported. */
  readonly registry: RegistryKind;
  readonly format: "csv" | "xlsx";
  readonly reason: ImportFailureReason;
  /** Every issue, by row then column. */
  readonly issues: ReadonlyArray<ImportIssue>;
  readonly message: string;
  readonly messageZh: string;
}> {}

/**
 * Builds an {@link ImportError} for `registry` from its issues, with a summary in English and Chinese; the reason is
 * `invalid-file` when any issue concerns the file as a whole.
 *
 * @example
 * ```ts
 * import { importError, importRegistryCsv } from "@jiaolianti/core";
 * const r = importRegistryCsv("experts", "编号\ns-1");
 * if (!r.ok) importError("experts", "csv", r.errors).reason; // "invalid-file"
 * ```
 */
export const importError = (
  registry: RegistryKind,
  format: "csv" | "xlsx",
  issues: ReadonlyArray<ImportIssue>,
): ImportError => {
  const fileLevel = issues.some((i) => FILE_LEVEL_ISSUE_CODES.has(i.code));
  const rows = new Set(issues.filter((i) => i.row > 1).map((i) => i.row)).size;
  const first = issues[0];
  const where = first ? ` (first: row ${first.row}, ${first.column || "file"}: ${first.message})` : "";
  const whereZh = first ? `(首个问题:第 ${first.row} 行,${first.column || "文件"}:${first.messageZh})` : "";
  return new ImportError({
    registry,
    format,
    reason: fileLevel ? "invalid-file" : "invalid-rows",
    issues,
    message: fileLevel
      ? `Cannot import the ${registry} ${format.toUpperCase()} file: ${issues.length} issue(s)${where}`
      : `Nothing imported into ${registry}: ${rows} invalid row(s), ${issues.length} issue(s)${where}`,
    messageZh: fileLevel
      ? `无法导入该 ${format.toUpperCase()} 文件:共 ${issues.length} 个问题${whereZh}`
      : `未导入任何记录:${rows} 行数据有误,共 ${issues.length} 个问题${whereZh}`,
  });
};
