import { Data } from "effect";

/**
 * Why a plan function refused well-formed input:
 *
 * - `undetermined-tier` — the assessment result has no tier (nothing usable was measured): no plan is made from it,
 *   never a green plan by default;
 * - `unknown-strategy` — the policy names a strategy the catalogue does not hold;
 * - `no-observations` — progress was asked for without any observation;
 * - `observation-before-start` — an observation dated before the plan's start date.
 */
export type PlanErrorReason = "undetermined-tier" | "unknown-strategy" | "no-observations" | "observation-before-start";

/**
 * A plan function ({@link planFor}, {@link planProgress}) refused its input. `path` points into it, `message` is
 * English, `messageZh` is written for a counsellor or head teacher.
 *
 * @example
 * ```ts
 * import { planFor } from "@jiaolianti/scoring";
 * const r = planFor({ studentId: "stu-7f3a9c21e0", grade: 8, tier: null }, { startDate: "2025-10-13" });
 * if (!r.ok && r.error._tag === "PlanError") console.log(r.error.reason); // "undetermined-tier"
 * ```
 */
export class PlanError extends Data.TaggedError("PlanError")<{
  readonly reason: PlanErrorReason;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}> {}

/** A failed result carrying a {@link PlanError} (internal shorthand). */
export const planFail = (
  reason: PlanErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): { readonly ok: false; readonly error: PlanError } => ({
  ok: false,
  error: new PlanError({ reason, path, message: `Cannot plan: ${en}`, messageZh: `无法生成或评估计划:${zh}` }),
});
