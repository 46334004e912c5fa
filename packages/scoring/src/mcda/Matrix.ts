/**
 * A decision matrix: rows are alternatives (departments, venues, projects), columns are criteria. Rows may be plain
 * arrays or typed arrays (`Float64Array`); every row has the same length.
 *
 * @example
 * ```ts
 * import type { Matrix } from "@jiaolianti/scoring";
 * const m: Matrix = [
 *   [0.92, 120, 3], // school A: pass rate, hours of activity, incidents
 *   [0.85, 150, 1], // school B
 * ];
 * ```
 */
export type Matrix = ReadonlyArray<ArrayLike<number>>;

/** Direction of a criterion as TOPSIS writes it: `1` benefit (more is better), `-1` cost (less is better). */
export type CriterionType = 1 | -1;

/** Direction of an indicator as composite-indicator practice writes it: `benefit` (more is better) or `cost`. */
export type Direction = "benefit" | "cost";
