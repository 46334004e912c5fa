import { EDUCATION_DIMENSION_CODES, educationDimensions } from "../../descriptors/educationDimensions.js";
import { VENUE_THEME_CODES, venueThemes } from "../../descriptors/venueThemes.js";
import { Project } from "../../model/offer/Project.js";
import { dateCodec } from "../codecs/dateCodec.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { listCodec } from "../codecs/listCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { projectStageLabels } from "./codeListLabels.js";
import { providerRefColumns } from "./providerRefColumns.js";
import type { RegistryColumn } from "./RegistryColumn.js";
import { recordColumns } from "./recordColumns.js";

/**
 * The columns of the project list (项目清单), one featured collaborative project (双百) a row: lead (kind, id or
 * organisation name), participating schools and venues (ids joined by `；`), the plan action it serves, themes, 五育
 * dimensions, stage and period.
 *
 * @example
 * ```ts
 * import { projectColumns } from "@jiaolianti/core";
 * projectColumns.find((c) => c.key === "stage")?.headerZh; // "阶段"
 * ```
 */
export const projectColumns: ReadonlyArray<RegistryColumn> = [
  ...recordColumns,
  { key: "nameZh", headerZh: "名称", headerEn: "Name (Chinese)", codec: textCodec, required: true },
  { key: "nameEn", headerZh: "英文名称", headerEn: "Name (English)", codec: textCodec },
  { key: "summaryZh", headerZh: "简介", headerEn: "Summary", codec: textCodec },
  ...providerRefColumns("lead", { zh: "牵头方", en: "Lead" }),
  { key: "schoolIds", headerZh: "参与学校编号", headerEn: "School IDs", codec: listCodec(idCodec) },
  { key: "venueIds", headerZh: "参与场所编号", headerEn: "Venue IDs", codec: listCodec(idCodec) },
  { key: "actionId", headerZh: "所属行动编号", headerEn: "Plan action ID", codec: idCodec },
  {
    key: "themes",
    headerZh: "主题",
    headerEn: "Themes",
    codec: listCodec(enumCodec(VENUE_THEME_CODES, venueThemes)),
    required: true,
  },
  {
    key: "dimensions",
    headerZh: "五育维度",
    headerEn: "Education dimensions",
    codec: listCodec(enumCodec(EDUCATION_DIMENSION_CODES, educationDimensions)),
    required: true,
  },
  {
    key: "stage",
    headerZh: "阶段",
    headerEn: "Stage",
    codec: enumCodec(Project.shape.stage.options, projectStageLabels),
    required: true,
  },
  { key: "beginDate", headerZh: "开始日期", headerEn: "Begin date", codec: dateCodec, required: true },
  { key: "endDate", headerZh: "结束日期", headerEn: "End date", codec: dateCodec },
];
