import { EDUCATION_DIMENSION_CODES, educationDimensions } from "../../descriptors/educationDimensions.js";
import { VENUE_THEME_CODES, venueThemes } from "../../descriptors/venueThemes.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { gradeCodec } from "../codecs/gradeCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { listCodec } from "../codecs/listCodec.js";
import { numberCodec } from "../codecs/numberCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { providerRefColumns } from "./providerRefColumns.js";
import type { RegistryColumn } from "./RegistryColumn.js";
import { recordColumns } from "./recordColumns.js";

/**
 * The columns of the resource list (资源清单), one course or practice activity a row: 五育 dimensions, themes, grades
 * (`3；4；5`, `初一`), duration, group capacity, the venue where it runs (empty = at school) and its provider (kind, id
 * or organisation name).
 *
 * @example
 * ```ts
 * import { resourceColumns } from "@jiaolianti/core";
 * resourceColumns.map((c) => c.headerZh).includes("适用年级"); // true
 * ```
 */
export const resourceColumns: ReadonlyArray<RegistryColumn> = [
  ...recordColumns,
  { key: "nameZh", headerZh: "名称", headerEn: "Name (Chinese)", codec: textCodec, required: true },
  { key: "nameEn", headerZh: "英文名称", headerEn: "Name (English)", codec: textCodec },
  { key: "summaryZh", headerZh: "简介", headerEn: "Summary", codec: textCodec },
  {
    key: "dimensions",
    headerZh: "五育维度",
    headerEn: "Education dimensions",
    codec: listCodec(enumCodec(EDUCATION_DIMENSION_CODES, educationDimensions)),
    required: true,
  },
  {
    key: "themes",
    headerZh: "主题",
    headerEn: "Themes",
    codec: listCodec(enumCodec(VENUE_THEME_CODES, venueThemes)),
    required: true,
  },
  { key: "grades", headerZh: "适用年级", headerEn: "Grades", codec: listCodec(gradeCodec), required: true },
  {
    key: "durationMinutes",
    headerZh: "时长(分钟)",
    headerEn: "Duration (minutes)",
    codec: numberCodec,
    required: true,
  },
  { key: "capacity", headerZh: "容量(人)", headerEn: "Capacity", codec: numberCodec, required: true },
  { key: "venueId", headerZh: "场所编号", headerEn: "Venue ID", codec: idCodec },
  ...providerRefColumns("provider", { zh: "提供方", en: "Provider" }),
];
