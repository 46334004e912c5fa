import { EDUCATION_DIMENSION_CODES, educationDimensions } from "../../descriptors/educationDimensions.js";
import { STAFF_KIND_CODES, staffKinds } from "../../descriptors/staffKinds.js";
import { VENUE_THEME_CODES, venueThemes } from "../../descriptors/venueThemes.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { gradeCodec } from "../codecs/gradeCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { listCodec } from "../codecs/listCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { weeklySlotCodec } from "../codecs/weeklySlotCodec.js";
import type { RegistryColumn } from "./RegistryColumn.js";
import { recordColumns } from "./recordColumns.js";

/**
 * The columns of the expert list (专家清单), one professional a row — coach, science expert, school doctor, health or
 * legal vice-principal, family-education or mental-health expert, safety lecturer, teacher: display name, affiliation,
 * kinds, themes, 五育 dimensions, specialty tags, grades served, expert pools (专家库) and weekly availability. No
 * contact details or identity numbers (the model has none).
 *
 * @example
 * ```ts
 * import { expertColumns } from "@jiaolianti/core";
 * expertColumns.find((c) => c.key === "kinds")?.headerZh; // "人员类别"
 * ```
 */
export const expertColumns: ReadonlyArray<RegistryColumn> = [
  ...recordColumns,
  { key: "displayName", headerZh: "显示名称", headerEn: "Display name", codec: textCodec },
  { key: "affiliationZh", headerZh: "所在单位", headerEn: "Affiliation", codec: textCodec },
  {
    key: "kinds",
    headerZh: "人员类别",
    headerEn: "Kinds",
    codec: listCodec(enumCodec(STAFF_KIND_CODES, staffKinds)),
    required: true,
  },
  { key: "themes", headerZh: "主题", headerEn: "Themes", codec: listCodec(enumCodec(VENUE_THEME_CODES, venueThemes)) },
  {
    key: "dimensions",
    headerZh: "五育维度",
    headerEn: "Education dimensions",
    codec: listCodec(enumCodec(EDUCATION_DIMENSION_CODES, educationDimensions)),
  },
  { key: "specialtyTags", headerZh: "专长标签", headerEn: "Specialty tags", codec: listCodec(idCodec) },
  { key: "grades", headerZh: "服务年级", headerEn: "Grades", codec: listCodec(gradeCodec) },
  { key: "expertPools", headerZh: "所属专家库", headerEn: "Expert pools", codec: listCodec(idCodec) },
  { key: "availability", headerZh: "可服务时间", headerEn: "Availability", codec: listCodec(weeklySlotCodec) },
];
