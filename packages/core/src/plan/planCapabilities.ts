import { z } from "zod";
import type { Descriptor } from "../descriptors/Descriptor.js";

const NS = "uri://jiaolianti.org/PlanCapabilityDescriptor";

/**
 * Software capabilities that the plan's tasks imply: what a system must do for the task to be carried out and tracked.
 * A task lists the capabilities it needs; the packages that provide them are named on each descriptor.
 */
export const PLAN_CAPABILITY_CODES = [
  "development-index",
  "four-tier-warning",
  "tiered-response",
  "one-plan-per-student",
  "care-registry",
  "referral-pathway",
  "early-intervention",
  "family-assessment",
  "course-push-by-family-type",
  "tiered-family-support",
  "parent-coaching-assistant",
  "registries",
  "expert-pool",
  "venue-map",
  "venue-open-access",
  "demand-matching",
  "resource-scheduling",
  "practice-circle-15min",
  "coach-pairing",
  "school-doctor-pairing",
  "admission-standard",
  "course-platform",
  "course-conversion-toolkit",
  "training-records",
  "tiered-competitions",
  "challenge-projects",
  "case-library",
  "dispute-tracking",
  "publicity",
  "cockpit-dashboard",
  "effectiveness-evaluation",
  "three-dimension-evaluation",
  "kpi-tracking",
] as const;

/** A capability code, e.g. `"practice-circle-15min"`. */
export const PlanCapability = z.enum(PLAN_CAPABILITY_CODES);
/** A capability code. */
export type PlanCapability = z.infer<typeof PlanCapability>;

/** The `@jiaolianti` packages, by folder name. */
export type JiaoliantiPackage = "core" | "scoring" | "matching" | "ui-vue" | "widgets-lit";

/** A capability with the packages that provide it (empty: an integration point for an outside system). */
export interface PlanCapabilityDescriptor extends Descriptor<PlanCapability> {
  readonly packages: ReadonlyArray<JiaoliantiPackage>;
}

const c = (
  codeValue: PlanCapability,
  labelZh: string,
  labelEn: string,
  packages: ReadonlyArray<JiaoliantiPackage>,
): PlanCapabilityDescriptor => ({ namespace: NS, codeValue, labelZh, labelEn, packages });

/**
 * The capability code list with zh-CN and en labels and providing packages, keyed by code. Labels are ours (the plan
 * names deliverables, not software); each code is used by at least one task, component or commitment of the plan.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一–四, read against ARCHITECTURE.md (package split).
 *
 * @example
 * ```ts
 * import { planCapabilities } from "@jiaolianti/core";
 * planCapabilities["practice-circle-15min"].packages; // ["matching"]
 * ```
 */
export const planCapabilities: Readonly<Record<PlanCapability, PlanCapabilityDescriptor>> = {
  "development-index": c("development-index", "学生身心发展指数", "Student development index", ["scoring"]),
  "four-tier-warning": c("four-tier-warning", "四阶预警", "Four-tier early warning", ["scoring"]),
  "tiered-response": c("tiered-response", "分层响应", "Tiered response", ["scoring", "core"]),
  "one-plan-per-student": c("one-plan-per-student", "一生一策", "One plan per student", ["scoring"]),
  "care-registry": c("care-registry", "高风险关爱数据库", "High-risk care registry", ["core"]),
  "referral-pathway": c("referral-pathway", "转介绿色通道", "Referral pathway to hospitals", ["core"]),
  "early-intervention": c("early-intervention", "前置介入", "Early intervention referral", ["core", "scoring"]),
  "family-assessment": c("family-assessment", "家庭环境评估", "Family environment assessment", ["scoring"]),
  "course-push-by-family-type": c(
    "course-push-by-family-type",
    "按家庭类型推送课程",
    "Course recommendation by family type",
    ["scoring", "matching"],
  ),
  "tiered-family-support": c("tiered-family-support", "分层分类家庭指导", "Tiered support for families", ["scoring"]),
  "parent-coaching-assistant": c("parent-coaching-assistant", "亲子互动智能陪练", "Parent practice assistant", []),
  registries: c("registries", "清单管理", "Registries (responsibilities, resources, venues, projects)", ["core"]),
  "expert-pool": c("expert-pool", "专家库", "Expert pool", ["core", "matching"]),
  "venue-map": c("venue-map", "场所图谱", "Venue map", ["core", "widgets-lit"]),
  "venue-open-access": c("venue-open-access", "场馆公益开放", "Free or public-benefit venue access", ["core"]),
  "demand-matching": c("demand-matching", "需求匹配", "Demand matching", ["matching"]),
  "resource-scheduling": c("resource-scheduling", "资源调度", "Resource scheduling", ["matching"]),
  "practice-circle-15min": c("practice-circle-15min", "15分钟实践圈", "15-minute practice circle", ["matching"]),
  "coach-pairing": c("coach-pairing", "教练员入校配对", "Coach–school pairing", ["matching"]),
  "school-doctor-pairing": c("school-doctor-pairing", "一校一医配对", "School–doctor pairing", ["matching"]),
  "admission-standard": c("admission-standard", "资源准入标准", "Resource admission standard", ["scoring"]),
  "course-platform": c("course-platform", "课程资源平台", "Course catalogue", ["core", "widgets-lit"]),
  "course-conversion-toolkit": c("course-conversion-toolkit", "场馆课程转化", "Venue-to-course conversion toolkit", [
    "core",
  ]),
  "training-records": c("training-records", "研训记录", "Training sessions and attendance", ["core"]),
  "tiered-competitions": c("tiered-competitions", "分层赛事", "Tiered competitions", ["core"]),
  "challenge-projects": c("challenge-projects", "揭榜挂帅课题", "Open-call research projects", ["core"]),
  "case-library": c("case-library", "案例库", "Case library", ["core"]),
  "dispute-tracking": c("dispute-tracking", "纠纷化解跟踪", "Dispute resolution tracking", ["core"]),
  publicity: c("publicity", "宣传推广", "Publicity", ["widgets-lit"]),
  "cockpit-dashboard": c("cockpit-dashboard", "数字驾驶舱", "Cockpit dashboard", ["ui-vue"]),
  "effectiveness-evaluation": c("effectiveness-evaluation", "效能评估", "Effectiveness evaluation", ["scoring"]),
  "three-dimension-evaluation": c("three-dimension-evaluation", "三维评估", "Three-dimension evaluation", ["scoring"]),
  "kpi-tracking": c("kpi-tracking", "目标跟踪", "KPI tracking", ["scoring", "ui-vue"]),
};
