import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/SchoolStageDescriptor";

/** School stage (学段/办学类型) codes. */
export const SCHOOL_STAGE_CODES = [
  "primary",
  "junior-secondary",
  "senior-secondary",
  "nine-year",
  "complete-secondary",
  "twelve-year",
  "special-education",
  "secondary-vocational",
] as const;

/** A school stage code, e.g. `"nine-year"` (九年一贯制). */
export const SchoolStage = z.enum(SCHOOL_STAGE_CODES);
/** A school stage code. */
export type SchoolStage = z.infer<typeof SchoolStage>;

/** A school stage with the grades (1–12) it usually offers in Shanghai. */
export interface SchoolStageDescriptor extends Descriptor<SchoolStage> {
  /**
   * Lowest and highest grade usually offered, in Shanghai's 5+4+3 numbering (primary 1–5, junior secondary 6–9,
   * senior secondary 10–12). Informative only: a school's own `gradesOffered` is authoritative.
   */
  readonly typicalGrades: readonly [number, number];
}

const s = (
  codeValue: SchoolStage,
  labelZh: string,
  labelEn: string,
  typicalGrades: readonly [number, number],
): SchoolStageDescriptor => ({ namespace: NS, codeValue, labelZh, labelEn, typicalGrades });

/**
 * The school stage code list with zh-CN and en labels and typical grades, keyed by code. Shanghai runs a 5+4+3 system
 * (小学五年、初中四年、高中三年), so primary is grades 1–5 and junior secondary 6–9.
 *
 * Source: 上海市教育委员会 school classification (小学、初级中学、高级中学、九年一贯制学校、完全中学、十二年一贯制学校、
 * 特殊教育学校、中等职业学校); Ed-Fi `SchoolCategoryDescriptor`.
 *
 * @example
 * ```ts
 * import { schoolStages } from "@jiaolianti/core";
 * schoolStages["nine-year"].labelZh; // "九年一贯制学校"
 * schoolStages["primary"].typicalGrades; // [1, 5]
 * ```
 */
export const schoolStages: Readonly<Record<SchoolStage, SchoolStageDescriptor>> = {
  primary: s("primary", "小学", "Primary school", [1, 5]),
  "junior-secondary": s("junior-secondary", "初级中学", "Junior secondary school", [6, 9]),
  "senior-secondary": s("senior-secondary", "高级中学", "Senior secondary school", [10, 12]),
  "nine-year": s("nine-year", "九年一贯制学校", "Nine-year school (primary + junior secondary)", [1, 9]),
  "complete-secondary": s("complete-secondary", "完全中学", "Complete secondary school (junior + senior)", [6, 12]),
  "twelve-year": s("twelve-year", "十二年一贯制学校", "Twelve-year school", [1, 12]),
  "special-education": s("special-education", "特殊教育学校", "Special education school", [1, 12]),
  "secondary-vocational": s("secondary-vocational", "中等职业学校", "Secondary vocational school", [10, 12]),
};
