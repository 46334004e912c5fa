import writeXlsxFile, { type Row } from "write-excel-file/universal";
import { type RegistryKind, registryKinds } from "../descriptors/registryKinds.js";
import type { ExportOptions } from "./io/ExportOptions.js";
import { headerCells, recordToCells } from "./io/recordToCells.js";
import { escapeSharedString } from "./io/sharedStringEscape.js";
import type { RegistryRecordInput } from "./RegistryDefinition.js";
import { registryDefinitions } from "./registryDefinitions.js";

/**
 * Writes the records of a registry as an XLSX workbook (one sheet named after the list, e.g. `场所清单`): a bold,
 * frozen header row in Chinese by default, numbers as number cells, everything else as text cells (text cells are never
 * evaluated as formulas, so no CSV-injection prefix is added). Works in Node and browsers (write-excel-file's
 * universal build). {@link importRegistryXlsx} reads it back to the same records. A text that is exactly an
 * `Object.prototype` name (`valueOf`, `constructor` …) is written with a leading `'` to work around a write-excel-file
 * 4.1.1 defect (see {@link escapeSharedString}); import removes it.
 *
 * @example
 * ```ts
 * import { entityExamples, exportRegistryXlsx } from "@jiaolianti/core";
 * const bytes = await exportRegistryXlsx("experts", [entityExamples.Staff]);
 * // browser: URL.createObjectURL(new Blob([bytes])); Node: fs.writeFileSync("专家清单.xlsx", bytes)
 * ```
 */
export const exportRegistryXlsx = async <K extends RegistryKind>(
  kind: K,
  records: ReadonlyArray<RegistryRecordInput<K>>,
  options: ExportOptions = {},
): Promise<Uint8Array> => {
  const def = registryDefinitions[kind];
  const context = { language: options.language ?? "zh", values: options.values ?? "label" } as const;
  const header: Row = headerCells(def, context.language).map((value) => ({ value, type: String, fontWeight: "bold" }));
  const rows: Row[] = records.map((record) =>
    recordToCells(def, record, context).map((text, i) => {
      if (text === "") return null;
      // A number cell only when the workbook stores exactly this text (not for -0, which Excel would store as 0).
      return def.columns[i]?.codec.cellType === "number" && String(Number(text)) === text
        ? { value: Number(text), type: Number }
        : { value: escapeSharedString(text), type: String };
    }),
  );
  const label = registryKinds[kind];
  const widths = def.columns.map((c) => ({ width: Math.max(10, Math.min(40, c.headerZh.length * 2 + 4)) }));
  const blob = await writeXlsxFile([header, ...rows], {
    sheet: context.language === "en" ? label.labelEn : label.labelZh,
    stickyRowsCount: 1,
    columns: widths,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
};
