import type { Locale } from "@jiaolianti/core";
import type { TravelMode } from "@jiaolianti/matching";

/**
 * A translation table of the widgets: every string a `jlt-*` element shows, as plain text or as a function of the
 * numbers it contains (in the spirit of Shoelace's `utilities/localize.ts`, without its global registry).
 *
 * Strings are rendered through Lit text bindings only, so a table can never inject markup.
 */
export interface Translation {
  /** The locale of the table, also set as `lang` on the rendered text. */
  readonly $code: Locale;
  /** Generic title, used when the settings are invalid. */
  readonly title: string;
  /** Heading of the venue list, e.g. "步行15分钟可达的校外实践场所". */
  heading(minutes: number, mode: TravelMode, themeLabel: string | undefined): string;
  /** Trip time of one venue, e.g. "约 6 分钟步行" / "≈ 6 min walk". */
  trip(minutes: number, mode: TravelMode): string;
  /** How the times were estimated (the embedded travel model of `@jiaolianti/matching`). */
  estimateNote(detourFactor: number, metersPerMinute: number, mode: TravelMode): string;
  /** Separator between theme labels. */
  readonly themeSeparator: string;
  /** Separator between the theme labels and the trip time. */
  readonly metaSeparator: string;
  readonly loading: string;
  readonly noData: string;
  empty(minutes: number, mode: TravelMode, themeLabel: string | undefined): string;
  /** How many records of the venue data were ignored as invalid. */
  ignored(count: number): string;
  /** The list shows only the nearest venues. */
  capped(shown: number, total: number): string;
  errorHttp(status: number): string;
  readonly errorNetwork: string;
  readonly errorFormat: string;
  readonly errorTooLarge: string;
  readonly errorOrigin: string;
  readonly errorCrs: string;
  errorMinutes(max: number): string;
  readonly errorMode: string;
  errorTheme(code: string): string;
}
