import { Plan, type PlanTarget, parseWith, type UnknownPlanReference, type ValidationError } from "@jiaolianti/core";
import {
  type KpiActual,
  type KpiError,
  type KpiStatus,
  kpiStatusLabels,
  type TrackKpiOptions,
  trackKpis,
} from "@jiaolianti/scoring";
import { type ComputedRef, computed, type MaybeRefOrGetter, toValue } from "vue";
import type { PlanKpiGroupKind } from "../i18n/planKpiMessages";
import type { PlanKpiStatusFilter } from "./PlanKpiBoardProps";

/**
 * Why the board could not be computed: the plan failed core's `Plan` schema (`ValidationError`), an actuals key is not
 * a target of the plan (`UnknownPlanReference`), or a series or option was refused by scoring (`KpiError`).
 *
 * @example
 * ```ts
 * import type { PlanKpiError } from "@jiaolianti/ui-vue";
 * const where = (e: PlanKpiError) => (e._tag === "KpiError" ? e.targetId : e._tag);
 * ```
 */
export type PlanKpiError = ValidationError | UnknownPlanReference | KpiError;

/**
 * One target with its KPI status, or `kpi: null` when it has no actuals yet.
 *
 * @example
 * ```ts
 * import type { PlanKpiRow } from "@jiaolianti/ui-vue";
 * const line = (r: PlanKpiRow) => `${r.target.description.zh}: ${r.kpi?.label.zh ?? "暂无数据"}`;
 * ```
 */
export interface PlanKpiRow {
  /** The target as the plan states it. */
  readonly target: PlanTarget;
  /** What `trackKpis` of `@jiaolianti/scoring` says about it, or `null` without data. */
  readonly kpi: KpiStatus | null;
  /** `kpi.status`, or `"no-data"`: the value the status filter matches. */
  readonly status: PlanKpiStatusFilter;
}

/**
 * The targets anchored to one action (or goal, innovation track), in plan order.
 *
 * @example
 * ```ts
 * import type { PlanKpiGroup } from "@jiaolianti/ui-vue";
 * const offTrack = (g: PlanKpiGroup) => g.rows.filter((r) => r.status === "off-track").length;
 * ```
 */
export interface PlanKpiGroup {
  /** Id of the action, goal or track (one id space in a plan). */
  readonly id: string;
  readonly kind: PlanKpiGroupKind;
  /** Numeral as published, e.g. "(五)". */
  readonly numeral: string;
  /** Short name, e.g. 智汇未来 / "Gather Wisdom for the Future" (goals: their title). */
  readonly name: { readonly zh: string; readonly en: string };
  /** Full title, e.g. “智汇未来”科教互联行动. */
  readonly title: { readonly zh: string; readonly en: string };
  readonly rows: ReadonlyArray<PlanKpiRow>;
}

/**
 * `"success"` when every series was tracked, `"error"` when an input was refused (see `error`).
 *
 * @example
 * ```ts
 * import type { PlanKpiComputation } from "@jiaolianti/ui-vue";
 * const banner = (s: PlanKpiComputation) => (s === "error" ? "Check the data" : "");
 * ```
 */
export type PlanKpiComputation = "success" | "error";

/**
 * What {@link usePlanKpis} returns: read-only refs that follow the inputs.
 *
 * @example
 * ```ts
 * import type { UsePlanKpisReturn } from "@jiaolianti/ui-vue";
 * const offTrack = (b: UsePlanKpisReturn) => b.counts.value["off-track"];
 * ```
 */
export interface UsePlanKpisReturn {
  /** Actions with targets (plan order), then goals and innovation tracks with targets; empty on error. */
  readonly groups: ComputedRef<ReadonlyArray<PlanKpiGroup>>;
  /** How many targets are in each status (`"no-data"` included); all zero on error. */
  readonly counts: ComputedRef<Readonly<Record<PlanKpiStatusFilter, number>>>;
  /** The typed error that stopped the computation, or `undefined`. */
  readonly error: ComputedRef<PlanKpiError | undefined>;
  readonly status: ComputedRef<PlanKpiComputation>;
}

/**
 * The status filter's values in display order: scoring's statuses (`kpiStatusLabels` order), then `"no-data"`.
 *
 * @example
 * ```ts
 * import { PLAN_KPI_STATUS_FILTERS } from "@jiaolianti/ui-vue";
 * PLAN_KPI_STATUS_FILTERS; // ["achieved", "on-track", "at-risk", "off-track", "no-data"]
 * ```
 */
export const PLAN_KPI_STATUS_FILTERS: ReadonlyArray<PlanKpiStatusFilter> = [
  ...(Object.keys(kpiStatusLabels) as Array<keyof typeof kpiStatusLabels>),
  "no-data",
];

const zeroCounts = (): Record<PlanKpiStatusFilter, number> =>
  Object.fromEntries(PLAN_KPI_STATUS_FILTERS.map((s) => [s, 0])) as Record<PlanKpiStatusFilter, number>;

