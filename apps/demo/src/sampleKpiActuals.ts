import type { KpiActual } from "@jiaolianti/scoring";

/**
 * SAMPLE DATA (示例数据) — invented actuals for six targets of the Xuhui plan (`xuhuiPlan2025`), so the demo's
 * plan-target board shows every status. They are NOT Xuhui's statistics and must be shown labelled as sample data.
 * `SAMPLE_TARGETS` of `@jiaolianti/core/sample` calibrates the synthetic students (PHQ-9, SDQ … shares); it holds no
 * plan-target actuals, hence this small set. Values are in each target's unit: cumulative counts since 2025-01-01,
 * year-to-date counts and rates for the yearly targets, percentages for coverage.
 *
 * With these figures `trackKpis` gives: coaches-in-schools achieved, science-courses-per-year and
 * youth-counselling-clinics on track, district-competition-participation and arts-training-attendance-per-year at
 * risk, new-science-venues off track (checked in App.test.ts against scoring, not hard-coded in the view).
 */
export const sampleKpiActuals: Readonly<Record<string, ReadonlyArray<KpiActual>>> = {
  "coaches-in-schools": [
    { date: "2025-06-30", value: 18 },
    { date: "2025-12-31", value: 34 },
    { date: "2026-06-30", value: 46 },
    { date: "2026-09-30", value: 52 },
  ],
  "science-courses-per-year": [
    { date: "2025-12-31", value: 104 },
    { date: "2026-03-31", value: 22 },
    { date: "2026-06-30", value: 49 },
    { date: "2026-09-30", value: 76 },
  ],
  "youth-counselling-clinics": [
    { date: "2025-06-30", value: 38 },
    { date: "2025-12-31", value: 55 },
    { date: "2026-06-30", value: 68 },
    { date: "2026-09-30", value: 74 },
  ],
  "district-competition-participation": [
    { date: "2025-12-31", value: 32 },
    { date: "2026-06-30", value: 14 },
    { date: "2026-09-30", value: 21 },
  ],
  "arts-training-attendance-per-year": [
    { date: "2025-12-31", value: 1120 },
    { date: "2026-06-30", value: 430 },
    { date: "2026-09-30", value: 690 },
  ],
  "new-science-venues": [
    { date: "2025-12-31", value: 7 },
    { date: "2026-06-30", value: 12 },
    { date: "2026-09-30", value: 15 },
  ],
};

/** The date the sample board is read at: the last sample actual. */
export const SAMPLE_KPI_AS_OF = "2026-09-30";
