/**
 * Most items an instrument may have (MSSMHS, the longest shipped, has 60; the core model's `Assessment` allows 200
 * answers).
 *
 * @example
 * ```ts
 * import { MAX_INSTRUMENT_ITEMS } from "@jiaolianti/scoring";
 * MAX_INSTRUMENT_ITEMS; // 200
 * ```
 */
export const MAX_INSTRUMENT_ITEMS = 200;

/**
 * Most distinct flag ids one instrument may raise: the columnar scorer stores a student's flags as a 32-bit mask.
 *
 * @example
 * ```ts
 * import { MAX_INSTRUMENT_FLAGS } from "@jiaolianti/scoring";
 * MAX_INSTRUMENT_FLAGS; // 32
 * ```
 */
export const MAX_INSTRUMENT_FLAGS = 32;
