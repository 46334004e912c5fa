import { type Plan, type PlanTarget, xuhuiPlan2025 } from "@jiaolianti/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dayNumber, linearTrend, trendAt } from "./linearTrend.js";
import { trackKpi } from "./trackKpi.js";
import { trackKpis } from "./trackKpis.js";

const P = xuhuiPlan2025;

// A decreasing-is-better target (the Xuhui plan has none yet): share of students with problematic internet use ≤ 20 %.
const lowerIsBetter: PlanTarget = {
  id: "problematic-internet-use",
  trackId: "transformation-mechanism",
  description: { zh: "网络沉迷学生比例不高于20%(示例)", en: "Problematic internet use at most 20 % (example)" },
  value: 20,
  unit: "percent",
  comparator: "atMost",
  period: "coverage",
  base: "students",
  deadline: "2027-12-31",
  kpiKind: "coverage-rate",
  inferred: [],
};
const planWithAtMost: Plan = { ...P, targets: [...P.targets, lowerIsBetter] };

describe("trackKpi — statuses (new-science-venues: ≥ 30 by 2027-12-31, counted from 0 on 2025-01-01)", () => {
  test.each([
    ["already at 31", [{ date: "2026-06-30", value: 31 }], "achieved", "met"],
    // (2025-01-01, 0), (2026-01-01, 20) → 20/365 a day → ≈ 59.9 at the deadline
    ["fast growth", [{ date: "2026-01-01", value: 20 }], "on-track", "projected-to-meet"],
    // (0, 0), (730 d, 20) → at day 1094: 29.97 — 0.03 short, within 10 % of 30
    ["just short", [{ date: "2027-01-01", value: 20 }], "at-risk", "projected-within-tolerance"],
    // (0, 0), (364, 8), (545, 13) → OLS ≈ 25.65 at the deadline: 4.35 short (> 3)
    [
      "slow growth",
      [
        { date: "2025-12-31", value: 8 },
        { date: "2026-06-30", value: 13 },
      ],
      "off-track",
      "projected-to-miss",
    ],
  ] as const)("%s → %s", (_, actuals, status, code) => {
    const r = trackKpi(P, "new-science-venues", actuals);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe(status);
    expect(r.value.reason.code).toBe(code);
    expect(r.value.label.zh.length).toBeGreaterThan(0);
    expect(r.value.baseline).toEqual({ date: "2025-01-01", value: 0 });
    expect(r.value.basis).toBe("cumulative");
  });

  test("the projection is the least-squares line at the deadline", () => {
    const r = trackKpi(P, "new-science-venues", [
      { date: "2025-12-31", value: 8 },
      { date: "2026-06-30", value: 13 },
    ]);
    if (!r.ok) return expect.unreachable();
    // Closed form for x = (0, 364, 545), y = (0, 8, 13), projected at x* = 1094 (2027-12-31 − 2025-01-01).
    const xs = [0, 364, 545];
    const ys = [0, 8, 13];
    const mx = xs.reduce((s, x) => s + x, 0) / 3;
    const my = ys.reduce((s, y) => s + y, 0) / 3;
    const b =
      xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(r.value.projected).toBeCloseTo(my + b * (1094 - mx), 10);
    expect(r.value.projected).toBeCloseTo(25.654, 3);
    expect(r.value.gap).toBe(17);
  });

  test("after the deadline the status is final", () => {
    const met = trackKpi(P, "new-science-venues", [
      { date: "2027-12-01", value: 30 },
      { date: "2028-03-01", value: 31 },
    ]);
    expect(met.ok && [met.value.status, met.value.final, met.value.reason.code]).toEqual([
      "achieved",
      true,
      "deadline-passed-met",
    ]);
    const late = trackKpi(P, "new-science-venues", [
      { date: "2027-12-01", value: 25 },
      { date: "2028-03-01", value: 31 },
    ]);
    expect(late.ok && [late.value.status, late.value.reason.code]).toEqual(["off-track", "deadline-passed-missed"]);
    const asOf = trackKpi(P, "new-science-venues", [{ date: "2027-06-30", value: 20 }], { asOf: "2028-01-15" });
    expect(asOf.ok && asOf.value.status).toBe("off-track");
  });
});

