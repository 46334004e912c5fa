import { GeoPoint, parseWith, type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { z } from "zod";
import { TravelOptions } from "./TravelOptions.js";
import { PRACTICE_CIRCLE_MINUTES } from "./travelDefaults.js";
import type { Located, Reachable } from "./withinMinutes.js";
import { withinMinutes } from "./withinMinutes.js";

/** Options of {@link reachableWithin}: the travel options plus the time budget. */
export const ReachableOptions = TravelOptions.extend({
  /** Time budget in minutes. @default 15 (the 15-minute practice circle) */
  minutes: z.number().positive().max(240).default(PRACTICE_CIRCLE_MINUTES),
}).strict();
/** Options accepted by {@link reachableWithin}. */
export type ReachableOptions = z.input<typeof ReachableOptions>;

/**
 * The places reachable from `origin` within a time budget (the 15-minute practice circle by default), nearest first,
 * using the embedded travel model. Validates the origin, every place's location and the options; one bad location
 * rejects the call with the index of the offending place (hostile data never yields a partial answer).
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { reachableWithin } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const; // near Xujiahui
 * const r = reachableWithin(school, xuhuiVenues, { minutes: 15, mode: "walk" });
 * if (r.ok) console.log(r.value.map((x) => `${x.place.nameZh} ${x.minutes.toFixed(0)} min`));
 * ```
 */
export const reachableWithin = <T extends Located>(
  origin: GeoPoint,
  places: ReadonlyArray<T>,
  options: ReachableOptions = {},
): Result<Reachable<T>[], ValidationError> => {
  const opts = parseWith(ReachableOptions, options, "ReachableOptions");
  if (!opts.ok) return opts;
  const from = parseWith(GeoPoint, origin, "GeoPoint");
  if (!from.ok) return from;
  if (!Array.isArray(places))
    return { ok: false, error: validationError("places", [{ path: [], message: "Expected an array" }]) };
  const issues = [];
  for (let i = 0; i < places.length; i++) {
    const loc = GeoPoint.safeParse((places[i] as Partial<Located> | null)?.location);
    if (!loc.success)
      issues.push(...loc.error.issues.map((x) => ({ path: [i, "location", ...x.path], message: x.message })));
  }
  if (issues.length > 0) return { ok: false, error: validationError("places", issues) };

  return { ok: true, value: withinMinutes(from.value, places, opts.value) };
};