const NO_GROUPS: ReadonlyArray<never> = Object.freeze([]);

type Computed =
  | { readonly ok: true; readonly groups: ReadonlyArray<PlanKpiGroup> }
  | { readonly ok: false; readonly error: PlanKpiError };

const compute = (plan: Plan, actuals: unknown, options: Omit<TrackKpiOptions, "baseline">): Computed => {
  // An empty series of a known target means "nothing measured yet", which scoring leaves to the view (KpiError
  // `no-actuals`: show "no data" rather than a status). Anything else — unknown ids included — goes to trackKpis.
  const isTarget = new Set(plan.targets.map((t) => t.id));
  const series = Object.fromEntries(
    Object.entries(typeof actuals === "object" && actuals !== null ? actuals : {}).filter(
      ([id, s]) => !(isTarget.has(id) && Array.isArray(s) && s.length === 0),
    ),
  ) as Record<string, ReadonlyArray<KpiActual>>;
  const tracked = trackKpis(plan, series, options);
  if (!tracked.ok) return tracked;
  const byTarget = new Map(tracked.value.map((k) => [k.targetId, k]));
  const rowsOf = (anchored: (t: PlanTarget) => boolean): PlanKpiRow[] =>
    plan.targets.filter(anchored).map((target) => {
      const kpi = byTarget.get(target.id) ?? null;
      return { target, kpi, status: kpi?.status ?? "no-data" };
    });
  const groups: PlanKpiGroup[] = [
    ...plan.actions.map((a) => ({
      id: a.id,
      kind: "action" as const,
      numeral: a.numeral,
      name: { zh: a.nameZh, en: a.nameEn },
      title: { zh: a.titleZh, en: a.titleEn },
      rows: rowsOf((t) => t.actionId === a.id),
    })),
    ...plan.goals.map((g) => ({
      id: g.id,
      kind: "goal" as const,
      numeral: g.numeral,
      name: { zh: g.titleZh, en: g.titleEn },
      title: { zh: g.titleZh, en: g.titleEn },
      rows: rowsOf((t) => t.goalId === g.id),
    })),
    ...plan.tracks.map((tr) => ({
      id: tr.id,
      kind: "track" as const,
      numeral: tr.numeral,
      name: { zh: tr.nameZh, en: tr.nameEn },
      title: { zh: tr.nameZh, en: tr.nameEn },
      rows: rowsOf((t) => t.trackId === tr.id),
    })),
  ];
  return { ok: true, groups: groups.filter((g) => g.rows.length > 0) };
};

/**
 * Binds the KPI tracker of `@jiaolianti/scoring` (`trackKpis`) to Vue: a plan and its actuals in, the plan's targets
 * grouped by action (重点项目) with their statuses out. It holds no rule of its own — statuses, projections and the
 * validation of each series are scoring's, the plan's shape is core's — and a refused input becomes `error` +
 * `status: "error"` with no partial result, never a throw. Targets without a series (or with an empty one) are
 * `"no-data"`.
 *
 * @param plan - The plan (ref, getter or value), e.g. `xuhuiPlan2025`; validated with core's `Plan` schema.
 * @param actuals - Actuals per target id (ref, getter or value).
 * @param options - `asOf`, `atRiskTolerance` (default 0.1), passed to `trackKpis`.
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * import { usePlanKpis } from "@jiaolianti/ui-vue";
 * import { ref } from "vue";
 *
 * const actuals = ref({ "coaches-in-schools": [{ date: "2025-12-31", value: 30 }, { date: "2026-06-30", value: 41 }] });
 * const { groups, counts, error } = usePlanKpis(xuhuiPlan2025, actuals);
 * // groups.value[0]?.name.zh === "汇善铸魂"; counts.value["no-data"] — targets still without data
 * ```
 */
export const usePlanKpis = (
  plan: MaybeRefOrGetter<Plan>,
  actuals: MaybeRefOrGetter<Readonly<Record<string, ReadonlyArray<KpiActual>>>>,
  options: MaybeRefOrGetter<Omit<TrackKpiOptions, "baseline">> = {},
): UsePlanKpisReturn => {
  // The plan is validated only when it changes, not on every new series.
  const parsedPlan = computed(() => parseWith(Plan, toValue(plan), "Plan"));
  const result = computed<Computed>(() =>
    parsedPlan.value.ok ? compute(parsedPlan.value.value, toValue(actuals), toValue(options)) : parsedPlan.value,
  );
  return {
    groups: computed(() => (result.value.ok ? result.value.groups : NO_GROUPS)),
    counts: computed(() => {
      const counts = zeroCounts();
      if (result.value.ok) for (const g of result.value.groups) for (const r of g.rows) counts[r.status] += 1;
      return counts;
    }),
    error: computed(() => (result.value.ok ? undefined : result.value.error)),
    status: computed(() => (result.value.ok ? "success" : "error")),
  };
};
