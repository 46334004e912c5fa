/**
 * @packageDocumentation
 * The registries of `@jiaolianti/core`: the five lists of the alliance's cockpit (责任清单、资源清单、场所清单、项目清单、
 * 专家清单) as typed collections with lookup by id, referential checks between records, and CSV / XLSX import and
 * export with Chinese column headers by default (English accepted). Column mappings and reference rules are data.
 */

export { ImportError, type ImportFailureReason, importError } from "../errors/ImportError.js";
export { UnknownReferenceError } from "../errors/UnknownReferenceError.js";
export { booleanCodec } from "./codecs/booleanCodec.js";
export {
  type CellCodec,
  type CellDecoded,
  decoded,
  type EncodeContext,
  normalizeCellText,
  undecodable,
} from "./codecs/CellCodec.js";
export { dateCodec } from "./codecs/dateCodec.js";
export { dateTimeCodec } from "./codecs/dateTimeCodec.js";
export { type CodeLabels, codeLabels, enumCodec } from "./codecs/enumCodec.js";
export { gradeCodec } from "./codecs/gradeCodec.js";
export { idCodec } from "./codecs/idCodec.js";
export { jsonListCodec } from "./codecs/jsonCodec.js";
export { LIST_SEPARATORS, listCodec } from "./codecs/listCodec.js";
export { numberCodec } from "./codecs/numberCodec.js";
export { textCodec } from "./codecs/textCodec.js";
export { weeklySlotCodec } from "./codecs/weeklySlotCodec.js";
export { type Collection, createCollection } from "./collections/Collection.js";
export { createRegistry, type Registry } from "./collections/createRegistry.js";
export {
  createDistrictRegistries,
  type DistrictRecords,
  type DistrictRegistries,
} from "./collections/DistrictRegistries.js";
export { REFERENCE_RULES, type ReferenceRule, type ReferenceTarget } from "./collections/referenceRules.js";
export { referenceTargetLabelsZh } from "./collections/referenceTargetLabels.js";
export {
  type ReferentialCheckOptions,
  type ReferentialCheckSummary,
  referentialCheck,
} from "./collections/referentialCheck.js";
export {
  coordinateSystemAliases,
  coordinateSystemLabels,
  feePolicyLabels,
  operatorKindLabels,
  projectStageLabels,
  providerKindLabels,
  recordStatusLabels,
  responsibilityProgressLabels,
  responsibilityRoleLabels,
  visitModeLabels,
} from "./columns/codeListLabels.js";
export { expertColumns } from "./columns/expertColumns.js";
export { projectColumns } from "./columns/projectColumns.js";
export { providerRefAdapter } from "./columns/providerRefAdapter.js";
export { providerRefColumns } from "./columns/providerRefColumns.js";
export type { AdapterIssue, RegistryColumn, RowAdapter } from "./columns/RegistryColumn.js";
export { recordColumns } from "./columns/recordColumns.js";
export { resourceColumns } from "./columns/resourceColumns.js";
export { responsibilityColumns } from "./columns/responsibilityColumns.js";
export { venueColumns } from "./columns/venueColumns.js";
export { exportRegistryCsv } from "./exportRegistryCsv.js";
export { exportRegistryXlsx } from "./exportRegistryXlsx.js";
export { columnKeyOfPath } from "./import/columnKeyOfPath.js";
export { headerKey } from "./import/headerKey.js";
export {
  FILE_LEVEL_ISSUE_CODES,
  type ImportIssue,
  type ImportIssueCode,
  type ImportMeta,
  type ImportResult,
  type ImportSuccess,
  type RejectedRow,
} from "./import/ImportIssue.js";
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type ImportOptions } from "./import/ImportOptions.js";
export { importTable, type TableContext } from "./import/importTable.js";
export {
  type HeaderMatch,
  type MatchedColumn,
  type MatchHeadersOptions,
  matchHeaders,
} from "./import/matchHeaders.js";
export {
  checkXlsxArchive,
  DEFAULT_MAX_UNPACKED_BYTES,
  DEFAULT_MAX_ZIP_ENTRIES,
  XLSX_MAX_CELL_LENGTH,
  type XlsxArchiveLimits,
} from "./import/xlsxLimits.js";
export { type SchemaIssue, schemaIssues } from "./import/zodIssues.js";
export { type CsvImportOptions, importRegistryCsv } from "./importRegistryCsv.js";
export { importRegistryCsvEffect, importRegistryXlsxEffect } from "./importRegistryEffect.js";
export { importRegistryXlsx, type XlsxImportOptions } from "./importRegistryXlsx.js";
export {
  type DecodedText,
  type DecoderFactory,
  decodeText,
  type TextDecoderLike,
  type TextEncodingOption,
} from "./io/decodeText.js";
export type { CsvExportOptions, ExportOptions } from "./io/ExportOptions.js";
export { escapeFormula, unescapeFormula } from "./io/formulaEscape.js";
export { type CsvDelimiter, detectDelimiter, readCsvTable } from "./io/readCsvTable.js";
export { headerCells, recordToCells } from "./io/recordToCells.js";
export type { SheetCell, SheetRow, SheetTable } from "./io/SheetTable.js";
export { escapeSharedString, unescapeSharedString } from "./io/sharedStringEscape.js";
export { readZipDirectory, type ZipDirectory, type ZipDirectoryFailure } from "./io/zipDirectory.js";
export type {
  RegistryDefinition,
  RegistryEntityKindMap,
  RegistryRecord,
  RegistryRecordInput,
  RegistryRecordInputMap,
  RegistryRecordMap,
} from "./RegistryDefinition.js";
export { registryDefinitions } from "./registryDefinitions.js";
