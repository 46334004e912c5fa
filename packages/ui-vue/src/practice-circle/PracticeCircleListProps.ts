import type { GeoPoint, Locale, VenueTheme } from "@jiaolianti/core";
import type { TravelMode } from "@jiaolianti/matching";

/**
 * What `PracticeCircleList` needs to know about a venue. `ReferenceVenue` (e.g. `xuhuiVenues` from
 * `@jiaolianti/core`) fits as is; so does any record of your own with these fields.
 *
 * @example
 * ```ts
 * import type { PracticeCircleVenue } from "@jiaolianti/ui-vue";
 * const library: PracticeCircleVenue = {
 *   id: "xh-venue-034",
 *   nameZh: "徐汇区图书馆(徐家汇书院)",
 *   nameEn: "Xuhui District Library (Xujiahui Academy)",
 *   themes: ["arts-culture"],
 *   location: { lat: 31.192304, lng: 121.432458, crs: "WGS84" },
 * };
 * ```
 */
export interface PracticeCircleVenue {
  /** Stable id; it is the `value` of the selection. */
  readonly id: string;
  /** Name shown for `locale="zh-CN"`. */
  readonly nameZh: string;
  /** Name shown for `locale="en"`. */
  readonly nameEn: string;
  /** Practice themes; labelled through `venueThemes` of `@jiaolianti/core`. */
  readonly themes: ReadonlyArray<VenueTheme>;
  /** Where the venue is, with its coordinate system. */
  readonly location: GeoPoint;
}

/**
 * The details of a `valueChange` event of `PracticeCircleList`.
 *
 * @example
 * ```ts
 * import type { PracticeCircleValueChangeDetails } from "@jiaolianti/ui-vue";
 * const onValueChange = ({ value, venue }: PracticeCircleValueChangeDetails) => console.log(value, venue?.nameZh);
 * ```
 */
export interface PracticeCircleValueChangeDetails {
  /** Id of the newly selected venue, or `null` when the person cleared the selection. */
  readonly value: string | null;
  /** The selected venue record, or `undefined` when the selection was cleared. */
  readonly venue: PracticeCircleVenue | undefined;
}

/**
 * Props of `PracticeCircleList`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import type { PracticeCircleListProps } from "@jiaolianti/ui-vue";
 * const props: PracticeCircleListProps = {
 *   origin: { lat: 31.1925, lng: 121.4366, crs: "WGS84" },
 *   venues: xuhuiVenues,
 *   mode: "bike",
 *   locale: "en",
 * };
 * ```
 */
export interface PracticeCircleListProps {
  /** Where the trips start (a school, a home), with its coordinate system. */
  origin: GeoPoint;
  /** The candidate venues; only those inside the time budget are listed, nearest first. */
  venues: ReadonlyArray<PracticeCircleVenue>;
  /**
   * Time budget in minutes (0 < minutes ≤ 240).
   * @default 15 — the 15-minute circle of 上海市15分钟社区生活圈规划导则 (2016)
   */
  minutes?: number;
  /**
   * How the group travels.
   * @default "walk"
   */
  mode?: TravelMode;
  /**
   * Display language of the names, theme labels and texts.
   * @default "zh-CN"
   */
  locale?: Locale;
  /**
   * Selected venue id (controlled; use with `v-model:value`). `null` means "nothing selected"; leave it `undefined`
   * to let the component keep the selection itself.
   */
  value?: string | null;
  /**
   * Initially selected venue id when `value` is not controlled.
   * @default null
   */
  defaultValue?: string | null;
  /**
   * Level of the heading, so the list fits the outline of the host page.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}
