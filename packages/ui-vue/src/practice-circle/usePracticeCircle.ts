import type { GeoPoint, ValidationError } from "@jiaolianti/core";
import { type Located, type Reachable, type ReachableOptions, reachableWithin } from "@jiaolianti/matching";
import { type ComputedRef, computed, type MaybeRefOrGetter, toValue } from "vue";

/**
 * `"success"` when the circle was computed, `"error"` when an input was rejected (see `error`).
 *
 * @example
 * ```ts
 * import type { PracticeCircleStatus } from "@jiaolianti/ui-vue";
 * const banner = (s: PracticeCircleStatus) => (s === "error" ? "Check the origin" : "");
 * ```
 */
export type PracticeCircleStatus = "success" | "error";

/**
 * What {@link usePracticeCircle} returns: read-only refs that follow the inputs.
 *
 * @example
 * ```ts
 * import type { ReferenceVenue } from "@jiaolianti/core";
 * import type { UsePracticeCircleReturn } from "@jiaolianti/ui-vue";
 * const nearestName = (c: UsePracticeCircleReturn<ReferenceVenue>) => c.reachable.value[0]?.place.nameZh;
 * ```
 */
export interface UsePracticeCircleReturn<T extends Located> {
  /** The places inside the time budget with their trip estimates, nearest first; empty on error. */
  readonly reachable: ComputedRef<ReadonlyArray<Reachable<T>>>;
  /** Why the inputs were rejected, or `undefined` when they were valid. */
  readonly error: ComputedRef<ValidationError | undefined>;
  /** Whether the last computation succeeded. */
  readonly status: ComputedRef<PracticeCircleStatus>;
}

const NONE: ReadonlyArray<never> = Object.freeze([]);

/**
 * Binds the 15-minute practice circle (`reachableWithin` of `@jiaolianti/matching`) to Vue: reactive origin, places
 * and options in, read-only refs out. It holds no rule of its own — the travel model, its defaults and its validation
 * are matching's — and an invalid input becomes `error` and `status: "error"`, never a throw.
 *
 * @param origin - Where trips start (ref, getter or plain value).
 * @param places - Candidate places, anything with a `location` (ref, getter or plain value).
 * @param options - `minutes` (default 15), `mode` (default `"walk"`), `detourFactor`, `metersPerMinute`.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * import { usePracticeCircle } from "@jiaolianti/ui-vue";
 * import { ref } from "vue";
 *
 * const origin = ref({ lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const); // Xujiahui
 * const minutes = ref(15);
 * const { reachable, error, status } = usePracticeCircle(origin, xuhuiVenues, () => ({ minutes: minutes.value }));
 * // reachable.value[0]?.place.nameZh — the nearest venue; it updates when origin or minutes change
 * ```
 */
export const usePracticeCircle = <T extends Located>(
  origin: MaybeRefOrGetter<GeoPoint>,
  places: MaybeRefOrGetter<ReadonlyArray<T>>,
  options: MaybeRefOrGetter<ReachableOptions> = {},
): UsePracticeCircleReturn<T> => {
  const result = computed(() => reachableWithin(toValue(origin), toValue(places), toValue(options)));
  return {
    reachable: computed(() => (result.value.ok ? result.value.value : NONE)),
    error: computed(() => (result.value.ok ? undefined : result.value.error)),
    status: computed(() => (result.value.ok ? "success" : "error")),
  };
};
