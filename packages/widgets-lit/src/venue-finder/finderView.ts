import type { Result } from "@jiaolianti/core";
import type { Translation } from "../i18n/Translation.js";
import type { FinderSettings, SettingsError } from "./finderSettings.js";
import type { PublicVenues } from "./publicVenue.js";
import type { LoadError } from "./VenueSourceController.js";
import { type ReachableVenue, venuesWithin } from "./venuesWithin.js";

/**
 * Most venues listed: the nearest 50 (a 15-minute walk covers ≈ 3 km² around a school; Xuhui has 67 reference venues
 * in 55 km²), so the list stays usable by keyboard and screen reader.
 */
export const MAX_LISTED_VENUES = 50;

/** Where the venue data stands: none given, loading, failed, or read (validated, or not an array). */
export type FinderData =
  | { readonly status: "none" }
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: LoadError }
  | { readonly status: "read"; readonly records: PublicVenues | "not-an-array" };

/** Anything that keeps the widget from listing venues. */
export type FinderProblem = SettingsError | LoadError;

/** What the venue finder shows. */
export type FinderView =
  | { readonly kind: "problem"; readonly problem: FinderProblem }
  | { readonly kind: "loading" }
  | { readonly kind: "no-data" }
  | {
      readonly kind: "list";
      readonly settings: FinderSettings;
      /** The nearest {@link MAX_LISTED_VENUES} venues of the circle, nearest first. */
      readonly shown: ReadonlyArray<ReachableVenue>;
      /** How many venues the circle holds. */
      readonly total: number;
      /** How many records of the data were ignored as invalid. */
      readonly ignoredCount: number;
    };

/**
 * Decides what the venue finder shows from its settings and its data: invalid settings first, then the state of the
 * data, then the venues of the circle.
 *
 * @example
 * ```ts
 * finderView(finderSettings({ lat: 31.19, lng: 121.43, crs: "WGS84", minutes: 15, mode: "walk", theme: undefined }), { status: "loading" });
 * // { kind: "loading" }
 * ```
 */
export const finderView = (settings: Result<FinderSettings, SettingsError>, data: FinderData): FinderView => {
  if (!settings.ok) return { kind: "problem", problem: settings.error };
  switch (data.status) {
    case "none":
      return { kind: "no-data" };
    case "loading":
      return { kind: "loading" };
    case "failed":
      return { kind: "problem", problem: data.error };
    case "read": {
      if (data.records === "not-an-array") return { kind: "problem", problem: { kind: "format" } };
      const all = venuesWithin(settings.value.origin, data.records.venues, settings.value);
      return {
        kind: "list",
        settings: settings.value,
        shown: all.slice(0, MAX_LISTED_VENUES),
        total: all.length,
        ignoredCount: data.records.ignoredCount,
      };
    }
  }
};

/** The localized message of a problem. */
export const problemMessage = (problem: FinderProblem, t: Translation): string => {
  switch (problem.kind) {
    case "origin":
      return t.errorOrigin;
    case "crs":
      return t.errorCrs;
    case "minutes":
      return t.errorMinutes(problem.max);
    case "mode":
      return t.errorMode;
    case "theme":
      return t.errorTheme(problem.code);
    case "http":
      return t.errorHttp(problem.status);
    case "network":
      return t.errorNetwork;
    case "format":
      return t.errorFormat;
    case "too-large":
      return t.errorTooLarge;
  }
};
