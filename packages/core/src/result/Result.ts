/**
 * The outcome of a plain (non-Effect) entry point: a value, or a typed error — never a throw for expected failures.
 *
 * @example
 * ```ts
 * import { parseGeoPoint } from "@jiaolianti/core";
 * const r = parseGeoPoint({ lat: 31.19, lng: 121.44, crs: "WGS84" });
 * if (r.ok) console.log(r.value.lat);
 * else console.log(r.error.message);
 * ```
 */
export type Result<A, E> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful {@link Result}. */
export const ok = <A>(value: A): Result<A, never> => ({ ok: true, value });

/** Wraps an error as a failed {@link Result}. */
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
