import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CONCERN_DOMAIN_CODES, domainOf } from "./concernDomains.js";
import { planFor } from "./planFor.js";
import { defaultPlanPolicy } from "./planPolicy.js";
import { strategyCatalogue } from "./strategyCatalogue.js";

const student = { studentId: "stu-7f3a9c21e0", grade: 8 };
const start = { startDate: "2025-10-13" };

const ok = (r: ReturnType<typeof planFor>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("planFor — tier defaults", () => {
  test.each([
    // tier, weeks, monitoring, champion, hours, referral required, emits needs
    ["red", 2, "daily", "counsellor", 24, true, false],
    ["orange", 6, "weekly", "counsellor", 48, false, true],
    ["yellow", 8, "fortnightly", "head-teacher", null, null, true],
    ["green", 12, "monthly", "head-teacher", null, null, true],
  ] as const)(
    "%s: %i weeks, %s, champion %s, respond within %s h",
    (tier, weeks, monitoring, champion, hours, required, _needs) => {
      const p = ok(planFor({ ...student, tier }, start));
      expect(p.durationWeeks).toBe(weeks);
      expect(p.monitoring.frequency).toBe(monitoring);
      expect(p.champion.role).toBe(champion);
      expect(p.respondWithinHours).toBe(hours);
      expect(p.referral?.required ?? null).toBe(required);
    },
  );

  test("red: a safety plan with the base safety strategies, a required referral and no venue needs yet", () => {
    const p = ok(planFor({ ...student, tier: "red", firedRules: ["red-self-harm"] }, start));
    expect(p.type).toBe("safety");
    expect(p.strategies.slice(0, 3).map((s) => s.id)).toEqual([
      "safety-plan",
      "family-same-day-contact",
      "specialist-referral",
    ]);
    expect(p.referral).toMatchObject({ required: true, legalBasis: "vital-interest" });
    expect(p.referral?.services.map((s) => s.service)).toEqual(["hospital-green-channel", "community-youth-clinic"]);
    expect(p.referral?.services[0]?.label.zh).toBe("医院绿色通道");
    expect(p.needs).toEqual([]);
    expect(p.goal.targetTier).toBe("orange");
    expect(p.explanation.firedRules).toEqual(["red-self-harm"]);
    expect(p.monitoring.checkIns).toHaveLength(14);
    expect(p.endDate).toBe("2025-10-27");
  });

  test("yellow peer plan: strategies, goal, check-in dates and needs for matching", () => {
    const p = ok(
      planFor(
        {
          ...student,
          tier: "yellow",
          firedRules: [
            { id: "yellow-sdq-peer", criterion: { kind: "instrument-band", instrument: "sdq", scale: "peer" } },
          ],
          rulesVersion: "2025.1",
        },
        start,
      ),
    );
    expect(p.type).toBe("peer-relationships");
    expect(p.strategies.map((s) => [s.id, s.reason])).toEqual([
      ["trusted-adult", "tier"],
      ["team-sports", "peer-relationships"],
      ["peer-buddy", "peer-relationships"],
      ["social-skills-group", "peer-relationships"],
    ]);
    expect(p.goal).toMatchObject({ domain: "peer-relationships", targetTier: "green" });
    expect(p.monitoring.checkIns).toEqual(["2025-10-27", "2025-11-10", "2025-11-24", "2025-12-08"]);
    expect(p.endDate).toBe("2025-12-08");
    expect(p.needs).toEqual([
      { theme: "sports", dimensions: ["physical"], grades: [8], urgency: 1, strategies: ["team-sports"] },
    ]);
    expect(p.explanation).toMatchObject({
      rulesVersion: "2025.1",
      domainsFrom: [{ rule: "yellow-sdq-peer", domain: "peer-relationships" }],
    });
    expect(p.referral).toBeNull();
  });

  test("a family area opens family education guidance (not required); overrides of duration and champion apply", () => {
    const p = ok(
      planFor(
        { ...student, tier: "orange", domains: ["family-relationships"] },
        { ...start, durationWeeks: 3, championRole: "head-teacher" },
      ),
    );
    expect(p.durationWeeks).toBe(3);
    expect(p.champion).toEqual({ role: "head-teacher", label: { zh: "班主任", en: "Head teacher (class teacher)" } });
    expect(p.strategies.map((s) => s.id)).toContain("family-guidance");
    expect(p.referral?.required).toBe(false);
    expect(p.referral?.services.map((s) => s.service)).toEqual(["community-youth-clinic", "family-education-guidance"]);
    expect(p.monitoring.checkIns).toEqual(["2025-10-20", "2025-10-27", "2025-11-03"]);
  });

  test("areas come in priority order whatever the order of the fired rules; the result's other fields are ignored", () => {
    const p = ok(
      planFor(
        {
          ...student,
          tier: "orange",
          schoolId: "xh-school-001",
          firedRules: [
            { id: "y-bmi", criterion: { kind: "bmi-category" } },
            { id: "o-phq", criterion: { kind: "instrument-total", instrument: "phq-9" } },
          ],
        } as Parameters<typeof planFor>[0],
        start,
      ),
    );
    expect(p.domains).toEqual(["emotional-wellbeing", "physical-health"]);
    expect(p.type).toBe("emotional-wellbeing");
  });
});

describe("domainOf — criterion → support area", () => {
  test.each([
    [{ kind: "instrument-flag", flag: "self-harm" }, "safety"],
    [{ kind: "instrument-flag", instrument: "phq-a", flag: "self-harm" }, "safety"],
    [{ kind: "instrument-total", instrument: "phq-9" }, "emotional-wellbeing"],
    [{ kind: "instrument-total", instrument: "gad-7" }, "emotional-wellbeing"],
    [{ kind: "instrument-band", instrument: "sdq", scale: "conduct" }, "behaviour"],
    [{ kind: "instrument-band", instrument: "sdq", scale: "peer" }, "peer-relationships"],
    [{ kind: "instrument-band", instrument: "sdq" }, "general-wellbeing"],
    [{ kind: "instrument-scale", instrument: "mssmhs", scale: "academic-pressure" }, "learning-stress"],
    [{ kind: "instrument-scale", instrument: "mssmhs", scale: "depression" }, "emotional-wellbeing"],
    [{ kind: "instrument-total", instrument: "family-apgar" }, "family-relationships"],
    [{ kind: "bmi-category" }, "physical-health"],
    [{ kind: "fitness-total" }, "physical-health"],
    [{ kind: "instrument-total", instrument: "unknown" }, "general-wellbeing"],
  ])("%j → %s", (criterion, domain) => {
    expect(domainOf(criterion)).toBe(domain);
  });
});

describe("planFor — typed errors", () => {
  test("an undetermined tier gets no plan (never green by default)", () => {
    const r = planFor({ ...student, tier: null }, start);
    expect(!r.ok && r.error._tag === "PlanError" && r.error.reason).toBe("undetermined-tier");
  });

  test.each([
    ["a name as student id", { ...student, studentId: "张 三", tier: "green" }, start, ["studentId"]],
    ["grade 13", { ...student, grade: 13, tier: "green" }, start, ["grade"]],
    ["unknown tier", { ...student, tier: "purple" }, start, ["tier"]],
    ["unknown domain", { ...student, tier: "green", domains: ["naughty"] }, start, ["domains", 0]],
    ["0 weeks", { ...student, tier: "green" }, { ...start, durationWeeks: 0 }, ["durationWeeks"]],
    ["13 weeks", { ...student, tier: "green" }, { ...start, durationWeeks: 13 }, ["durationWeeks"]],
    ["impossible date", { ...student, tier: "green" }, { startDate: "2025-02-30" }, ["startDate"]],
    ["parent as champion", { ...student, tier: "green" }, { ...start, championRole: "parent" }, ["championRole"]],
  ])("rejects %s with a ValidationError", (_name, result, context, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const r = planFor(result as any, context as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error._tag === "ValidationError" && r.error.issues.map((i) => i.path)).toContainEqual(path);
  });

  test("a policy naming an unknown strategy, or a red tier without referral, is refused", () => {
    const unknown = {
      ...defaultPlanPolicy,
      tiers: { ...defaultPlanPolicy.tiers, green: { ...defaultPlanPolicy.tiers.green, baseStrategies: ["no-such"] } },
    };
    const r1 = planFor({ ...student, tier: "green" }, start, { policy: unknown });
    expect(!r1.ok && r1.error._tag === "PlanError" && r1.error.reason).toBe("unknown-strategy");
    const noReferral = {
      ...defaultPlanPolicy,
      tiers: { ...defaultPlanPolicy.tiers, red: { ...defaultPlanPolicy.tiers.red, referral: null } },
    };
    const r2 = planFor({ ...student, tier: "red" }, start, { policy: noReferral });
    expect(!r2.ok && r2.error._tag === "ValidationError" && r2.error.issues[0]?.path).toEqual([
      "tiers",
      "red",
      "referral",
    ]);
  });
});

describe("planFor — properties", () => {
  const tierArb = fc.constantFrom("red" as const, "orange" as const, "yellow" as const, "green" as const);
  const dateArb = fc
    .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const inputArb = fc.record({
    tier: tierArb,
    grade: fc.integer({ min: 1, max: 12 }),
    domains: fc.uniqueArray(fc.constantFrom(...CONCERN_DOMAIN_CODES), { maxLength: 4 }),
    weeks: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    startDate: dateArb,
  });

  test("duration is always 1–12 weeks, dates are consistent, red always has a required referral path", () => {
    fc.assert(
      fc.property(inputArb, ({ tier, grade, domains, weeks, startDate }) => {
        const p = ok(
          planFor(
            { studentId: "stu-0001", grade, tier, domains },
            weeks === undefined ? { startDate } : { startDate, durationWeeks: weeks },
          ),
        );
        expect(p.durationWeeks).toBeGreaterThanOrEqual(1);
        expect(p.durationWeeks).toBeLessThanOrEqual(12);
        expect((Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000).toBe(p.durationWeeks * 7);
        const dates = p.monitoring.checkIns;
        expect(dates.length).toBeGreaterThan(0);
        expect([...dates].sort()).toEqual(dates);
        expect(dates.every((d) => d > p.startDate && d <= p.endDate)).toBe(true);
        if (tier === "red") {
          expect(p.referral?.required).toBe(true);
          expect(p.referral?.services.length).toBeGreaterThan(0);
          expect(p.domains[0]).toBe("safety");
        }
        const ids = p.strategies.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => strategyCatalogue.some((s) => s.id === id))).toBe(true);
        expect(p.needs.every((n) => n.urgency === ["green", "yellow", "orange", "red"].indexOf(tier))).toBe(true);
      }),
    );
  });

  test("deterministic: the same input gives the same plan", () => {
    fc.assert(
      fc.property(inputArb, ({ tier, grade, domains, startDate }) => {
        const a = planFor({ studentId: "stu-0001", grade, tier, domains }, { startDate });
        const b = planFor({ studentId: "stu-0001", grade, tier, domains: [...domains].reverse() }, { startDate });
        expect(b).toEqual(a);
      }),
    );
  });
});

describe("planFor — schedule edge and wording", () => {
  test("a plan shorter than its monitoring interval is still reviewed on its end date", () => {
    const p = ok(planFor({ ...student, tier: "green" }, { ...start, durationWeeks: 2 }));
    expect(p.monitoring).toEqual({ frequency: "monthly", everyDays: 28, checkIns: ["2025-10-27"] });
  });

  test("no strategy or area label uses stigmatizing words", () => {
    const texts = strategyCatalogue.flatMap((s) => [s.label.zh, s.label.en, s.description.zh, s.description.en]);
    for (const t of texts) expect(t).not.toMatch(/问题|异常|障碍|失调|problem|abnormal|disorder|deficien|naughty/i);
  });
});
