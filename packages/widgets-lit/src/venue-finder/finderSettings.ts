import { err, type GeoPoint, ok, type Result, VENUE_THEME_CODES, type VenueTheme } from "@jiaolianti/core";
import type { TravelMode } from "@jiaolianti/matching";
import { parseLocation } from "./publicVenue.js";

/**
 * Largest time budget, minutes: the bound of `ReachableOptions.minutes` in `@jiaolianti/matching` (4 hours, a full
 * half-day outing).
 */
export const MAX_MINUTES = 240;

/** What the venue finder was asked, as set on the element (attributes arrive as strings or numbers). */
export interface FinderInput {
  readonly lat: number | undefined;
  readonly lng: number | undefined;
  readonly crs: string;
  readonly minutes: number;
  readonly mode: string;
  readonly theme: string | undefined;
}

/** Validated settings of the venue finder. */
export interface FinderSettings {
  readonly origin: GeoPoint;
  readonly minutes: number;
  readonly mode: TravelMode;
  /** Only venues with this theme, when set. */
  readonly theme: VenueTheme | undefined;
}

/** Which setting is invalid (the first one found, in attribute order). */
export type SettingsError =
  | { readonly kind: "origin" }
  | { readonly kind: "crs" }
  | { readonly kind: "minutes"; readonly max: number }
  | { readonly kind: "mode" }
  | { readonly kind: "theme"; readonly code: string };

const MODES: ReadonlyArray<TravelMode> = ["walk", "bike"];

/**
 * Checks the settings of a venue finder. An empty `theme` means "all themes".
 *
 * @example
 * ```ts
 * finderSettings({ lat: 31.1925, lng: 121.4366, crs: "WGS84", minutes: 15, mode: "walk", theme: undefined }).ok; // true
 * finderSettings({ lat: 31.1925, lng: 121.4366, crs: "WGS84", minutes: 0, mode: "walk", theme: undefined }); // error "minutes"
 * ```
 */
export const finderSettings = (input: FinderInput): Result<FinderSettings, SettingsError> => {
  if (typeof input.lat !== "number" || typeof input.lng !== "number") return err({ kind: "origin" });
  const origin = parseLocation({ lat: input.lat, lng: input.lng, crs: "WGS84" });
  if (!origin) return err({ kind: "origin" });
  const crs = parseLocation({ ...origin, crs: input.crs })?.crs;
  if (!crs) return err({ kind: "crs" });
  if (!(Number.isFinite(input.minutes) && input.minutes > 0 && input.minutes <= MAX_MINUTES))
    return err({ kind: "minutes", max: MAX_MINUTES });
  const mode = MODES.find((m) => m === input.mode);
  if (!mode) return err({ kind: "mode" });
  const code = input.theme?.trim() ?? "";
  const theme = VENUE_THEME_CODES.find((t) => t === code);
  if (code !== "" && !theme) return err({ kind: "theme", code });
  return ok({ origin: { ...origin, crs }, minutes: input.minutes, mode, theme });
};
