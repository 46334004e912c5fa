import type { Locale, Plan } from "@jiaolianti/core";
import type { KpiActual, KpiStatusCode } from "@jiaolianti/scoring";

/**
 * What the status filter of `PlanKpiBoard` can select: one of scoring's KPI statuses, or `"no-data"` for targets
 * without actuals.
 *
 * @example
 * ```ts
 * import type { PlanKpiStatusFilter } from "@jiaolianti/ui-vue";
 * const needsAttention: PlanKpiStatusFilter[] = ["at-risk", "off-track"];
 * ```
 */
export type PlanKpiStatusFilter = KpiStatusCode | "no-data";

/**
 * The filters of `PlanKpiBoard`. `groupId` is the id of the action (重点项目, e.g. `"zhihui-weilai"`) — or of the goal or
 * innovation track — the targets are anchored to; `null` or left out means "all".
 *
 * @example
 * ```ts
 * import type { PlanKpiFilter } from "@jiaolianti/ui-vue";
 * const offTrackScience: PlanKpiFilter = { groupId: "zhihui-weilai", status: "off-track" };
 * ```
 */
export interface PlanKpiFilter {
  /** Id of the action (or goal, innovation track) whose targets are shown; `null`: every group. */
  readonly groupId?: string | null;
  /** Status of the targets shown; `null`: every status. */
  readonly status?: PlanKpiStatusFilter | null;
}

/**
 * The details of a `filterChange` event of `PlanKpiBoard`.
 *
 * @example
 * ```ts
 * import type { PlanKpiFilterChangeDetails } from "@jiaolianti/ui-vue";
 * const onFilterChange = ({ filter, shown }: PlanKpiFilterChangeDetails) => console.log(filter.status, shown);
 * ```
 */
export interface PlanKpiFilterChangeDetails {
  /** The new filters, both fields present. */
  readonly filter: Required<PlanKpiFilter>;
  /** How many targets the new filters let through. */
  readonly shown: number;
}

/**
 * Props of `PlanKpiBoard`.
 *
 * @example
 * ```ts
 * import type { PlanKpiBoardProps } from "@jiaolianti/ui-vue";
 * const props: PlanKpiBoardProps = {
 *   actuals: { "coaches-in-schools": [{ date: "2026-06-30", value: 41 }] },
 *   locale: "en",
 *   defaultFilter: { status: "at-risk" },
 * };
 * ```
 */
export interface PlanKpiBoardProps {
  /**
   * Measured values per target id, each series in strictly increasing date order (`trackKpi` of `@jiaolianti/scoring`
   * checks it). A target without a series, or with an empty one, shows "no data yet".
   */
  actuals: Readonly<Record<string, ReadonlyArray<KpiActual>>>;
  /**
   * The plan whose targets are shown (validated with core's `Plan` schema).
   * @default xuhuiPlan2025 — 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027), from `@jiaolianti/core`
   */
  plan?: Plan;
  /** Date every status is read at (ISO `YYYY-MM-DD`, not before any target's last actual). @default each target's last actual */
  asOf?: string;
  /**
   * Share of the target value a projection may fall short by and still count as "at risk" rather than "off track".
   * @default 0.1 — scoring's default
   */
  atRiskTolerance?: number;
  /**
   * Display language of the texts, target descriptions and status labels.
   * @default "zh-CN"
   */
  locale?: Locale;
  /** Filters (controlled; use with `v-model:filter`). Leave `undefined` to let the board keep them itself. */
  filter?: PlanKpiFilter;
  /**
   * Initial filters when `filter` is not controlled.
   * @default { groupId: null, status: null }
   */
  defaultFilter?: PlanKpiFilter;
  /**
   * Level of the board's heading, so it fits the outline of the host page.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}
