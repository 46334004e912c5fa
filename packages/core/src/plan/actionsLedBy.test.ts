import { describe, expect, test } from "vitest";
import { DEPARTMENT_CODES, type Department } from "../descriptors/departments.js";
import { actionsLedBy } from "./actionsLedBy.js";
import { xuhuiPlan2025 } from "./xuhuiPlan2025.js";

const expected: Readonly<Record<Department, ReadonlyArray<string>>> = {
  "publicity-department": ["huishan-zhuhun"],
  "education-bureau": [
    "huishan-zhuhun",
    "huize-runxin",
    "ronghui-heyu",
    "huijian-zhenzhi",
    "zhihui-weilai",
    "huijiao-xingwen",
    "huidong-jianti",
    "huishou-pingan",
  ],
  "culture-tourism-bureau": ["huijiao-xingwen"],
  "science-technology-commission": ["zhihui-weilai"],
  "science-association": ["zhihui-weilai"],
  "youth-league": [],
  "subdistricts-and-towns": [],
  "health-commission": ["huize-runxin"],
  "cyberspace-office": [],
  "public-security-branch": ["huishou-pingan"],
  "womens-federation": ["ronghui-heyu"],
  "civil-affairs-bureau": [],
  "data-bureau": [],
  "trade-union-federation": [],
  "new-industrialisation-office": [],
  "sports-bureau": ["huidong-jianti"],
  "justice-bureau": [],
  "education-leading-group": [],
};

describe("actionsLedBy", () => {
  test.each(DEPARTMENT_CODES.map((d) => [d, expected[d]] as const))("%s leads %j", (department, ids) => {
    expect(actionsLedBy(xuhuiPlan2025, department).map((a) => a.id)).toEqual(ids);
  });
});
