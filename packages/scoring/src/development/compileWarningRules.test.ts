import { describe, expect, test } from "vitest";
import { compileWarningRules } from "./compileWarningRules.js";
import type { WarningRule, WarningRuleSet } from "./WarningRuleSet.js";
import { xuhuiWarningRules } from "./xuhuiWarningRules.js";

const explanation = { en: "test rule", zh: "测试规则" };
const withRules = (...extra: WarningRule[]): WarningRuleSet => ({
  ...xuhuiWarningRules,
  rules: [...xuhuiWarningRules.rules, ...extra],
});
const rule = (r: Partial<WarningRule> & Pick<WarningRule, "criterion" | "operator" | "threshold">): WarningRule => ({
  id: "extra-rule",
  tier: "yellow",
  explanation,
  ...r,
});

const issuesOf = (set: unknown) => {
  const r = compileWarningRules(set as WarningRuleSet);
  if (r.ok) throw new Error("expected an error");
  expect(r.error._tag).toBe("WarningRulesError");
  return r.error.issues.map((i) => [i.reason, i.path]);
};

describe("compileWarningRules", () => {
  test("the shipped Xuhui rule set compiles, with 23 rules and its safety override", () => {
    const r = compileWarningRules(xuhuiWarningRules);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.ref).toBe("xuhui-four-tier@1.0.0");
      expect(r.value.rules).toHaveLength(23);
      expect(r.value.rules[0]?.source).toEqual({ kind: "flag", instruments: ["phq-9", "phq-a"], flag: "self-harm" });
    }
  });

  test("a compiled rule set is cached per object", () => {
    const a = compileWarningRules(xuhuiWarningRules);
    const b = compileWarningRules(xuhuiWarningRules);
    expect(a.ok && b.ok && a.value === b.value).toBe(true);
  });

  test.each([
    [
      "unknown instrument",
      withRules(rule({ criterion: { kind: "instrument-total", instrument: "bdi-2" }, operator: ">=", threshold: 10 })),
      [["unknown-criterion", ["rules", 23, "criterion", "instrument"]]],
    ],
    [
      "unknown scale",
      withRules(
        rule({
          criterion: { kind: "instrument-scale", instrument: "sdq", scale: "happiness" },
          operator: ">=",
          threshold: 3,
        }),
      ),
      [["unknown-criterion", ["rules", 23, "criterion", "scale"]]],
    ],
    [
      "a flag no instrument raises",
      withRules(rule({ criterion: { kind: "instrument-flag", flag: "bullying" }, operator: "==", threshold: true })),
      [["unknown-criterion", ["rules", 23, "criterion", "flag"]]],
    ],
    [
      ">= on a higher-is-better total (APGAR)",
      withRules(
        rule({ criterion: { kind: "instrument-total", instrument: "family-apgar" }, operator: ">=", threshold: 7 }),
      ),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "<= on a higher-is-worse total (PHQ-9)",
      withRules(rule({ criterion: { kind: "instrument-total", instrument: "phq-9" }, operator: "<=", threshold: 4 })),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "in on a score",
      withRules(
        rule({ criterion: { kind: "instrument-total", instrument: "gad-7" }, operator: "in", threshold: ["x"] }),
      ),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "< on a band",
      withRules(
        rule({ criterion: { kind: "instrument-band", instrument: "sdq" }, operator: "<", threshold: "normal" }),
      ),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "a band of a scale without direction (PSDQ)",
      withRules(
        rule({
          criterion: { kind: "instrument-band", instrument: "psdq", scale: "authoritarian" },
          operator: ">=",
          threshold: "high",
        }),
      ),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "an unknown band",
      withRules(
        rule({ criterion: { kind: "instrument-band", instrument: "sdq" }, operator: ">=", threshold: "severe" }),
      ),
      [["bad-threshold", ["rules", 23, "threshold"]]],
    ],
    [
      "a number for a band",
      withRules(rule({ criterion: { kind: "instrument-band", instrument: "gad-7" }, operator: ">=", threshold: 10 })),
      [["bad-threshold", ["rules", 23, "threshold"]]],
    ],
    [
      "a string for a score",
      withRules(rule({ criterion: { kind: "fitness-total" }, operator: "<", threshold: "fail" })),
      [["bad-threshold", ["rules", 23, "threshold"]]],
    ],
    [
      "an unknown BMI category",
      withRules(rule({ criterion: { kind: "bmi-category" }, operator: "in", threshold: ["very-obese"] })),
      [["bad-threshold", ["rules", 23, "threshold"]]],
    ],
    [
      "a flag compared with >=",
      withRules(rule({ criterion: { kind: "instrument-flag", flag: "self-harm" }, operator: ">=", threshold: true })),
      [["bad-operator", ["rules", 23, "operator"]]],
    ],
    [
      "a duplicate id",
      withRules(
        rule({ id: "yellow-gad7-10", criterion: { kind: "bmi-category" }, operator: "==", threshold: "obese" }),
      ),
      [["duplicate-id", ["rules", 23, "id"]]],
    ],
    [
      "no self-harm override",
      { ...xuhuiWarningRules, rules: xuhuiWarningRules.rules.slice(1) },
      [["missing-safety-override", ["rules"]]],
    ],
    [
      "the override downgraded to orange",
      {
        ...xuhuiWarningRules,
        rules: [
          { ...(xuhuiWarningRules.rules[0] as WarningRule), tier: "orange" },
          ...xuhuiWarningRules.rules.slice(1),
        ],
      },
      [["missing-safety-override", ["rules"]]],
    ],
    [
      "point tiers that fall with urgency",
      {
        ...withRules(rule({ criterion: { kind: "bmi-category" }, operator: "==", threshold: "obese", weight: 1 })),
        pointTiers: [
          { atLeast: 3, tier: "yellow" },
          { atLeast: 2, tier: "orange" },
        ],
      },
      [["bad-point-tiers", ["pointTiers"]]],
    ],
    [
      "point tiers without any weighted rule",
      { ...xuhuiWarningRules, pointTiers: [{ atLeast: 2, tier: "yellow" }] },
      [["bad-point-tiers", ["pointTiers"]]],
    ],
    [
      "an unknown instrument in greenNeedsAnyOf",
      { ...xuhuiWarningRules, greenNeedsAnyOf: ["phq-9", "cdi"] },
      [["unknown-criterion", ["greenNeedsAnyOf", 1]]],
    ],
    ["not an object", 42, [["schema", []]]],
    [
      "a rule without explanation",
      { ...xuhuiWarningRules, rules: [{ ...(xuhuiWarningRules.rules[0] as WarningRule), explanation: undefined }] },
      [["schema", ["rules", 0, "explanation"]]],
    ],
    [
      "a green rule",
      withRules({
        ...rule({ criterion: { kind: "fitness-total" }, operator: "<", threshold: 60 }),
        tier: "green" as never,
      }),
      [["schema", ["rules", 23, "tier"]]],
    ],
  ] as const)("%s → typed error", (_, set, expected) => {
    expect(issuesOf(set)).toEqual(expected);
  });

  test("every problem is reported at once, with a Chinese message", () => {
    const r = compileWarningRules({
      ...xuhuiWarningRules,
      rules: [
        ...xuhuiWarningRules.rules.slice(1),
        rule({ criterion: { kind: "instrument-total", instrument: "phq-9" }, operator: "<", threshold: 5 }),
        rule({ criterion: { kind: "instrument-total", instrument: "nope" }, operator: ">=", threshold: 5 }),
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => i.reason)).toEqual([
        "duplicate-id",
        "bad-operator",
        "unknown-criterion",
        "missing-safety-override",
      ]);
      expect(r.error.messageZh).toMatch(/预警规则集 xuhui-four-tier@1.0.0 不符合要求/);
    }
  });

  test("a district's own catalog is used to check criteria", () => {
    const r = compileWarningRules(xuhuiWarningRules, { instruments: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.some((i) => i.reason === "unknown-criterion")).toBe(true);
  });
});
