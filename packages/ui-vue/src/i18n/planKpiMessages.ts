import type { Locale } from "@jiaolianti/core";

/** What a group of the plan-target board is anchored to: an action (重点项目), a goal (工作目标) or an innovation track. */
export type PlanKpiGroupKind = "action" | "goal" | "track";

/**
 * The strings of the plan-target board (`PlanKpiBoard`) for one locale. Status names are not here: they are
 * `kpiStatusLabels` of `@jiaolianti/scoring`, so the board and every other view name a status the same way. Terms that
 * depend on numbers are functions, so each language places them itself (as in Shoelace's `localize` tables).
 *
 * @example
 * ```ts
 * import { type PlanKpiMessages, planKpiMessages } from "@jiaolianti/ui-vue";
 * const shortEnglish: PlanKpiMessages = { ...planKpiMessages.en, title: "Targets" };
 * ```
 */
export interface PlanKpiMessages {
  /** Heading of the board. */
  readonly title: string;
  /** Accessible name of the status summary list. */
  readonly summaryLabel: string;
  /** Accessible name of the filter group. */
  readonly filtersLabel: string;
  /** Label of the group (action) filter. */
  readonly groupFilter: string;
  /** The group filter's "everything" option. */
  readonly allGroups: string;
  /** Label of the status filter. */
  readonly statusFilter: string;
  /** The status filter's "everything" option. */
  readonly allStatuses: string;
  /** Status of a target without actuals. */
  readonly noData: string;
  /** A filter option with the number of targets it would show. */
  readonly optionCount: (label: string, count: number) => string;
  /** Caption of one group's table (and its filter option). */
  readonly groupCaption: (kind: PlanKpiGroupKind, numeral: string, title: string) => string;
  /** Accessible name of the (sideways-scrollable) region holding the tables. */
  readonly tablesLabel: string;
  /** Column headers. */
  readonly columns: {
    readonly target: string;
    readonly targetValue: string;
    readonly deadline: string;
    readonly latest: string;
    readonly projected: string;
    readonly status: string;
  };
  /**
   * A number with its unit label (core's `planUnits`, plural in English): "30 个(场所)", "30 venues", "1 platform".
   * `value` is the unrounded number, for the grammatical number.
   */
  readonly quantity: (formatted: string, unitLabel: string, value: number) => string;
  /** A target value, e.g. "≥ 30 个(场所)"; `perYear` for targets counted each calendar year. */
  readonly targetValue: (symbol: string, amount: string, perYear: boolean) => string;
  /** The latest actual; `year` is set for year-to-date targets (counted from 1 January of that year). */
  readonly latest: (amount: string, date: string, year: number | null) => string;
  /** The value the linear trend reaches at `date`. */
  readonly projected: (amount: string, date: string) => string;
  /** Shown in the projection column when there is no trend (fewer than two points) or no data. */
  readonly noProjection: string;
  /** Live count of the targets the filters let through. */
  readonly shown: (count: number, total: number) => string;
  /** Shown when no target passes the filters. */
  readonly empty: string;
  /** How statuses are derived; `tolerancePercent` is the at-risk tolerance in percent. */
  readonly method: (tolerancePercent: number) => string;
  /** Lead-in of the error state; the message of the typed error follows it. */
  readonly errorTitle: string;
}

