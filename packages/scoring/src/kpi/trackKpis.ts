import type { Plan, Result, UnknownPlanReference } from "@jiaolianti/core";
import type { KpiError } from "./KpiError.js";
import type { KpiActual, KpiStatus } from "./KpiStatus.js";
import { type TrackKpiOptions, trackKpi } from "./trackKpi.js";

/**
 * Tracks several targets of a plan at once: `series` maps target ids to their actuals; targets without a series are
 * left out. Fails on the first bad series (its error names the target), so a cockpit never shows a partial picture.
 * Options (`asOf`, `atRiskTolerance`) apply to every target; baselines take each target's default.
 *
 * @example
 * ```ts
 * import { trackKpis } from "@jiaolianti/scoring";
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = trackKpis(xuhuiPlan2025, {
 *   "coaches-in-schools": [{ date: "2026-06-30", value: 41 }],
 *   "science-courses-per-year": [{ date: "2026-03-31", value: 30 }, { date: "2026-06-30", value: 55 }],
 * });
 * if (r.ok) console.log(r.value.map((s) => [s.targetId, s.status]));
 * ```
 */
export const trackKpis = (
  plan: Plan,
  series: Readonly<Record<string, ReadonlyArray<KpiActual>>>,
  options: Omit<TrackKpiOptions, "baseline"> = {},
): Result<KpiStatus[], UnknownPlanReference | KpiError> => {
  const out: KpiStatus[] = [];
  for (const [targetId, actuals] of Object.entries(series ?? {})) {
    const r = trackKpi(plan, targetId, actuals, options);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
};
