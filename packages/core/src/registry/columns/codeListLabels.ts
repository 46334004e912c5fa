import type { CoordinateSystem } from "../../geo/CoordinateSystem.js";
import type { ProviderRef } from "../../model/common/ProviderRef.js";
import type { RecordStatus } from "../../model/common/RecordStatus.js";
import type { Responsibility } from "../../model/governance/Responsibility.js";
import type { Project } from "../../model/offer/Project.js";
import type { VenueAccess } from "../../model/venue/VenueAccess.js";
import type { VenueOperator } from "../../model/venue/VenueOperator.js";
import { type CodeLabels, codeLabels } from "../codecs/enumCodec.js";

// Chinese and English labels of the model's small code lists that have no descriptor table of their own, so registry
// spreadsheets can show `免费` instead of `free`. The typed annotations make a missing code a compile error.

/** Labels of `RecordStatus`. */
export const recordStatusLabels: Readonly<Record<RecordStatus, CodeLabels>> = codeLabels([
  ["active", "有效", "Active"],
  ["tobedeleted", "待删除", "To be deleted"],
]);

/** Labels of `CoordinateSystem` (written as the code in both languages). */
export const coordinateSystemLabels: Readonly<Record<CoordinateSystem, CodeLabels>> = codeLabels([
  ["WGS84", "WGS84", "WGS84"],
  ["GCJ02", "GCJ02", "GCJ02"],
  ["BD09", "BD09", "BD09"],
]);

/** Other spellings of the coordinate systems people write: the map provider or the hyphenated name. */
export const coordinateSystemAliases: Readonly<Record<string, CoordinateSystem>> = {
  "WGS-84": "WGS84",
  GPS: "WGS84",
  "GCJ-02": "GCJ02",
  火星坐标: "GCJ02",
  高德: "GCJ02",
  腾讯: "GCJ02",
  "BD-09": "BD09",
  百度: "BD09",
};

/** Labels of `VenueAccess.feePolicy`. */
export const feePolicyLabels: Readonly<Record<VenueAccess["feePolicy"], CodeLabels>> = codeLabels([
  ["free", "免费", "Free"],
  ["public-benefit", "公益开放", "Public-benefit opening"],
  ["paid", "收费", "Paid"],
]);

/** Labels of `VenueAccess.visitMode`. */
export const visitModeLabels: Readonly<Record<VenueAccess["visitMode"], CodeLabels>> = codeLabels([
  ["walk-in", "随到随访", "Walk-in"],
  ["appointment", "预约参观", "By appointment"],
  ["organised-visits-only", "仅接待团体参观", "Organised visits only"],
  ["exterior-only", "仅外观参观", "Exterior only"],
]);

/** Labels of `VenueOperator.kind`. */
export const operatorKindLabels: Readonly<Record<VenueOperator["kind"], CodeLabels>> = codeLabels([
  ["government", "政府机关", "Government"],
  ["public-institution", "事业单位", "Public institution"],
  ["enterprise", "企业", "Enterprise"],
  ["social-organisation", "社会组织", "Social organisation"],
  ["school", "学校", "School"],
  ["other", "其他", "Other"],
]);

/** Labels of `ProviderRef.kind`. */
export const providerKindLabels: Readonly<Record<ProviderRef["kind"], CodeLabels>> = codeLabels([
  ["school", "学校", "School"],
  ["venue", "场所", "Venue"],
  ["staff", "人员", "Staff"],
  ["department", "部门", "Department"],
  ["subdistrict", "街镇", "Subdistrict"],
  ["organisation", "其他机构", "Organisation"],
]);

/** Labels of `Project.stage`. */
export const projectStageLabels: Readonly<Record<Project["stage"], CodeLabels>> = codeLabels([
  ["incubating", "培育中", "Incubating"],
  ["active", "实施中", "Active"],
  ["recognised", "已认定", "Recognised"],
  ["closed", "已结项", "Closed"],
]);

/** Labels of `Responsibility.role` (牵头部门 / 配合部门 in the plan). */
export const responsibilityRoleLabels: Readonly<Record<Responsibility["role"], CodeLabels>> = codeLabels([
  ["lead", "牵头", "Lead"],
  ["support", "配合", "Support"],
]);

/** Labels of `Responsibility.progress`. */
export const responsibilityProgressLabels: Readonly<Record<Responsibility["progress"], CodeLabels>> = codeLabels([
  ["not-started", "未开始", "Not started"],
  ["in-progress", "进行中", "In progress"],
  ["done", "已完成", "Done"],
  ["blocked", "受阻", "Blocked"],
]);
