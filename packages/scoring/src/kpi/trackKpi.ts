import {
  findTarget,
  IsoDate,
  type Plan,
  type PlanTarget,
  type Result,
  type UnknownPlanReference,
} from "@jiaolianti/core";
import { type KpiError, kpiFail, MAX_KPI_ACTUALS } from "./KpiError.js";
import { type KpiActual, type KpiStatus, type KpiStatusCode, kpiStatusLabels } from "./KpiStatus.js";
import { dayNumber, linearTrend, trendAt } from "./linearTrend.js";

/** Options of {@link trackKpi}. */
export interface TrackKpiOptions {
  /** Date the status is read at (≥ the last actual). @default the last actual's date */
  readonly asOf?: string;
  /**
   * A point put in front of the actuals for the trend. @default for `cumulative-count` and `named-set` targets
   * `{ date: "<plan start year>-01-01", value: 0 }` (they count what the plan adds); none for coverage rates. Yearly
   * targets always start their year at 0 on 1 January. `null` disables the default.
   */
  readonly baseline?: KpiActual | null;
  /**
   * A projection short of the target by at most this share of the target value is `at-risk`, beyond it `off-track`.
   * @default 0.1 (ours)
   */
  readonly atRiskTolerance?: number;
}

const meets = (comparator: PlanTarget["comparator"], v: number, target: number): boolean =>
  comparator === "atLeast"
    ? v >= target
    : comparator === "atMost"
      ? v <= target
      : Math.abs(v - target) <= 1e-9 * Math.max(1, Math.abs(target));

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** Validates a series of actuals (internal). */
const readActuals = (target: PlanTarget, actuals: unknown): Result<KpiActual[], KpiError> => {
  const id = target.id;
  if (!Array.isArray(actuals))
    return kpiFail("no-actuals", id, ["actuals"], "expected an array of { date, value }", "应为 { date, value } 数组");
  if (actuals.length === 0) return kpiFail("no-actuals", id, ["actuals"], "no actuals yet", "尚无实际值");
  if (actuals.length > MAX_KPI_ACTUALS)
    return kpiFail(
      "too-many",
      id,
      ["actuals"],
      `${actuals.length} actuals, at most ${MAX_KPI_ACTUALS}`,
      `实际值超过 ${MAX_KPI_ACTUALS} 条`,
    );
  const out: KpiActual[] = [];
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i] as { date?: unknown; value?: unknown } | null;
    const date = a?.date;
    const value = a?.value;
    if (typeof date !== "string" || !IsoDate.safeParse(date).success)
      return kpiFail(
        "invalid-date",
        id,
        ["actuals", i, "date"],
        `${JSON.stringify(date)} is not a YYYY-MM-DD date`,
        "日期应为 YYYY-MM-DD",
      );
    if (typeof value !== "number" || !Number.isFinite(value))
      return kpiFail(
        "not-finite",
        id,
        ["actuals", i, "value"],
        `${String(value)} is not a finite number`,
        `${String(value)} 不是有限数值`,
      );
    if (value < 0) return kpiFail("negative", id, ["actuals", i, "value"], `${value} < 0`, `数值 ${value} 为负`);
    if (target.kpiKind === "coverage-rate" && value > 100)
      return kpiFail(
        "out-of-range",
        id,
        ["actuals", i, "value"],
        `coverage ${value} % > 100 %`,
        `覆盖率 ${value}% 超过 100%`,
      );
    const prev = out.at(-1);
    if (prev && prev.date >= date)
      return kpiFail(
        "dates-out-of-order",
        id,
        ["actuals", i, "date"],
        `${date} does not come after ${prev.date} (actuals must be in strictly increasing date order)`,
        `日期 ${date} 不晚于上一条 ${prev.date}(实际值应按日期严格递增)`,
      );
    out.push({ date, value });
  }
  return { ok: true, value: out };
};

