import { z } from "zod";
import { xuhuiSubdistricts } from "../data/xuhuiSubdistricts.js";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/DepartmentDescriptor";

/**
 * The district bodies the Xuhui plan names as lead (牵头) or supporting (配合) departments of its eight actions, plus the
 * body that coordinates the whole plan (区委教育工作领导小组). Codes are stable; labels are the plan's own short names.
 */
export const DEPARTMENT_CODES = [
  "publicity-department",
  "education-bureau",
  "culture-tourism-bureau",
  "science-technology-commission",
  "science-association",
  "youth-league",
  "subdistricts-and-towns",
  "health-commission",
  "cyberspace-office",
  "public-security-branch",
  "womens-federation",
  "civil-affairs-bureau",
  "data-bureau",
  "trade-union-federation",
  "new-industrialisation-office",
  "sports-bureau",
  "justice-bureau",
  "education-leading-group",
] as const;

/** A department code, e.g. `"education-bureau"` (区教育局). */
export const Department = z.enum(DEPARTMENT_CODES);
/** A department code. */
export type Department = z.infer<typeof Department>;

/**
 * What kind of body a department is: an office of the district Party committee, a district government department, a
 * people's organisation (群团组织: Youth League, Women's Federation, trade unions, science association), the collective of
 * all subdistricts and towns, or a coordinating body that leads across departments.
 */
export const DEPARTMENT_KIND_CODES = [
  "party-committee-office",
  "government-department",
  "people-organisation",
  "collective",
  "coordinating-body",
] as const;

/** A department kind code. */
export const DepartmentKind = z.enum(DEPARTMENT_KIND_CODES);
/** A department kind code. */
export type DepartmentKind = z.infer<typeof DepartmentKind>;

/** A department: its code, the plan's zh-CN short name, an English name, and its kind. */
export interface DepartmentDescriptor extends Descriptor<Department> {
  readonly kind: DepartmentKind;
  /**
   * For a collective (各街镇): the NBS statistical-division codes of its members, so work assigned to "all subdistricts"
   * can be fanned out to each of them.
   */
  readonly memberNbsCodes?: ReadonlyArray<string>;
}

const d = (codeValue: Department, labelZh: string, labelEn: string, kind: DepartmentKind): DepartmentDescriptor => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
  kind,
});

/**
 * The department code list with the plan's zh-CN short names and English names, keyed by code. "各街镇" is a collective:
 * Xuhui's 13 subdistricts (12 街道 + 华泾镇), listed by NBS code in `memberNbsCodes`.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 三(一)–(八) (牵头部门/配合部门) and 四 (区委教育工作领导小组).
 * 区新工办 is 徐汇区新型工业化推进办公室, set up in the district's 2024 institutional reform (中新网上海, 2024-09-30).
 *
 * @example
 * ```ts
 * import { departments } from "@jiaolianti/core";
 * departments["health-commission"].labelZh; // "区卫健委"
 * departments["subdistricts-and-towns"].memberNbsCodes?.length; // 13
 * ```
 */
export const departments: Readonly<Record<Department, DepartmentDescriptor>> = {
  "publicity-department": d(
    "publicity-department",
    "区委宣传部",
    "Publicity Department of the District Party Committee",
    "party-committee-office",
  ),
  "education-bureau": d("education-bureau", "区教育局", "District Education Bureau", "government-department"),
  "culture-tourism-bureau": d(
    "culture-tourism-bureau",
    "区文旅局",
    "District Culture and Tourism Bureau",
    "government-department",
  ),
  "science-technology-commission": d(
    "science-technology-commission",
    "区科委",
    "District Science and Technology Commission",
    "government-department",
  ),
  "science-association": d(
    "science-association",
    "区科协",
    "District Association for Science and Technology",
    "people-organisation",
  ),
  "youth-league": d(
    "youth-league",
    "团区委",
    "District Committee of the Communist Youth League",
    "people-organisation",
  ),
  "subdistricts-and-towns": {
    ...d("subdistricts-and-towns", "各街镇", "All subdistricts and towns", "collective"),
    memberNbsCodes: xuhuiSubdistricts.map((s) => s.nbsCode),
  },
  "health-commission": d("health-commission", "区卫健委", "District Health Commission", "government-department"),
  "cyberspace-office": d(
    "cyberspace-office",
    "区委网信办",
    "Cyberspace Affairs Office of the District Party Committee",
    "party-committee-office",
  ),
  "public-security-branch": d(
    "public-security-branch",
    "公安分局",
    "Xuhui Branch of the Shanghai Public Security Bureau",
    "government-department",
  ),
  "womens-federation": d("womens-federation", "区妇联", "District Women's Federation", "people-organisation"),
  "civil-affairs-bureau": d(
    "civil-affairs-bureau",
    "区民政局",
    "District Civil Affairs Bureau",
    "government-department",
  ),
  "data-bureau": d("data-bureau", "区数据局", "District Data Bureau", "government-department"),
  "trade-union-federation": d(
    "trade-union-federation",
    "区总工会",
    "District Federation of Trade Unions",
    "people-organisation",
  ),
  "new-industrialisation-office": d(
    "new-industrialisation-office",
    "区新工办",
    "District Office for Promoting New Industrialisation",
    "government-department",
  ),
  "sports-bureau": d("sports-bureau", "区体育局", "District Sports Bureau", "government-department"),
  "justice-bureau": d("justice-bureau", "区司法局", "District Justice Bureau", "government-department"),
  "education-leading-group": d(
    "education-leading-group",
    "区委教育工作领导小组",
    "Education Work Leading Group of the District Party Committee",
    "coordinating-body",
  ),
};