const zhCN: PlanKpiMessages = {
  title: "规划目标进度",
  summaryLabel: "目标状态汇总",
  filtersLabel: "筛选目标",
  groupFilter: "重点项目",
  allGroups: "全部",
  statusFilter: "状态",
  allStatuses: "全部状态",
  noData: "暂无数据",
  optionCount: (label, count) => `${label}（${count}）`,
  groupCaption: (kind, numeral, title) =>
    kind === "goal"
      ? `工作目标${numeral} ${title}`
      : kind === "track"
        ? `创新路径${numeral} ${title}`
        : `${numeral}${title}`,
  tablesLabel: "各重点项目的目标进度表",
  columns: {
    target: "目标",
    targetValue: "目标值",
    deadline: "截止日期",
    latest: "最新值",
    projected: "截止时预计值",
    status: "状态",
  },
  quantity: (formatted, unitLabel) => `${formatted} ${unitLabel}`,
  targetValue: (symbol, amount, perYear) => `${perYear ? "每年 " : ""}${symbol} ${amount}`,
  latest: (amount, date, year) =>
    year === null ? `${amount}（截至 ${date}）` : `${year} 年累计 ${amount}（截至 ${date}）`,
  projected: (amount, date) => `约 ${amount}（${date}）`,
  noProjection: "无法推算",
  shown: (count, total) => `显示 ${count} 个目标，共 ${total} 个`,
  empty: "没有符合筛选条件的目标。",
  method: (tolerancePercent) =>
    `预计值按已有数据的线性趋势推算到截止日期（按年计的目标推算到年底）；预计值低于目标但差距在目标值的 ${tolerancePercent}% 以内为“存在风险”，超过为“偏离目标”；少于两个数据点时无法推算，记为“存在风险”；截止日期过后的状态为最终结果。`,
  errorTitle: "无法计算目标进度：",
};

/** English singular of core's plural unit labels ("platforms" → "platform", "people" → "person"). */
const singular = (plural: string): string =>
  plural.endsWith("people") ? `${plural.slice(0, -6)}person` : plural.endsWith("s") ? plural.slice(0, -1) : plural;

const en: PlanKpiMessages = {
  title: "Plan targets",
  summaryLabel: "Status summary",
  filtersLabel: "Filter targets",
  groupFilter: "Action",
  allGroups: "All",
  statusFilter: "Status",
  allStatuses: "All statuses",
  noData: "No data yet",
  optionCount: (label, count) => `${label} (${count})`,
  // The plan's numerals are Chinese ("(三)"); English captions name the goal or track by its title alone.
  groupCaption: (kind, _numeral, title) =>
    kind === "goal" ? `Goal: ${title}` : kind === "track" ? `Innovation track: ${title}` : title,
  tablesLabel: "Target progress by action",
  columns: {
    target: "Target",
    targetValue: "Target value",
    deadline: "Deadline",
    latest: "Latest value",
    projected: "Projected at deadline",
    status: "Status",
  },
  quantity: (formatted, unitLabel, value) => `${formatted} ${value === 1 ? singular(unitLabel) : unitLabel}`,
  targetValue: (symbol, amount, perYear) => `${symbol} ${amount}${perYear ? " per year" : ""}`,
  latest: (amount, date, year) =>
    year === null ? `${amount} (as of ${date})` : `${amount} in ${year} so far (as of ${date})`,
  projected: (amount, date) => `≈ ${amount} (${date})`,
  noProjection: "No projection",
  shown: (count, total) => `Showing ${count} of ${total} targets`,
  empty: "No target matches the filters.",
  method: (tolerancePercent) =>
    `Projections extend the linear trend of the data to the deadline (to year end for yearly targets). A projection short of the target by at most ${tolerancePercent}% of it is “At risk”, further short “Off track”; with fewer than two data points there is no projection and the status is “At risk”. After the deadline the status is final.`,
  errorTitle: "Cannot track the plan targets:",
};

/**
 * The translation table of the plan-target board, one complete {@link PlanKpiMessages} per supported {@link Locale}.
 *
 * @example
 * ```ts
 * import { planKpiMessages } from "@jiaolianti/ui-vue";
 * planKpiMessages.en.targetValue("≥", "100 courses", true); // "≥ 100 courses per year"
 * planKpiMessages["zh-CN"].targetValue("≥", "100 门", true); // "每年 ≥ 100 门"
 * ```
 */
export const planKpiMessages: Readonly<Record<Locale, PlanKpiMessages>> = { "zh-CN": zhCN, en };