/**
 * Tracks one plan target (core's `PlanTarget`, e.g. of `xuhuiPlan2025`) against its actuals: `achieved` when the latest
 * value meets the target (by its comparator: ≥, ≤ or =), else the value projected at the deadline by a least-squares
 * line through the actuals decides — `on-track` if it meets the target, `at-risk` if it falls short by at most
 * `atRiskTolerance` × the target value (default 10 %, ours), `off-track` beyond. Fewer than two points give no trend:
 * `at-risk` (not enough data to show it is on track). After the deadline the status is final: `achieved` if the last
 * value on or before the deadline met the target, else `off-track`.
 *
 * Per KPI kind (core's `KpiKind`): cumulative counts and named sets count what the plan adds, so the trend starts at 0
 * on 1 January of the plan's first year; coverage rates use the actuals only (capped at 0–100 % when projected);
 * per-year targets (`annual-count`, `participation-rate`: 每年100门, 参赛人次≥30%) are tracked as year-to-date
 * values of the year of the last actual, starting at 0 on 1 January and projected to 31 December, with each earlier
 * year's final value reported in `completedYears`. `atMost` targets (decreasing is better — none in the Xuhui plan yet)
 * are met at or below the target; `exactly` targets are projected like `atLeast` (named deliverables are counted up).
 *
 * Errors: an unknown target id is core's `UnknownPlanReference` (listing the ids that exist); bad actuals are a
 * {@link KpiError} (`dates-out-of-order`, `not-finite`, `negative`, `out-of-range`, `invalid-date`, `no-actuals`).
 *
 * Source: targets from 徐汇区“教联体”行动方案(2025—2027) via `xuhuiPlan2025`; the linear projection and tolerance are ours.
 *
 * @example
 * ```ts
 * import { trackKpi } from "@jiaolianti/scoring";
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = trackKpi(xuhuiPlan2025, "new-science-venues", [
 *   { date: "2025-12-31", value: 8 },
 *   { date: "2026-06-30", value: 13 },
 * ]);
 * // The trend through (2025-01-01, 0), (2025-12-31, 8), (2026-06-30, 13) reaches ≈ 25.7 by 2027-12-31: 4.3 short of 30.
 * if (r.ok) console.log(r.value.status, r.value.projected); // "off-track" 25.65…
 * ```
 */
