import type { KpiKind, PlanUnit, TargetComparator } from "@jiaolianti/core";
import type { LinearTrend } from "./linearTrend.js";

/** Where a target stands: met, projected to be met, projected to fall just short, or projected to miss. */
export type KpiStatusCode = "achieved" | "on-track" | "at-risk" | "off-track";

/**
 * zh-CN and en labels of the statuses, for display.
 *
 * @example
 * ```ts
 * import { kpiStatusLabels } from "@jiaolianti/scoring";
 * kpiStatusLabels["at-risk"].zh; // "存在风险"
 * ```
 */
export const kpiStatusLabels: Readonly<Record<KpiStatusCode, { readonly zh: string; readonly en: string }>> = {
  achieved: { zh: "已达成", en: "Achieved" },
  "on-track": { zh: "进度正常", en: "On track" },
  "at-risk": { zh: "存在风险", en: "At risk" },
  "off-track": { zh: "偏离目标", en: "Off track" },
};

/** One dated measurement of a target, e.g. the number of new science venues on 2026-06-30. */
export interface KpiActual {
  /** ISO date `YYYY-MM-DD`. */
  readonly date: string;
  /**
   * The value on that date, in the target's unit: a cumulative count since the plan started (`cumulative-count`,
   * `named-set`), a year-to-date count or rate (`annual-count`, `participation-rate`), or a percentage reached
   * (`coverage-rate`).
   */
  readonly value: number;
}

/** A target's status that explains itself. */
export interface KpiStatus {
  readonly targetId: string;
  readonly kpiKind: KpiKind;
  readonly comparator: TargetComparator;
  readonly targetValue: number;
  readonly unit: PlanUnit;
  readonly deadline: string;
  readonly status: KpiStatusCode;
  readonly label: { readonly zh: string; readonly en: string };
  /** The date the status is read at (the last actual's unless `asOf` was given). */
  readonly asOf: string;
  /** `true` once the deadline has passed: the status is final (achieved or off-track). */
  readonly final: boolean;
  /** `cumulative`: the series counts since the plan started; `year-to-date`: each calendar year restarts at 0. */
  readonly basis: "cumulative" | "year-to-date";
  /** The calendar year tracked (year-to-date targets: the year of the last actual). */
  readonly year: number | null;
  readonly latest: KpiActual;
  /** Trend value at `projectedAt`, `null` without a trend (fewer than two points). */
  readonly projected: number | null;
  /** The deadline, or for a yearly target the end of the tracked year (never after the deadline). */
  readonly projectedAt: string;
  readonly trend: LinearTrend | null;
  /** The point added in front of the actuals (plan start or 1 January at 0), `null` if none. */
  readonly baseline: KpiActual | null;
  /** How far the latest value is from the target, in the target's unit, ≥ 0 (0 once met). */
  readonly gap: number;
  /** Yearly targets: each earlier year's last value and whether it met the target. */
  readonly completedYears: ReadonlyArray<{ readonly year: number; readonly value: number; readonly met: boolean }>;
  readonly reason: {
    readonly code:
      | "met"
      | "projected-to-meet"
      | "projected-within-tolerance"
      | "projected-to-miss"
      | "no-trend"
      | "deadline-passed-met"
      | "deadline-passed-missed";
    readonly zh: string;
    readonly en: string;
  };
  /** Relative shortfall of the projection still counted as `at-risk`. */
  readonly atRiskTolerance: number;
}
