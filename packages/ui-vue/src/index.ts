/**
 * @packageDocumentation
 * `@jiaolianti/ui-vue` — Vue 3 components and composables of the Jiaolianti (教联体) district cockpit. They bind the
 * results of `@jiaolianti/matching` to Vue and hold no rule of their own. Styles ship separately:
 * `import "@jiaolianti/ui-vue/style.css"`.
 */
import PracticeCircleListComponent from "./practice-circle/PracticeCircleList.vue";

export { type PracticeCircleMessages, practiceCircleMessages } from "./i18n/messages";
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