export const trackKpi = (
  plan: Plan,
  targetId: string,
  actuals: ReadonlyArray<KpiActual>,
  options: TrackKpiOptions = {},
): Result<KpiStatus, UnknownPlanReference | KpiError> => {
  const found = findTarget(plan, targetId);
  if (!found.ok) return found;
  const target = found.value;
  const id = target.id;
  const read = readActuals(target, actuals);
  if (!read.ok) return read;
  const series = read.value;
  const last = series.at(-1) as KpiActual;
  const tol = options.atRiskTolerance ?? 0.1;
  if (typeof tol !== "number" || !(tol >= 0 && tol <= 1))
    return kpiFail(
      "invalid-option",
      id,
      ["atRiskTolerance"],
      "atRiskTolerance must be in [0, 1]",
      "风险容差应在 0–1 之间",
    );
  const asOf = options.asOf ?? last.date;
  if (typeof asOf !== "string" || !IsoDate.safeParse(asOf).success)
    return kpiFail(
      "invalid-date",
      id,
      ["asOf"],
      `asOf ${JSON.stringify(asOf)} is not a YYYY-MM-DD date`,
      "asOf 应为 YYYY-MM-DD",
    );
  if (asOf < last.date)
    return kpiFail(
      "invalid-option",
      id,
      ["asOf"],
      `asOf ${asOf} is before the last actual (${last.date})`,
      `asOf 早于最后一条实际值的日期`,
    );
  const yearly = target.period === "per-year";
  const T = target.value;
  const cmp = target.comparator;

  let baseline: KpiActual | null = null;
  let points: KpiActual[];
  let year: number | null = null;
  let projectedAt = target.deadline;
  const completedYears: { year: number; value: number; met: boolean }[] = [];
  if (yearly) {
    year = Number(last.date.slice(0, 4));
    const byYear = new Map<number, KpiActual>();
    for (const a of series) byYear.set(Number(a.date.slice(0, 4)), a);
    for (const [y, a] of byYear)
      if (y < year) completedYears.push({ year: y, value: a.value, met: meets(cmp, a.value, T) });
    baseline = { date: `${year}-01-01`, value: 0 };
    points = series.filter((a) => Number(a.date.slice(0, 4)) === year);
    const yearEnd = `${year}-12-31`;
    projectedAt = yearEnd < target.deadline ? yearEnd : target.deadline;
  } else {
    points = series;
    const def =
      target.kpiKind === "cumulative-count" || target.kpiKind === "named-set"
        ? { date: `${plan.period.startYear}-01-01`, value: 0 }
        : null;
    baseline = options.baseline === undefined ? def : options.baseline;
    if (baseline !== null) {
      const b = baseline as { date?: unknown; value?: unknown };
      if (
        typeof b.date !== "string" ||
        !IsoDate.safeParse(b.date).success ||
        typeof b.value !== "number" ||
        !Number.isFinite(b.value)
      )
        return kpiFail(
          "invalid-option",
          id,
          ["baseline"],
          "baseline must be { date: YYYY-MM-DD, value: finite number } or null",
          "基线应为 { date, value } 或 null",
        );
    }
  }
  if (baseline !== null && (points[0]?.date ?? "9999") <= baseline.date) baseline = null; // data already there
  const fit = baseline ? [baseline, ...points] : points;
  const trend = linearTrend(
    fit.map((a) => dayNumber(a.date)),
    fit.map((a) => a.value),
  );
  let projected = trend ? trendAt(trend, dayNumber(projectedAt)) : null;
  if (projected !== null) {
    projected = Math.max(0, projected);
    if (target.kpiKind === "coverage-rate") projected = Math.min(100, projected);
  }
  const latest = yearly ? (points.at(-1) as KpiActual) : last;
  const gap = meets(cmp, latest.value, T) ? 0 : Math.abs(T - latest.value);
  const final = asOf > target.deadline;

  let status: KpiStatusCode;
  let reason: KpiStatus["reason"];
  const unit = target.unit === "percent" ? "%" : ` ${target.unit}`;
  if (final) {
    const onTime = series.filter((a) => a.date <= target.deadline).at(-1);
    const met = onTime !== undefined && meets(cmp, onTime.value, T);
    status = met ? "achieved" : "off-track";
    reason = met
      ? {
          code: "deadline-passed-met",
          zh: `截止日 ${target.deadline} 前已达成`,
          en: `met by the deadline ${target.deadline}`,
        }
      : {
          code: "deadline-passed-missed",
          zh: `截止日 ${target.deadline} 已过,未达成目标 ${fmt(T)}`,
          en: `the deadline ${target.deadline} passed without reaching ${fmt(T)}${unit}`,
        };
  } else if (meets(cmp, latest.value, T)) {
    status = "achieved";
    reason = {
      code: "met",
      zh: `最新值 ${fmt(latest.value)} 已达到目标 ${fmt(T)}`,
      en: `latest ${fmt(latest.value)} meets the target ${fmt(T)}${unit}`,
    };
  } else if (projected === null) {
    status = "at-risk";
    reason = {
      code: "no-trend",
      zh: "数据点不足两个,无法判断趋势",
      en: "fewer than two data points: no trend to show it is on track",
    };
  } else {
    const short = cmp === "atMost" ? projected - T : T - projected;
    const p = fmt(projected);
    if (short <= 0) {
      status = "on-track";
      reason = {
        code: "projected-to-meet",
        zh: `按线性趋势预计 ${projectedAt} 达到 ${p}`,
        en: `the linear trend reaches ${p}${unit} by ${projectedAt}`,
      };
    } else if (short <= tol * T) {
      status = "at-risk";
      reason = {
        code: "projected-within-tolerance",
        zh: `按线性趋势预计 ${projectedAt} 为 ${p},略低于目标 ${fmt(T)}`,
        en: `the linear trend reaches ${p}${unit} by ${projectedAt}, just short of ${fmt(T)}`,
      };
    } else {
      status = "off-track";
      reason = {
        code: "projected-to-miss",
        zh: `按线性趋势预计 ${projectedAt} 仅为 ${p},明显低于目标 ${fmt(T)}`,
        en: `the linear trend reaches only ${p}${unit} by ${projectedAt}, well short of ${fmt(T)}`,
      };
    }
  }
  return {
    ok: true,
    value: {
      targetId: id,
      kpiKind: target.kpiKind,
      comparator: cmp,
      targetValue: T,
      unit: target.unit,
      deadline: target.deadline,
      status,
      label: kpiStatusLabels[status],
      asOf,
      final,
      basis: yearly ? "year-to-date" : "cumulative",
      year,
      latest,
      projected,
      projectedAt,
      trend,
      baseline,
      gap,
      completedYears,
      reason,
      atRiskTolerance: tol,
    },
  };
};