describe("trackKpi — other kinds", () => {
  test.each([
    // coverage: no baseline; (2026-01-01, 50), (2027-01-01, 75) → 75 + 25·364/365 = 99.93: 0.07 short of 100
    [
      "coverage rising just short",
      "development-index-coverage",
      [
        { date: "2026-01-01", value: 50 },
        { date: "2027-01-01", value: 75 },
      ],
      "at-risk",
      99.93150684931507,
    ],
    [
      "coverage projected above 100 is capped",
      "development-index-coverage",
      [
        { date: "2026-01-01", value: 60 },
        { date: "2027-01-01", value: 85 },
      ],
      "on-track",
      100,
    ],
    [
      "coverage with one point has no trend",
      "development-index-coverage",
      [{ date: "2026-06-30", value: 80 }],
      "at-risk",
      null,
    ],
    ["coverage complete", "one-school-one-doctor", [{ date: "2026-06-30", value: 100 }], "achieved", null],
    // named set of 3 systems, met exactly
    ["named set complete", "support-systems", [{ date: "2026-06-30", value: 3 }], "achieved", null],
    // atMost: (2026-01-01, 30), (2027-01-01, 25) → 25 − 5·364/365 ≈ 20.01: just above 20
    [
      "decreasing-is-better, just short",
      "problematic-internet-use",
      [
        { date: "2026-01-01", value: 30 },
        { date: "2027-01-01", value: 25 },
      ],
      "at-risk",
      20.013698630136986,
    ],
    [
      "decreasing-is-better, falling fast",
      "problematic-internet-use",
      [
        { date: "2026-01-01", value: 30 },
        { date: "2027-01-01", value: 22 },
      ],
      "on-track",
      14.021917808219179,
    ],
    ["decreasing-is-better, met", "problematic-internet-use", [{ date: "2026-06-30", value: 18 }], "achieved", null],
    [
      "decreasing-is-better, rising",
      "problematic-internet-use",
      [
        { date: "2026-01-01", value: 22 },
        { date: "2027-01-01", value: 26 },
      ],
      "off-track",
      29.98904109589041,
    ],
  ] as const)("%s", (_, id, actuals, status, projected) => {
    const r = trackKpi(planWithAtMost, id, actuals);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe(status);
    if (projected !== null) expect(r.value.projected).toBeCloseTo(projected, 9);
  });

  test("per-year targets are tracked year to date, with earlier years reported", () => {
    // 每年100门: 2025 ended at 104 (met); 2026: 30 by 03-31, 55 by 06-30 → from 0 on 01-01, OLS → ≈ 111 by 12-31
    const r = trackKpi(P, "science-courses-per-year", [
      { date: "2025-06-30", value: 40 },
      { date: "2025-12-31", value: 104 },
      { date: "2026-03-31", value: 30 },
      { date: "2026-06-30", value: 55 },
    ]);
    if (!r.ok) return expect.unreachable();
    expect(r.value).toMatchObject({
      basis: "year-to-date",
      year: 2026,
      projectedAt: "2026-12-31",
      baseline: { date: "2026-01-01", value: 0 },
      latest: { date: "2026-06-30", value: 55 },
      completedYears: [{ year: 2025, value: 104, met: true }],
      status: "on-track",
    });
    const xs = [0, 89, 180];
    const ys = [0, 30, 55];
    const t = linearTrend(xs, ys);
    expect(r.value.projected).toBeCloseTo(t ? trendAt(t, 364) : Number.NaN, 9);
  });

  test("a missed earlier year is reported even when this year is on track", () => {
    const r = trackKpi(P, "district-competition-participation", [
      { date: "2025-12-31", value: 24 },
      { date: "2026-06-30", value: 18 },
    ]);
    expect(r.ok && r.value.completedYears).toEqual([{ year: 2025, value: 24, met: false }]);
  });
});

