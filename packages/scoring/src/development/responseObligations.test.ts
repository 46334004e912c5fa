import { describe, expect, test } from "vitest";
import { overdueCases } from "./overdueCases.js";
import { ResponseObligations, responseObligations, xuhuiResponseObligations } from "./responseObligations.js";

describe("responseObligations", () => {
  test.each([
    ["red", 24, "counsellor", "心理教师"],
    ["orange", 48, "counsellor", "心理教师"],
    ["yellow", 168, "head-teacher", "班主任"],
    ["green", null, "head-teacher", "班主任"],
  ] as const)("%s: within %s h, led by %s", (tier, hours, lead, zh) => {
    const r = responseObligations(tier);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.withinHours).toBe(hours);
      expect(r.value.lead).toBe(lead);
      expect(r.value.leadRole.labelZh).toBe(zh);
      expect(r.value.obligations).toBe("xuhui-tiered-response@1.0.0");
    }
  });

  test("a district's obligations are validated: deadlines may not grow with urgency, red needs one", () => {
    const later = {
      ...xuhuiResponseObligations,
      tiers: { ...xuhuiResponseObligations.tiers, red: { ...xuhuiResponseObligations.tiers.red, withinHours: 72 } },
    };
    expect(ResponseObligations.safeParse(later).error?.issues[0]?.path).toEqual(["tiers", "orange", "withinHours"]);
    const none = {
      ...xuhuiResponseObligations,
      tiers: { ...xuhuiResponseObligations.tiers, red: { ...xuhuiResponseObligations.tiers.red, withinHours: null } },
    };
    expect(ResponseObligations.safeParse(none).success).toBe(false);
    const publicLead = {
      ...xuhuiResponseObligations,
      tiers: { ...xuhuiResponseObligations.tiers, red: { ...xuhuiResponseObligations.tiers.red, lead: "public" } },
    };
    expect(responseObligations("red", publicLead as never).ok).toBe(false);
    expect(responseObligations("purple" as never).ok).toBe(false);
  });
});

describe("overdueCases", () => {
  const raised = "2026-11-02T09:00:00+08:00";
  test.each([
    // tier, now, overdue hours (null = not overdue)
    ["red", "2026-11-03T09:00:00+08:00", null], // exactly at the deadline
    ["red", "2026-11-03T09:30:00+08:00", 0.5],
    ["orange", "2026-11-04T08:59:00+08:00", null],
    ["orange", "2026-11-04T11:00:00+08:00", 2],
    ["yellow", "2026-11-09T09:00:00+08:00", null],
    ["yellow", "2026-11-10T09:00:00+08:00", 24],
    ["green", "2027-11-10T09:00:00+08:00", null],
  ] as const)("%s raised %s, checked at %s → overdue %s h", (tier, now, hours) => {
    const r = overdueCases([{ caseId: "trc-1", tier, raisedAt: raised }], now);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((c) => c.overdueHours)).toEqual(hours === null ? [] : [hours]);
  });

  test("answered cases are not overdue; a recorded due time wins; most urgent first", () => {
    const r = overdueCases(
      [
        { caseId: "a", tier: "yellow", raisedAt: "2026-10-01T09:00:00+08:00" },
        { caseId: "b", tier: "red", raisedAt: raised, respondedAt: "2026-11-02T11:00:00+08:00" },
        { caseId: "c", tier: "orange", raisedAt: raised, dueAt: "2026-11-02T12:00:00+08:00" },
        { caseId: "d", tier: "red", raisedAt: "2026-11-01T10:00:00+08:00" },
      ],
      new Date("2026-11-03T10:00:00+08:00"),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.map((c) => [c.caseId, c.overdueHours])).toEqual([
        ["d", 24],
        ["c", 22],
        ["a", 625], // due 8 October 09:00, 26 days and 1 hour earlier
      ]);
      expect(r.value[0]).toMatchObject({ lead: "counsellor", dueAt: "2026-11-02T02:00:00.000Z" });
      expect(r.value[0]?.message.zh).toMatch(/首次响应已超时 24 小时/);
    }
  });

  test.each([
    [[{ caseId: "x", tier: "red", raisedAt: "yesterday" }], "2026-11-03T10:00:00+08:00"],
    [[{ caseId: "x", tier: "red", raisedAt: "2026-11-02T09:00:00" }], "2026-11-03T10:00:00+08:00"],
    [
      [
        { caseId: "x", tier: "red", raisedAt: raised },
        { caseId: "x", tier: "red", raisedAt: raised },
      ],
      "2026-11-03T10:00:00+08:00",
    ],
    [[], "not a time"],
    [[], new Date(Number.NaN)],
    ["cases", "2026-11-03T10:00:00+08:00"],
  ])("bad input %j at %s → ValidationError", (cases, now) => {
    const r = overdueCases(cases as never, now as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("ValidationError");
  });
});
