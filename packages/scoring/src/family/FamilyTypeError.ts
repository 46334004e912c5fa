import { Data } from "effect";

/**
 * Why {@link familyType} refused well-formed input:
 *
 * - `wrong-instrument` — a score object from another instrument (e.g. a PSDQ score passed as the APGAR);
 * - `unknown-environment-item` — an environment answer for an item the rules' checklist does not hold;
 * - `missing-bundle` — the course catalogue has no bundle (or an unknown course) for a type the rules can give.
 */
export type FamilyTypeErrorReason = "wrong-instrument" | "unknown-environment-item" | "missing-bundle";

/**
 * Family typing refused its input. `path` points into it, `message` is English and `messageZh` is written for a
 * family-education officer. Unusable scores are *not* an error: they give `type: null` with the reason.
 *
 * @example
 * ```ts
 * import { familyType } from "@jiaolianti/scoring";
 * const r = familyType({ apgar: 8, psdq: { authoritative: 4, authoritarian: 2, permissive: 2 }, environment: { pets: true } });
 * if (!r.ok && r.error._tag === "FamilyTypeError") console.log(r.error.reason); // "unknown-environment-item"
 * ```
 */
export class FamilyTypeError extends Data.TaggedError("FamilyTypeError")<{
  readonly reason: FamilyTypeErrorReason;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}> {}

/** A failed result carrying a {@link FamilyTypeError} (internal shorthand). */
export const familyFail = (
  reason: FamilyTypeErrorReason,
  path: ReadonlyArray<PropertyKey>,
  en: string,
  zh: string,
): { readonly ok: false; readonly error: FamilyTypeError } => ({
  ok: false,
  error: new FamilyTypeError({
    reason,
    path,
    message: `Invalid family assessment: ${en}`,
    messageZh: `家庭评估数据不符合要求:${zh}`,
  }),
});
