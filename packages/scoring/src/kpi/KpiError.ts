import { Data } from "effect";

/**
 * Why KPI tracking refused its data:
 *
 * - `no-actuals` — an empty series: nothing to track (show "no data" rather than a status);
 * - `too-many` — more than {@link MAX_KPI_ACTUALS} actuals;
 * - `invalid-date` — a date that is not an ISO `YYYY-MM-DD` calendar date;
 * - `dates-out-of-order` — actuals not in strictly increasing date order (a repeated date included);
 * - `not-finite` — `NaN`, `±Infinity` or a non-number value;
 * - `negative` — a negative count or rate;
 * - `out-of-range` — a coverage rate above 100 %;
 * - `invalid-option` — an option outside its allowed values (e.g. `asOf` before the last actual).
 */
export type KpiErrorReason =
  | "no-actuals"
  | "too-many"
  | "invalid-date"
  | "dates-out-of-order"
  | "not-finite"
  | "negative"
  | "out-of-range"
  | "invalid-option";

/** Most actuals one target's series may hold (daily values for 27 years). */
export const MAX_KPI_ACTUALS = 10_000;

/**
 * KPI tracking ({@link trackKpi}) refused a target's actuals. `targetId` names the target, `path` the offending
 * actual (`["actuals", 3, "date"]`); `message` is English, `messageZh` is for a district officer. An unknown target
 * id is core's `UnknownPlanReference` instead (it lists the ids that exist).
 *
 * @example
 * ```ts
 * import { trackKpi } from "@jiaolianti/scoring";
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = trackKpi(xuhuiPlan2025, "new-science-venues", [
 *   { date: "2026-06-30", value: 12 },
 *   { date: "2026-03-31", value: 8 },
 * ]);
 * if (!r.ok) console.log(r.error._tag, r.error.reason); // "KpiError" "dates-out-of-order"
 * ```
 */
export class KpiError extends Data.TaggedError("KpiError")<{
  readonly reason: KpiErrorReason;
  readonly targetId: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}> {}

/** A failed result carrying a {@link KpiError} (internal shorthand). */
export const kpiFail = (
  reason: KpiErrorReason,
  targetId: string,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): { readonly ok: false; readonly error: KpiError } => ({
  ok: false,
  error: new KpiError({
    reason,
    targetId,
    path,
    message: `Invalid KPI data for target ${targetId}: ${en}`,
    messageZh: `目标 ${targetId} 的 KPI 数据不符合要求:${zh}`,
  }),
});