describe("trackKpi — typed errors", () => {
  test("an unknown target id is core's UnknownPlanReference listing the known ids", () => {
    const r = trackKpi(P, "no-such-target", [{ date: "2026-01-01", value: 1 }]);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error._tag === "UnknownPlanReference") expect(r.error.known).toContain("new-science-venues");
    else expect.unreachable();
  });

  test.each([
    [
      "dates out of order",
      [
        { date: "2026-06-30", value: 12 },
        { date: "2026-03-31", value: 8 },
      ],
      "dates-out-of-order",
      ["actuals", 1, "date"],
    ],
    [
      "a repeated date",
      [
        { date: "2026-03-31", value: 8 },
        { date: "2026-03-31", value: 9 },
      ],
      "dates-out-of-order",
      ["actuals", 1, "date"],
    ],
    ["NaN", [{ date: "2026-03-31", value: Number.NaN }], "not-finite", ["actuals", 0, "value"]],
    ["Infinity", [{ date: "2026-03-31", value: Number.POSITIVE_INFINITY }], "not-finite", ["actuals", 0, "value"]],
    ["a negative count", [{ date: "2026-03-31", value: -1 }], "negative", ["actuals", 0, "value"]],
    ["an impossible date", [{ date: "2026-02-30", value: 1 }], "invalid-date", ["actuals", 0, "date"]],
    ["no actuals", [], "no-actuals", ["actuals"]],
  ] as const)("%s", (_, actuals, reason, path) => {
    const r = trackKpi(P, "new-science-venues", actuals as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ _tag: "KpiError", reason, path, targetId: "new-science-venues" });
  });

  test("coverage above 100 % is out of range", () => {
    const r = trackKpi(P, "development-index-coverage", [{ date: "2026-03-31", value: 101 }]);
    expect(r.ok || r.error).toMatchObject({ reason: "out-of-range" });
  });

  test.each([
    ["asOf before the last actual", { asOf: "2026-01-01" }, "invalid-option"],
    ["a bad asOf", { asOf: "soon" }, "invalid-date"],
    ["a tolerance above 1", { atRiskTolerance: 2 }, "invalid-option"],
    ["a baseline without a date", { baseline: { value: 0 } as never }, "invalid-option"],
  ] as const)("%s", (_, options, reason) => {
    const r = trackKpi(P, "new-science-venues", [{ date: "2026-03-31", value: 8 }], options);
    expect(r.ok || r.error).toMatchObject({ reason });
  });
});

describe("trackKpi — properties", () => {
  const seriesArb = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 100, noNaN: true })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((steps) => {
      let day = dayNumber("2025-01-01");
      return steps.map(([gap, value]) => {
        day += gap;
        return { date: new Date(day * 86_400_000).toISOString().slice(0, 10), value };
      });
    });
  const rank = { achieved: 0, "on-track": 1, "at-risk": 2, "off-track": 3 } as const;

  test("achieved exactly when the latest value meets the target (before the deadline)", () => {
    fc.assert(
      fc.property(seriesArb, (series) => {
        const r = trackKpi(P, "development-index-coverage", series);
        if (!r.ok) return expect.unreachable();
        expect(r.value.status === "achieved").toBe((series.at(-1)?.value as number) >= 100);
      }),
    );
  });

  test("raising every actual of a coverage rate never worsens its status", () => {
    fc.assert(
      fc.property(seriesArb, fc.double({ min: 0, max: 50, noNaN: true }), (series, c) => {
        const up = series.map((a) => ({ ...a, value: Math.min(100, a.value + c) }));
        const capped = up.some((a, i) => a.value - (series[i] as { value: number }).value !== c);
        const a = trackKpi(P, "development-index-coverage", series);
        const b = trackKpi(P, "development-index-coverage", up);
        if (!a.ok || !b.ok) return expect.unreachable();
        if (!capped) expect(rank[b.value.status]).toBeLessThanOrEqual(rank[a.value.status]);
      }),
    );
  });

  test("points on a line are projected onto that line", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { minLength: 2, maxLength: 6 }),
        (slope, intercept, days) => {
          const ds = [...days].sort((x, y) => x - y);
          const t = linearTrend(
            ds,
            ds.map((d) => intercept + slope * d),
          );
          expect(t && trendAt(t, 1000)).toBeCloseTo(intercept + slope * 1000, 6);
        },
      ),
    );
  });
});

describe("trackKpis", () => {
  test("tracks several targets and fails on the first bad series, naming it", () => {
    const r = trackKpis(P, {
      "coaches-in-schools": [{ date: "2026-06-30", value: 51 }],
      "new-science-venues": [{ date: "2026-06-30", value: 20 }],
    });
    expect(r.ok && r.value.map((s) => [s.targetId, s.status])).toEqual([
      ["coaches-in-schools", "achieved"],
      ["new-science-venues", "on-track"],
    ]);
    const bad = trackKpis(P, { "coaches-in-schools": [{ date: "2026-06-30", value: Number.NaN }] });
    expect(bad.ok || bad.error).toMatchObject({ _tag: "KpiError", targetId: "coaches-in-schools" });
  });
});
