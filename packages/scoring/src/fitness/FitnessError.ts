import { Data } from "effect";

/**
 * Why {@link scoreFitness} refused well-formed input:
 *
 * - `missing-item` — a required item of the student's group has no score;
 * - `item-not-in-group` — a score for an item the student's group and sex do not test (e.g. pull-ups in grade 3),
 *   refused rather than silently ignored;
 * - `bonus-not-in-group` — bonus points for an item that is not a bonus item (加分指标) of the group and sex;
 * - `bonus-over-limit` — more bonus points than the item (or the 20-point 附加分 cap) allows;
 * - `bonus-without-full-score` — bonus points for an item whose score is below 100 (the standard adds points only
 *   for results beyond the 100-point line);
 * - `no-group` — the weight table has no group for the student's grade (a custom table with a gap);
 * - `invalid-standard` — a custom weight table whose group weights do not add up to 100.
 */
export type FitnessErrorReason =
  | "missing-item"
  | "item-not-in-group"
  | "bonus-not-in-group"
  | "bonus-over-limit"
  | "bonus-without-full-score"
  | "no-group"
  | "invalid-standard";

/**
 * The fitness standard refused the input. `path` points into it (`["items", "run-800m"]`), `message` is English and
 * `messageZh` is written for a teacher or district officer.
 *
 * @example
 * ```ts
 * import { scoreFitness } from "@jiaolianti/scoring";
 * const r = scoreFitness({ sex: "female", grade: 1, items: { bmi: 100 } });
 * if (!r.ok && r.error._tag === "FitnessError") console.log(r.error.reason, r.error.path); // "missing-item" ["items", "vital-capacity"]
 * ```
 */
export class FitnessError extends Data.TaggedError("FitnessError")<{
  readonly reason: FitnessErrorReason;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}> {}

/** A failed result carrying a {@link FitnessError} (internal shorthand). */
export const fitnessFail = (
  reason: FitnessErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): { readonly ok: false; readonly error: FitnessError } => ({
  ok: false,
  error: new FitnessError({
    reason,
    path,
    message: `Invalid fitness input: ${en}`,
    messageZh: `体质测试数据不符合要求:${zh}`,
  }),
});
