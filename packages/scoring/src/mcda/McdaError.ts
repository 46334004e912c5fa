import { Data } from "effect";

/**
 * Why an MCDA computation refused its input. Each reason is specific enough for a vendor to act on it without parsing
 * the message:
 *
 * - `empty` — no alternatives, no criteria, or no present value;
 * - `ragged` — rows of a matrix have different lengths;
 * - `not-finite` — `NaN`, `±Infinity` or a non-number where a number was required (missing values must be `null`);
 * - `negative` — a negative value where the method needs non-negative data (entropy, DEA);
 * - `non-positive` — a value ≤ 0 where the method needs positive data (AHP judgments, geometric mean);
 * - `not-square` — an AHP comparison matrix that is not n × n;
 * - `not-reciprocal` — an AHP matrix with `a[i][j] × a[j][i] ≠ 1` or a diagonal ≠ 1 (beyond the tolerance);
 * - `length-mismatch` — weights, types or flags whose length differs from the number of criteria or values;
 * - `invalid-weights` — weights that are negative, non-finite or all zero;
 * - `invalid-option` — an option outside its allowed values;
 * - `too-few` — too few alternatives for the statistic (e.g. a z-score needs two values);
 * - `constant` — no spread where the method divides by the spread (min–max or z-score of equal values);
 * - `degenerate` — the data carry no information for the method (every criterion constant, perfectly correlated, …);
 * - `unsupported-size` — beyond a published table (random index tables stop at n = 15);
 * - `inconsistent` — an AHP matrix with CR > 0.10 when the caller asked to reject inconsistent judgments;
 * - `no-convergence` — an iterative method did not reach its tolerance within its iteration budget;
 * - `infeasible` / `unbounded` — a linear programme (DEA) with no feasible point or no finite optimum.
 */
export type McdaErrorReason =
  | "empty"
  | "ragged"
  | "not-finite"
  | "negative"
  | "non-positive"
  | "not-square"
  | "not-reciprocal"
  | "length-mismatch"
  | "invalid-weights"
  | "invalid-option"
  | "too-few"
  | "constant"
  | "degenerate"
  | "unsupported-size"
  | "inconsistent"
  | "no-convergence"
  | "infeasible"
  | "unbounded";

/**
 * An MCDA function (normalisation, weighting, AHP, TOPSIS, aggregation, DEA, sensitivity) refused its input. `reason`
 * is the machine-readable cause, `path` points at the offending cell (`[row, column]` of a matrix, `[index]` of a
 * vector, `["weights", j]`, …), `message` is English and `messageZh` is written for a district officer.
 *
 * @example
 * ```ts
 * import { entropyWeights } from "@jiaolianti/scoring";
 * const r = entropyWeights([[1, 2], [3, -1]]);
 * if (!r.ok) console.log(r.error.reason, r.error.path); // "negative" [1, 1]
 * ```
 */
export class McdaError extends Data.TaggedError("McdaError")<{
  /** What was being checked, e.g. `"entropyWeights matrix"`. */
  readonly subject: string;
  readonly reason: McdaErrorReason;
  /** Where in the input: `[row, column]`, `[index]`, `["weights", j]`; empty for the input as a whole. */
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}> {}

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0 ? "" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");

/**
 * Builds a {@link McdaError}; `en` and `zh` say what is wrong, the subject and path are prefixed.
 *
 * @example
 * ```ts
 * import { mcdaError } from "@jiaolianti/scoring";
 * mcdaError("ahp pairwise", "not-reciprocal", [0, 2], "a[0][2] × a[2][0] = 1.5, expected 1", "互反性不成立");
 * ```
 */
export const mcdaError = (
  subject: string,
  reason: McdaErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): McdaError => {
  const where = formatPath(path);
  return new McdaError({
    subject,
    reason,
    path,
    message: `Invalid ${subject}${where}: ${en}`,
    messageZh: `${subject}${where} 数据不符合要求:${zh}`,
  });
};

/** A failed result carrying a {@link McdaError} (internal shorthand). */
export const fail = (
  subject: string,
  reason: McdaErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): { readonly ok: false; readonly error: McdaError } => ({
  ok: false,
  error: mcdaError(subject, reason, path, en, zh),
});
