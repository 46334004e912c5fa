import { describe, expect, test } from "vitest";
import { PlanTarget } from "./PlanTarget.js";

const base = {
  id: "t",
  actionId: "a",
  description: { zh: "培育100个", en: "100" },
  value: 100,
  unit: "project",
  comparator: "atLeast",
  period: "total-by-deadline",
  deadline: "2027-12-31",
  kpiKind: "cumulative-count",
  inferred: [],
};

describe("PlanTarget", () => {
  test.each([
    ["a plain count", {}, null],
    ["no anchor", { actionId: undefined }, "exactly one of actionId"],
    ["two anchors", { goalId: "g" }, "exactly one of actionId"],
    ["a task without its action", { actionId: undefined, trackId: "x", taskId: "t1" }, "taskId needs actionId"],
    ["percent without a base", { unit: "percent", value: 30 }, "names its base"],
    ["a base on a count", { base: "schools" }, "names its base"],
    [
      "coverage over 100 %",
      { unit: "percent", base: "schools", value: 120, period: "coverage", kpiKind: "coverage-rate" },
      "coverage above 100",
    ],
    [
      "coverage that is not a coverage-rate KPI",
      { unit: "percent", base: "schools", period: "coverage" },
      "coverage-rate",
    ],
    ["a named set met at least", { kpiKind: "named-set", namedItems: [] }, "met exactly"],
    [
      "a named set with more items than its value",
      {
        kpiKind: "named-set",
        comparator: "exactly",
        value: 1,
        namedItems: [
          { zh: "甲", en: "A" },
          { zh: "乙", en: "B" },
        ],
      },
      "at most `value` items",
    ],
    ["named items on a count", { namedItems: [{ zh: "甲", en: "A" }] }, "belong to named-set"],
    ["a zero value", { value: 0 }, "Too small"],
    ["an impossible deadline", { deadline: "2027-02-30" }, "Invalid"],
    ["an inferred field twice", { inferred: ["deadline", "deadline"] }, "duplicate"],
  ] as const)("%s", (_, patch, message) => {
    const r = PlanTarget.safeParse({ ...base, ...patch });
    if (message === null) expect(r.success).toBe(true);
    else expect(r.error?.issues.map((i) => i.message).join(" | ")).toContain(message);
  });
});
