import { z } from "zod";
import type { Descriptor } from "../descriptors/Descriptor.js";

const NS = "uri://jiaolianti.org/PlanUnitDescriptor";

/** Units of the plan's targets and parameters. `person-time` (人次) counts attendances, not distinct people. */
export const PLAN_UNIT_CODES = [
  "project",
  "case",
  "venue",
  "person",
  "person-time",
  "course",
  "session",
  "cluster",
  "scene",
  "topic",
  "platform",
  "system",
  "percent",
  "minute",
  "hour",
  "tier",
] as const;

/** A unit code, e.g. `"person-time"` (人次). */
export const PlanUnit = z.enum(PLAN_UNIT_CODES);
/** A unit code. */
export type PlanUnit = z.infer<typeof PlanUnit>;

const u = (codeValue: PlanUnit, labelZh: string, labelEn: string): Descriptor<PlanUnit> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The unit code list with zh-CN and en labels, keyed by code. The zh label is the measure word the plan uses
 * (个、名、门、场、人次 …).
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 三 (e.g. “覆盖1000人次”, “100门”, “30场”).
 *
 * @example
 * ```ts
 * import { planUnits } from "@jiaolianti/core";
 * planUnits["person-time"].labelZh; // "人次"
 * ```
 */
export const planUnits: Readonly<Record<PlanUnit, Descriptor<PlanUnit>>> = {
  project: u("project", "个(项目)", "projects"),
  case: u("case", "个(案例)", "cases"),
  venue: u("venue", "个(场所)", "venues"),
  person: u("person", "名", "people"),
  "person-time": u("person-time", "人次", "attendances"),
  course: u("course", "门", "courses"),
  session: u("session", "场", "sessions"),
  cluster: u("cluster", "个(集群)", "clusters"),
  scene: u("scene", "个(场景)", "scenes"),
  topic: u("topic", "个(课题)", "research topics"),
  platform: u("platform", "个(平台)", "platforms"),
  system: u("system", "个(体系)", "systems"),
  percent: u("percent", "%", "percent"),
  minute: u("minute", "分钟", "minutes"),
  hour: u("hour", "小时", "hours"),
  tier: u("tier", "阶", "tiers"),
};
