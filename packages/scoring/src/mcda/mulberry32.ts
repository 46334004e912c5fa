/**
 * Mulberry32, a 32-bit seeded pseudo-random generator (Tommy Ettinger, 2017, public domain): returns a function that
 * yields uniform numbers in [0, 1) with 2³² period. Small, fast and reproducible across JavaScript engines — enough
 * for Monte Carlo sensitivity, not for cryptography.
 *
 * @example
 * ```ts
 * import { mulberry32 } from "@jiaolianti/scoring";
 * const rand = mulberry32(42);
 * rand(); // same sequence for the same seed, every run
 * ```
 */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
