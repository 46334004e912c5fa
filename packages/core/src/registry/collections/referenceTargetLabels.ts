import type { ReferenceTarget } from "./referenceRules.js";

/**
 * The Chinese name of each record kind and reference target, for messages a district officer reads.
 *
 * @example
 * ```ts
 * import { referenceTargetLabelsZh } from "@jiaolianti/core";
 * referenceTargetLabelsZh.VenueSession; // "场次"
 * ```
 */
export const referenceTargetLabelsZh: Readonly<Record<ReferenceTarget, string>> = {
  Subdistrict: "街镇",
  School: "学校",
  Department: "部门",
  Student: "学生",
  Family: "家庭",
  Contact: "家长/监护人",
  StudentSchoolAssociation: "学生就读记录",
  StudentContactAssociation: "学生–监护人关系",
  Staff: "人员",
  StaffSchoolAssignment: "人员派驻",
  Venue: "场所",
  Course: "课程",
  Project: "项目",
  InnovationCase: "创新案例",
  Competition: "赛事",
  Demand: "需求",
  Booking: "预约",
  Assessment: "测评",
  AssessmentResult: "测评结果",
  TieredResponseCase: "分层响应个案",
  Referral: "转介",
  Survey: "调查",
  SurveyResponse: "调查答卷",
  Responsibility: "责任清单条目",
  VenueSession: "场次",
  PlanAction: "行动方案重点项目",
};
