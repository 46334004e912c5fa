import type { Translation } from "./Translation.js";

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The English table: the last step of every fallback chain. */
export const en: Translation = {
  $code: "en",
  title: "Practice venues",
  heading: (minutes, mode, theme) =>
    `Practice venues within a ${minutes}-minute ${mode === "walk" ? "walk" : "bike ride"}${theme ? `: ${theme}` : ""}`,
  trip: (minutes, mode) => `≈ ${minutes} min ${mode === "walk" ? "walk" : "by bike"}`,
  estimateNote: (detour, speed, mode) =>
    `Times are estimates: straight-line distance × ${detour} for detours, at ${speed} m/min ${
      mode === "walk" ? "walking" : "cycling"
    }; actual routes may differ.`,
  themeSeparator: ", ",
  metaSeparator: " · ",
  loading: "Loading venues…",
  noData: "No venue data provided yet.",
  empty: (minutes, mode, theme) =>
    `No ${theme ? `“${theme}” ` : ""}venues within a ${minutes}-minute ${mode === "walk" ? "walk" : "bike ride"}.`,
  ignored: (count) => `${count} invalid ${plural(count, "record", "records")} ignored.`,
  capped: (shown, total) => `Showing the nearest ${shown} of ${total} venues.`,
  errorHttp: (status) => `Could not load the venue data (HTTP ${status}).`,
  errorNetwork: "Could not load the venue data: check the network or the data address.",
  errorFormat: "The venue data is not valid: expected a JSON array.",
  errorTooLarge: "The venue data file is too large and was not loaded.",
  errorOrigin: "Invalid school location: set lat (−90 to 90) and lng (−180 to 180).",
  errorCrs: "Invalid coordinate system: crs must be WGS84, GCJ02 or BD09.",
  errorMinutes: (max) => `Invalid time: minutes must be above 0 and at most ${max}.`,
  errorMode: "Invalid travel mode: mode must be walk or bike.",
  errorTheme: (code) => `Unknown theme code: ${code}`,
};
