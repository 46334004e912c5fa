/**
 * Rounds half up to `digits` decimals, robust to binary floating point (18.15 → 18.2, not 18.1). The fitness standard
 * rounds BMI and scores to one decimal before banding.
 *
 * @example
 * ```ts
 * import { roundHalfUp } from "@jiaolianti/scoring";
 * roundHalfUp(18.15, 1); // 18.2
 * ```
 */
export const roundHalfUp = (x: number, digits: number): number => {
  const f = 10 ** digits;
  // toPrecision(12) removes the representation error (18.15 × 10 = 181.49999999999997) before rounding.
  return Math.round(Number((x * f).toPrecision(12))) / f;
};
