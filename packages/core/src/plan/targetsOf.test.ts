import { describe, expect, test } from "vitest";
import { targetsOf } from "./targetsOf.js";
import { xuhuiPlan2025 } from "./xuhuiPlan2025.js";

describe("targetsOf", () => {
  test.each([
    ["huishan-zhuhun", ["civics-scenes"]],
    ["huize-runxin", ["development-index-coverage", "youth-counselling-clinics", "one-school-one-doctor"]],
    ["ronghui-heyu", ["family-environment-assessment-coverage"]],
    ["huijian-zhenzhi", ["collaborative-projects", "innovation-cases", "practice-circle-coverage"]],
    [
      "zhihui-weilai",
      [
        "new-science-venues",
        "science-teacher-team-coverage",
        "science-experts",
        "science-backbone-workers",
        "science-courses-per-year",
      ],
    ],
    [
      "huijiao-xingwen",
      ["arts-training-sessions-per-year", "arts-training-attendance-per-year", "art-classroom-clusters"],
    ],
    ["huidong-jianti", ["coaches-in-schools", "district-competition-participation"]],
    ["huishou-pingan", []],
  ])("%s → %j", (actionId, ids) => {
    const r = targetsOf(xuhuiPlan2025, actionId);
    expect(r.ok && r.value.map((t) => t.id)).toEqual(ids);
  });

  test.each(["nope", "transformation-mechanism", "capability-leap"])(
    "%s is not an action: UnknownPlanReference",
    (id) => {
      const r = targetsOf(xuhuiPlan2025, id);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatchObject({ _tag: "UnknownPlanReference", kind: "action", id, planId: xuhuiPlan2025.id });
        expect(r.error.known).toHaveLength(8);
        expect(r.error.messageZh).toContain("重点项目");
      }
    },
  );
});
