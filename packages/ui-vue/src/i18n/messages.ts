import type { Locale } from "@jiaolianti/core";
import type { TravelMode } from "@jiaolianti/matching";

/**
 * The strings of the practice-circle components for one locale. Terms that depend on numbers are functions, so each
 * language can place and inflect them itself (as in Shoelace's `localize` tables).
 *
 * @example
 * ```ts
 * import { type PracticeCircleMessages, practiceCircleMessages } from "@jiaolianti/ui-vue";
 * const shortEnglish: PracticeCircleMessages = { ...practiceCircleMessages.en, listLabel: "Venues" };
 * ```
 */
export interface PracticeCircleMessages {
  /** Heading when the circle cannot be computed: just the time budget. */
  readonly title: (minutes: number) => string;
  /** Heading: the time budget, the mode and how many venues are inside it. */
  readonly heading: (count: number, minutes: number, mode: TravelMode) => string;
  /** Accessible name of the venue list. */
  readonly listLabel: string;
  /** Joins the theme labels of one venue. */
  readonly themeSeparator: string;
  /** A venue's estimated trip, e.g. "约 6 分钟步行"; `minutes` arrives unrounded. */
  readonly tripMinutes: (minutes: number, mode: TravelMode) => string;
  /** A venue's estimated street distance; `meters` arrives unrounded. */
  readonly tripMeters: (meters: number) => string;
  /** Shown when no venue is inside the time budget. */
  readonly empty: (minutes: number, mode: TravelMode) => string;
  /** Says that travel times are estimates from a model, not routes. */
  readonly estimateNote: string;
  /** Lead-in of the error state; the validation message follows it. */
  readonly errorTitle: string;
}

/** Whole minutes for display; a venue next door still reads "1 min", never "0 min". */
const wholeMinutes = (minutes: number): number => Math.max(1, Math.round(minutes));

/** Metres below 1 km rounded to 10 m, kilometres with one decimal above. */
const distance = (meters: number, km: string, m: string): string =>
  meters >= 1000 ? `${(meters / 1000).toFixed(1)} ${km}` : `${Math.max(10, Math.round(meters / 10) * 10)} ${m}`;

const zhCN: PracticeCircleMessages = {
  title: (minutes) => `${minutes} 分钟校外实践圈`,
  heading: (count, minutes, mode) =>
    `${minutes} 分钟校外实践圈：${mode === "bike" ? "骑行" : "步行"}可达 ${count} 处场馆`,
  listLabel: "可达场馆",
  themeSeparator: "、",
  tripMinutes: (minutes, mode) => `约 ${wholeMinutes(minutes)} 分钟${mode === "bike" ? "骑行" : "步行"}`,
  tripMeters: (meters) => `路程约 ${distance(meters, "公里", "米")}`,
  empty: (minutes, mode) =>
    mode === "bike"
      ? `${minutes} 分钟骑行范围内没有场馆。可以放宽时间。`
      : `${minutes} 分钟步行范围内没有场馆。可以放宽时间或改为骑行。`,
  estimateNote: "时间和路程为估算值（按直线距离乘绕行系数推算），并非实际路线。",
  errorTitle: "无法计算实践圈：",
};

const en: PracticeCircleMessages = {
  title: (minutes) => `${minutes}-minute practice circle`,
  heading: (count, minutes, mode) =>
    `${minutes}-minute practice circle: ${count} ${count === 1 ? "venue" : "venues"} ${
      mode === "bike" ? "by bike" : "on foot"
    }`,
  listLabel: "Reachable venues",
  themeSeparator: ", ",
  tripMinutes: (minutes, mode) => `≈ ${wholeMinutes(minutes)} min ${mode === "bike" ? "by bike" : "walk"}`,
  tripMeters: (meters) => `≈ ${distance(meters, "km", "m")} by street`,
  empty: (minutes, mode) =>
    mode === "bike"
      ? `No venue within a ${minutes}-minute bike ride. Try a longer time.`
      : `No venue within a ${minutes}-minute walk. Try a longer time or cycling.`,
  estimateNote: "Times and distances are estimated (straight-line distance × a detour factor), not routed.",
  errorTitle: "Cannot compute the practice circle:",
};

/**
 * The translation table of the practice-circle components, one complete {@link PracticeCircleMessages} per supported
 * {@link Locale}.
 *
 * @example
 * ```ts
 * import { practiceCircleMessages } from "@jiaolianti/ui-vue";
 * practiceCircleMessages.en.tripMinutes(6.4, "walk"); // "≈ 6 min walk"
 * practiceCircleMessages["zh-CN"].tripMinutes(6.4, "walk"); // "约 6 分钟步行"
 * ```
 */
export const practiceCircleMessages: Readonly<Record<Locale, PracticeCircleMessages>> = { "zh-CN": zhCN, en };
