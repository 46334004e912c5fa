import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { Random } from "./Random.js";

/** FNV-1a over UTF-16 code units, then the murmur3 finaliser: a well-mixed 32-bit hash of a string. */
const hash32 = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
};

/**
 * The 32-bit seed of a sample-district seed: an integer and a string are hashed with a type tag, so `1` and `"1"` give
 * different districts and every string (any length) is a valid seed.
 */
export const seed32 = (seed: number | string): number => hash32(typeof seed === "number" ? `n:${seed}` : `s:${seed}`);

/**
 * Independent random streams for one seed, one per name: one xoroshiro128+ generator, jumped 2⁶⁴ steps ahead for each
 * stream in turn (pure-rand `jump`), so changing how much one part of the district draws never shifts another part.
 */
export const seedStreams = <const N extends string>(
  seed: number | string,
  names: ReadonlyArray<N>,
): Record<N, Random> => {
  const base = xoroshiro128plus(seed32(seed));
  const streams = {} as Record<N, Random>;
  for (const name of names) {
    base.jump();
    streams[name] = new Random(base.clone());
  }
  return streams;
};
