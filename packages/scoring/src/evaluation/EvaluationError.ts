import { Data } from "effect";
import type { McdaError } from "../mcda/McdaError.js";

/**
 * Why an evaluation refused its data:
 *
 * - `empty` — no alternatives;
 * - `too-many` — more alternatives than {@link MAX_ALTERNATIVES};
 * - `invalid-alternative` — an alternative that is not `{ id, values }` with a non-empty string id;
 * - `duplicate-alternative` — two alternatives share an id;
 * - `unknown-indicator` — a value for an indicator the framework does not define (a typo would silently be missing);
 * - `not-finite` — `NaN`, `±Infinity` or a non-number where a number was expected (write a missing value as `null`);
 * - `weights` — the weights of a dimension could not be derived (entropy or CRITIC on too few complete alternatives,
 *   degenerate data, an AHP matrix rejected as inconsistent); `cause` carries the engine's error;
 * - `engine` — another MCDA computation a data builder runs (e.g. DEA) refused the data; `cause` says why;
 * - `no-information` — every indicator is constant or absent, so nothing can be scored.
 */
export type EvaluationErrorReason =
  | "empty"
  | "too-many"
  | "invalid-alternative"
  | "duplicate-alternative"
  | "unknown-indicator"
  | "not-finite"
  | "weights"
  | "engine"
  | "no-information";

/** Most alternatives one evaluation accepts (a district has a few thousand schools; 100 000 bounds memory). */
export const MAX_ALTERNATIVES = 100_000;

/**
 * An evaluation ({@link evaluate}, venue admission, department or venue data builders) refused its data. `path`
 * points into the data (`["alternatives", 3, "values", "utilisation"]`), `message` is English, `messageZh` is
 * written for a district officer; `cause` is the MCDA engine's error when the weights failed.
 *
 * @example
 * ```ts
 * import { evaluate, threeDimensionFramework } from "@jiaolianti/scoring";
 * const r = evaluate(threeDimensionFramework, { alternatives: [{ id: "2026", values: { "no-such": 1 } }] });
 * if (!r.ok) console.log(r.error._tag, r.error.reason); // "EvaluationError" "unknown-indicator"
 * ```
 */
export class EvaluationError extends Data.TaggedError("EvaluationError")<{
  readonly reason: EvaluationErrorReason;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
  readonly cause?: McdaError;
}> {}

/** A failed result carrying an {@link EvaluationError} (internal shorthand). */
export const evaluationFail = (
  reason: EvaluationErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
  cause?: McdaError,
): { readonly ok: false; readonly error: EvaluationError } => ({
  ok: false,
  error: new EvaluationError({
    reason,
    path,
    message: `Invalid evaluation data: ${en}`,
    messageZh: `评估数据不符合要求:${zh}`,
    ...(cause ? { cause } : {}),
  }),
});
