import { describe, expect, test } from "vitest";
import { warningTier } from "../development/warningTier.js";
import { familyApgar } from "../instruments/catalog/familyApgar.js";
import { phq9 } from "../instruments/catalog/phq9.js";
import { scoreInstrument } from "../instruments/scoreInstrument.js";
import { planFor } from "./planFor.js";

// The tier engine's result feeds planFor as it is: fired rules carry their criterion as data (`criterionSpec`), from
// which the plan chooses its support areas.
const tierToPlan = (scores: Parameters<typeof warningTier>[0]["scores"]) => {
  const tier = warningTier({ scores });
  if (!tier.ok) throw new Error(tier.error.message);
  const fired = tier.value.fired.map((f) => ({ id: f.ruleId, criterion: f.criterionSpec }));
  const plan = planFor(
    { studentId: "stu-3a9c0f1e", grade: 8, tier: tier.value.tier, firedRules: fired },
    { startDate: "2026-03-02" },
  );
  if (!plan.ok) throw new Error(plan.error.message);
  return { tier: tier.value, plan: plan.value };
};

const score = <I extends typeof phq9 | typeof familyApgar>(instrument: I, answers: (number | null)[]) => {
  const r = scoreInstrument(instrument, answers);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("warningTier → planFor", () => {
  test("PHQ-9 total 15 and APGAR 3: an orange plan for emotional wellbeing and family relationships", () => {
    const { tier, plan } = tierToPlan([score(phq9, [2, 2, 2, 2, 2, 2, 2, 1, 0]), score(familyApgar, [1, 1, 0, 1, 0])]);
    expect(tier.tier).toBe("orange");
    expect(plan?.tier).toBe("orange");
    expect(plan?.domains).toEqual(expect.arrayContaining(["emotional-wellbeing", "family-relationships"]));
    expect(plan?.domains).not.toContain("general-wellbeing");
  });

  test("a self-harm answer gives a red plan with a required referral, in the safety area", () => {
    const { tier, plan } = tierToPlan([score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1])]);
    expect(tier.tier).toBe("red");
    expect(plan?.referral?.required).toBe(true);
    expect(plan?.domains).toContain("safety");
  });
});
