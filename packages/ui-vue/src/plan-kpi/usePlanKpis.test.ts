import { type Plan, xuhuiPlan2025 } from "@jiaolianti/core";
import { type KpiActual, trackKpi } from "@jiaolianti/scoring";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { effectScope, ref } from "vue";
import { PLAN_KPI_STATUS_FILTERS, usePlanKpis } from "./usePlanKpis";

type Actuals = Record<string, ReadonlyArray<KpiActual>>;

const inScope = <R>(fn: () => R): R => {
  const scope = effectScope();
  const out = scope.run(fn);
  if (out === undefined) throw new Error("scope did not run");
  return out;
};

const SAMPLE: Actuals = {
  "coaches-in-schools": [
    { date: "2025-12-31", value: 34 },
    { date: "2026-09-30", value: 52 },
  ],
  "science-courses-per-year": [
    { date: "2026-03-31", value: 22 },
    { date: "2026-06-30", value: 49 },
    { date: "2026-09-30", value: 76 },
  ],
  "new-science-venues": [
    { date: "2025-12-31", value: 7 },
    { date: "2026-09-30", value: 15 },
  ],
};

const rowsOf = (b: ReturnType<typeof usePlanKpis>) => b.groups.value.flatMap((g) => g.rows);

describe("usePlanKpis", () => {
  test("lists every target of the plan once, actions first in plan order, then goals and tracks", () => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, {}));
    const ids = rowsOf(board).map((r) => r.target.id);
    expect([...ids].sort()).toEqual(xuhuiPlan2025.targets.map((t) => t.id).sort());
    const actionGroups = board.groups.value.filter((g) => g.kind === "action").map((g) => g.id);
    expect(actionGroups).toEqual(
      xuhuiPlan2025.actions.filter((a) => xuhuiPlan2025.targets.some((t) => t.actionId === a.id)).map((a) => a.id),
    );
    expect(board.groups.value[0]?.name.zh).toBe("汇善铸魂");
    const kinds = board.groups.value.map((g) => g.kind);
    expect(kinds.lastIndexOf("action")).toBeLessThan(kinds.indexOf("goal"));
    for (const g of board.groups.value) {
      expect(g.rows.length).toBeGreaterThan(0);
      for (const r of g.rows) expect([r.target.actionId, r.target.goalId, r.target.trackId]).toContain(g.id);
    }
  });

  test("without actuals every target is no-data", () => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, {}));
    expect(board.status.value).toBe("success");
    expect(board.counts.value["no-data"]).toBe(xuhuiPlan2025.targets.length);
    for (const r of rowsOf(board)) expect(r).toMatchObject({ kpi: null, status: "no-data" });
  });

  test("each status is exactly trackKpi's for that target, and follows the actuals", () => {
    const actuals = ref<Actuals>(SAMPLE);
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, actuals));
    for (const [id, series] of Object.entries(SAMPLE)) {
      const want = trackKpi(xuhuiPlan2025, id, series);
      if (!want.ok) throw new Error(want.error.message);
      const row = rowsOf(board).find((r) => r.target.id === id);
      expect(row?.kpi).toEqual(want.value);
      expect(row?.status).toBe(want.value.status);
    }
    expect(new Set(rowsOf(board).map((r) => r.status))).toEqual(
      new Set(["achieved", "on-track", "off-track", "no-data"]),
    );

    actuals.value = { ...SAMPLE, "new-science-venues": [{ date: "2026-09-30", value: 30 }] };
    expect(rowsOf(board).find((r) => r.target.id === "new-science-venues")?.status).toBe("achieved");
  });

  test("passes asOf and atRiskTolerance to scoring", () => {
    const series = { "new-science-venues": SAMPLE["new-science-venues"] ?? [] };
    const tolerance = ref(0.1);
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, series, () => ({ atRiskTolerance: tolerance.value })));
    expect(rowsOf(board).find((r) => r.target.id === "new-science-venues")?.status).toBe("off-track");
    tolerance.value = 0.5;
    expect(rowsOf(board).find((r) => r.target.id === "new-science-venues")?.status).toBe("at-risk");

    const late = inScope(() => usePlanKpis(xuhuiPlan2025, series, { asOf: "2028-01-15" }));
    const row = rowsOf(late).find((r) => r.target.id === "new-science-venues");
    expect(row?.kpi?.final).toBe(true);
    expect(row?.status).toBe("off-track");
  });

  test("counts add up to the number of targets", () => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, SAMPLE));
    const counts = board.counts.value;
    expect(Object.keys(counts).sort()).toEqual([...PLAN_KPI_STATUS_FILTERS].sort());
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(xuhuiPlan2025.targets.length);
    expect(counts.achieved).toBe(1);
    expect(counts["no-data"]).toBe(xuhuiPlan2025.targets.length - 3);
  });

  test("an empty series of a known target is no-data, not an error", () => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, { "coaches-in-schools": [] }));
    expect(board.status.value).toBe("success");
    expect(rowsOf(board).find((r) => r.target.id === "coaches-in-schools")?.status).toBe("no-data");
  });

  test.each<[string, unknown, string, string]>([
    ["NaN", { "coaches-in-schools": [{ date: "2026-06-30", value: Number.NaN }] }, "KpiError", "not-finite"],
    [
      "dates out of order",
      {
        "coaches-in-schools": [
          { date: "2026-06-30", value: 20 },
          { date: "2026-03-31", value: 10 },
        ],
      },
      "KpiError",
      "dates-out-of-order",
    ],
    ["a negative count", { "coaches-in-schools": [{ date: "2026-06-30", value: -1 }] }, "KpiError", "negative"],
    [
      "coverage above 100 %",
      { "one-school-one-doctor": [{ date: "2026-06-30", value: 120 }] },
      "KpiError",
      "out-of-range",
    ],
    ["a bad date", { "coaches-in-schools": [{ date: "2026-13-01", value: 1 }] }, "KpiError", "invalid-date"],
    ["an unknown target id", { "no-such-target": [{ date: "2026-06-30", value: 1 }] }, "UnknownPlanReference", ""],
    ["an empty series of an unknown target id", { "no-such-target": [] }, "UnknownPlanReference", ""],
  ])("refuses %s with scoring's typed error and no partial result", (_, actuals, tag, reason) => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, { ...SAMPLE, ...(actuals as Actuals) }));
    expect(board.status.value).toBe("error");
    expect(board.error.value?._tag).toBe(tag);
    if (board.error.value?._tag === "KpiError") expect(board.error.value.reason).toBe(reason);
    expect(board.error.value?.message.length).toBeGreaterThan(0);
    expect(board.error.value?.messageZh.length).toBeGreaterThan(0);
    expect(board.groups.value).toEqual([]);
    expect(Object.values(board.counts.value).every((n) => n === 0)).toBe(true);
  });

  test("refuses a bad option (asOf before the last actual)", () => {
    const board = inScope(() => usePlanKpis(xuhuiPlan2025, SAMPLE, { asOf: "2026-01-01" }));
    expect(board.error.value?._tag).toBe("KpiError");
    if (board.error.value?._tag === "KpiError") expect(board.error.value.reason).toBe("invalid-option");
  });

  test("validates the plan with core's schema and recovers when it is fixed", () => {
    const plan = ref<Plan>({ ...xuhuiPlan2025, actions: undefined } as unknown as Plan);
    const board = inScope(() => usePlanKpis(plan, SAMPLE));
    expect(board.status.value).toBe("error");
    expect(board.error.value?._tag).toBe("ValidationError");
    if (board.error.value?._tag === "ValidationError") expect(board.error.value.subject).toBe("Plan");
    plan.value = xuhuiPlan2025;
    expect(board.status.value).toBe("success");
    expect(board.error.value).toBeUndefined();
  });

  test("never throws, whatever the actuals", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("coaches-in-schools", "science-courses-per-year", "one-school-one-doctor", "nope"),
          fc.array(fc.record({ date: fc.oneof(fc.constant("2026-06-30"), fc.string()), value: fc.double() }), {
            maxLength: 4,
          }),
        ),
        (actuals) => {
          const board = inScope(() => usePlanKpis(xuhuiPlan2025, actuals));
          // Either a complete board or an error, never both, never neither.
          if (board.status.value === "success") {
            expect(board.error.value).toBeUndefined();
            expect(rowsOf(board)).toHaveLength(xuhuiPlan2025.targets.length);
          } else {
            expect(board.error.value).toBeDefined();
            expect(board.groups.value).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
