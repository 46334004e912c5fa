import type { Random } from "./Random.js";

// Crockford base32, lower case (no i, l, o, u): ids that survive being read aloud or retyped.
const BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";
const HALF = 0x100000; // 2^20
const MASK = 0xfffff;
const ROUNDS = 4;

const round = (r: number, key: number): number => {
  let x = Math.imul(r ^ key, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca77);
  x ^= x >>> 13;
  return x & MASK;
};

const encode20 = (v: number): string =>
  (BASE32[(v >>> 15) & 31] as string) +
  (BASE32[(v >>> 10) & 31] as string) +
  (BASE32[(v >>> 5) & 31] as string) +
  (BASE32[v & 31] as string);

/**
 * Pseudonymous ids `prefix` + 8 base32 characters for record numbers 0, 1, 2 … < 2⁴⁰: a keyed 4-round Feistel
 * permutation of the 40-bit record number, round keys drawn from the seeded stream. A permutation, so ids are unique by
 * construction (no set of seen ids to keep), yet they reveal neither order nor count. Synthetic ids only: real student
 * ids are keyed HMACs of the school system's ids (`pseudonymize`). A class (state = prefix + keys) so two districts
 * made from the same seed compare equal.
 */
export class PseudonymousIds {
  readonly keys: ReadonlyArray<number>;
  constructor(
    readonly prefix: string,
    rng: Random,
  ) {
    this.keys = Array.from({ length: ROUNDS }, () => rng.uint32());
  }

  /** The id of record number `index`. */
  id(index: number): string {
    let l = Math.floor(index / HALF) & MASK;
    let r = index & MASK;
    for (const k of this.keys) {
      const next = l ^ round(r, k);
      l = r;
      r = next;
    }
    return this.prefix + encode20(l) + encode20(r);
  }
}
