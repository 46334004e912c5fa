import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { inverseNormal } from "./inverseNormal.js";

const TWO_POW_32 = 4_294_967_296;

/**
 * The sample district's source of randomness: a thin, fast wrapper over a seeded pure-rand generator (xoroshiro128+),
 * advanced in place. One 32-bit draw per uniform, one per normal (by inverse CDF), so the same seed always gives the
 * same stream. Internal to the sample module.
 */
export class Random {
  constructor(readonly generator: RandomGenerator) {}

  /** Uniform in (0, 1), never 0 or 1 (safe for quantile functions). */
  float(): number {
    return ((this.generator.next() >>> 0) + 0.5) / TWO_POW_32;
  }

  /** Uniform integer in [0, n) (n ≤ 2¹⁶ keeps the modulo bias below 2⁻¹⁶; we use it for small n only). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** A standard normal draw. */
  normal(): number {
    return inverseNormal(this.float());
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(list: ReadonlyArray<T>): T {
    return list[this.int(list.length)] as T;
  }

  /** An index drawn with the given non-negative weights (not necessarily normalised). */
  weighted(weights: ReadonlyArray<number>): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] as number;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** The number of trials until the first success of a Bernoulli(p) process (≥ 1), by inversion. */
  geometric(p: number): number {
    return 1 + Math.floor(Math.log(this.float()) / Math.log(1 - p));
  }

  /** A 32-bit unsigned integer. */
  uint32(): number {
    return this.generator.next() >>> 0;
  }
}
