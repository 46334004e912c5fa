/**
 * @packageDocumentation
 * `@jiaolianti/ui-vue` — Vue 3 components and composables of the Jiaolianti (教联体) district cockpit. They bind the
 * results of `@jiaolianti/matching` and `@jiaolianti/scoring` to Vue and hold no rule of their own. Styles ship separately:
 * `import "@jiaolianti/ui-vue/style.css"`.
 */
import PlanKpiBoardComponent from "./plan-kpi/PlanKpiBoard.vue";
import PracticeCircleListComponent from "./practice-circle/PracticeCircleList.vue";

export { type PracticeCircleMessages, practiceCircleMessages } from "./i18n/messages";
export { type PlanKpiGroupKind, type PlanKpiMessages, planKpiMessages } from "./i18n/planKpiMessages";
export type {
  PlanKpiBoardProps,
  PlanKpiFilter,
  PlanKpiFilterChangeDetails,
  PlanKpiStatusFilter,
} from "./plan-kpi/PlanKpiBoardProps";
export {
  PLAN_KPI_STATUS_FILTERS,
  type PlanKpiComputation,
  type PlanKpiError,
  type PlanKpiGroup,
  type PlanKpiRow,
  type UsePlanKpisReturn,
  usePlanKpis,
} from "./plan-kpi/usePlanKpis";
export type {
  PracticeCircleListProps,
  PracticeCircleValueChangeDetails,
  PracticeCircleVenue,
} from "./practice-circle/PracticeCircleListProps";
export {
  type PracticeCircleStatus,
  type UsePracticeCircleReturn,
  usePracticeCircle,
} from "./practice-circle/usePracticeCircle";

/**
 * Lists the venues reachable from `origin` within `minutes` — the 15-minute out-of-school practice circle
 * (15分钟校外实践育人圈) — nearest first, as toggle buttons (`aria-pressed`) with name, themes and the estimated trip.
 * Selection follows the controlled state triple: `value` (`v-model:value`) / `defaultValue` / `update:value` +
 * `valueChange({ value, venue })`. Invalid input shows an error state (`role="alert"`), never a throw.
 *
 * Props: `origin`, `venues`, `minutes` (default 15), `mode` (`"walk"` default | `"bike"`), `locale` (`"zh-CN"`
 * default | `"en"`), `value`, `defaultValue`, `headingLevel` (default 2) — see {@link PracticeCircleListProps}.
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { PracticeCircleList } from "@jiaolianti/ui-vue";
 * import "@jiaolianti/ui-vue/style.css";
 * import { ref } from "vue";
 *
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const; // Xujiahui
 * const selected = ref<string | null>(null);
 * </script>
 *
 * <template>
 *   <PracticeCircleList v-model:value="selected" :origin="school" :venues="xuhuiVenues" :minutes="15" />
 * </template>
 * ```
 */
export const PracticeCircleList = PracticeCircleListComponent;

/**
 * The targets of a district plan — by default the Xuhui 教联体 action plan 2025—2027 (`xuhuiPlan2025` of
 * `@jiaolianti/core`) — grouped by action (汇善铸魂 …), each with its target value, deadline, latest value, the value
 * projected at the deadline and its KPI status (已达成 / 进度正常 / 存在风险 / 偏离目标, or 暂无数据 without actuals),
 * computed by `trackKpis` of `@jiaolianti/scoring` with its reason. One table per action, with a status summary and two
 * keyboard-operable filters (action, status) following the controlled state triple: `filter` (`v-model:filter`) /
 * `defaultFilter` / `update:filter` + `filterChange({ filter, shown })`. Bad actuals (NaN, dates out of order, an
 * unknown target id) show scoring's typed error in an alert (`role="alert"`), never a throw or a partial board.
 *
 * Props: `actuals` (`Record<targetId, { date, value }[]>`), `plan` (default `xuhuiPlan2025`), `asOf`,
 * `atRiskTolerance` (default 0.1), `locale` (`"zh-CN"` default | `"en"`), `filter`, `defaultFilter`, `headingLevel`
 * (default 2) — see {@link PlanKpiBoardProps}.
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { PlanKpiBoard } from "@jiaolianti/ui-vue";
 * import "@jiaolianti/ui-vue/style.css";
 *
 * const actuals = { "coaches-in-schools": [{ date: "2025-12-31", value: 34 }, { date: "2026-09-30", value: 52 }] };
 * </script>
 *
 * <template>
 *   <PlanKpiBoard :actuals="actuals" locale="en" />
 * </template>
 * ```
 */
export const PlanKpiBoard = PlanKpiBoardComponent;
