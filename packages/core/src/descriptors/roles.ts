import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/RoleDescriptor";

/** The roles in which people use the alliance's systems. */
export const ROLE_CODES = [
  "district-admin",
  "school-admin",
  "counsellor",
  "head-teacher",
  "teacher",
  "parent",
  "venue-operator",
  "public",
] as const;

/** A role code, e.g. `"head-teacher"` (班主任). */
export const Role = z.enum(ROLE_CODES);
/** A role code. */
export type Role = z.infer<typeof Role>;

const r = (codeValue: Role, labelZh: string, labelEn: string): Descriptor<Role> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The role code list with zh-CN and en labels, keyed by code. A role says what someone does, not what they may see:
 * access is decided by role × relationship (e.g. a head teacher sees their own class) in the privacy module.
 *
 * Source: OneRoster 1.2 `RoleType` (administrator, teacher, parent, guardian …), adapted to the 教联体's actors.
 *
 * @example
 * ```ts
 * import { roles } from "@jiaolianti/core";
 * roles.counsellor.labelZh; // "心理教师"
 * ```
 */
export const roles: Readonly<Record<Role, Descriptor<Role>>> = {
  "district-admin": r("district-admin", "区级管理人员", "District administrator"),
  "school-admin": r("school-admin", "学校管理人员", "School administrator"),
  counsellor: r("counsellor", "心理教师", "School counsellor"),
  "head-teacher": r("head-teacher", "班主任", "Head teacher (class teacher)"),
  teacher: r("teacher", "任课教师", "Teacher"),
  parent: r("parent", "家长/监护人", "Parent or guardian"),
  "venue-operator": r("venue-operator", "场馆运营方", "Venue operator"),
  public: r("public", "社会公众", "Member of the public"),
};
