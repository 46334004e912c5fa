/**
 * A read-only, indexable, re-iterable collection whose records are made on demand from compact columns — used for the
 * sample district's assessments: at 1.5 M students they are ≈ 7.7 M records with ≈ 140 M answers, several GB as objects
 * (more than Node's default heap) but ≈ 200 MB as typed-array columns. Every record it yields is a fresh plain object
 * valid against its entity schema; answer objects (`{ itemId, value }`) are shared and frozen, so treat records as
 * immutable. `JSON.stringify` writes the records.
 *
 * @example
 * ```ts
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const r = createSampleDistrict({ seed: 1, students: 200 });
 * if (r.ok) {
 *   const first = r.value.assessments.at(0);
 *   for (const a of r.value.assessments) if (a.instrumentId === "phq-9") break;
 * }
 * ```
 */
export interface SampleRecords<T> extends Iterable<T> {
  /** How many records there are. */
  readonly length: number;
  /** The record at `index` (negative counts from the end), or `undefined` outside the collection. */
  at(index: number): T | undefined;
  /** Records `start` … `end − 1` as an array (same semantics as `Array.prototype.slice`). */
  slice(start?: number, end?: number): T[];
  /** Every record as an array (mind the memory at large sizes). */
  toArray(): T[];
  /** Same as {@link toArray}, for `JSON.stringify`. */
  toJSON(): T[];
}
