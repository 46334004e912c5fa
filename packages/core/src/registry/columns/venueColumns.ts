import { ACCESSIBILITY_FEATURE_CODES, accessibilityFeatures } from "../../descriptors/accessibilityFeatures.js";
import { VENUE_ADMISSION_STATUS_CODES, venueAdmissionStatuses } from "../../descriptors/venueAdmissionStatuses.js";
import { VENUE_THEME_CODES, venueThemes } from "../../descriptors/venueThemes.js";
import { CoordinateSystem } from "../../geo/CoordinateSystem.js";
import { VenueAccess } from "../../model/venue/VenueAccess.js";
import { VenueOperator } from "../../model/venue/VenueOperator.js";
import { booleanCodec } from "../codecs/booleanCodec.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { jsonListCodec } from "../codecs/jsonCodec.js";
import { listCodec } from "../codecs/listCodec.js";
import { numberCodec } from "../codecs/numberCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { weeklySlotCodec } from "../codecs/weeklySlotCodec.js";
import {
  coordinateSystemAliases,
  coordinateSystemLabels,
  feePolicyLabels,
  operatorKindLabels,
  visitModeLabels,
} from "./codeListLabels.js";
import type { RegistryColumn } from "./RegistryColumn.js";
import { recordColumns } from "./recordColumns.js";

const theme = enumCodec(VENUE_THEME_CODES, venueThemes);

/**
 * The columns of the venue list (场所清单), one venue a row: name, themes, location as 纬度/经度/坐标系, capacity,
 * opening hours (`周二 09:00-16:00；周四 …`), accessibility, access terms, operator, admission status. A venue's
 * sessions (场次), closures (闭馆安排) and admission history (准入记录) are lists of nested records and travel as JSON
 * in one cell each.
 *
 * @example
 * ```ts
 * import { venueColumns } from "@jiaolianti/core";
 * venueColumns.filter((c) => c.required).map((c) => c.headerZh);
 * ```
 */
export const venueColumns: ReadonlyArray<RegistryColumn> = [
  ...recordColumns,
  { key: "nameZh", headerZh: "名称", headerEn: "Name (Chinese)", codec: textCodec, required: true },
  { key: "nameEn", headerZh: "英文名称", headerEn: "Name (English)", codec: textCodec },
  { key: "category", headerZh: "类别", headerEn: "Category", codec: theme, required: true },
  { key: "themes", headerZh: "主题", headerEn: "Themes", codec: listCodec(theme), required: true },
  { key: "location.lat", headerZh: "纬度", headerEn: "Latitude", codec: numberCodec, required: true },
  { key: "location.lng", headerZh: "经度", headerEn: "Longitude", codec: numberCodec, required: true },
  {
    key: "location.crs",
    headerZh: "坐标系",
    headerEn: "Coordinate system",
    codec: enumCodec(CoordinateSystem.options, coordinateSystemLabels, coordinateSystemAliases),
    required: true,
  },
  { key: "accuracyM", headerZh: "位置精度(米)", headerEn: "Location accuracy (m)", codec: numberCodec },
  { key: "addressZh", headerZh: "地址", headerEn: "Address", codec: textCodec },
  { key: "subdistrictId", headerZh: "所属街镇编号", headerEn: "Subdistrict ID", codec: idCodec },
  { key: "capacity", headerZh: "容量(人)", headerEn: "Capacity", codec: numberCodec, required: true },
  { key: "openingHours", headerZh: "开放时间", headerEn: "Opening hours", codec: listCodec(weeklySlotCodec) },
  {
    key: "accessibility",
    headerZh: "无障碍设施",
    headerEn: "Accessibility",
    codec: listCodec(enumCodec(ACCESSIBILITY_FEATURE_CODES, accessibilityFeatures)),
  },
  {
    key: "access.feePolicy",
    headerZh: "收费政策",
    headerEn: "Fee policy",
    codec: enumCodec(VenueAccess.shape.feePolicy.options, feePolicyLabels),
    required: true,
  },
  {
    key: "access.visitMode",
    headerZh: "参观方式",
    headerEn: "Visit mode",
    codec: enumCodec(VenueAccess.shape.visitMode.options, visitModeLabels),
    required: true,
  },
  {
    key: "access.freeForSchoolGroups",
    headerZh: "学校团体免费",
    headerEn: "Free for school groups",
    codec: booleanCodec,
    required: true,
  },
  {
    key: "operator.kind",
    headerZh: "运营单位类型",
    headerEn: "Operator type",
    codec: enumCodec(VenueOperator.shape.kind.options, operatorKindLabels),
  },
  { key: "operator.nameZh", headerZh: "运营单位", headerEn: "Operator", codec: textCodec },
  { key: "operator.nameEn", headerZh: "运营单位英文名称", headerEn: "Operator (English)", codec: textCodec },
  {
    key: "operator.supervisingDepartmentId",
    headerZh: "主管部门编号",
    headerEn: "Supervising department ID",
    codec: idCodec,
  },
  {
    key: "admissionStatus",
    headerZh: "准入状态",
    headerEn: "Admission status",
    codec: enumCodec(VENUE_ADMISSION_STATUS_CODES, venueAdmissionStatuses),
    required: true,
  },
  {
    key: "admissionHistory",
    headerZh: "准入记录",
    headerEn: "Admission history",
    codec: jsonListCodec,
    required: true,
  },
  { key: "closures", headerZh: "闭馆安排", headerEn: "Closures", codec: jsonListCodec },
  { key: "sessions", headerZh: "场次", headerEn: "Sessions", codec: jsonListCodec },
];
