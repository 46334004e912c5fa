import { Data } from "effect";

/**
 * There is no valid consent for this student and purpose at this time, so the processing must not happen. `reason`
 * says why (`no-record`, `withdrawn`, `expired`, `guardian-required`, `invalid-query`); `message` is English and
 * `messageZh` is written for a district officer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { requireConsent } from "@jiaolianti/core";
 * const check = requireConsent([], { studentId: "p_x", purpose: "screening", at: new Date(), studentAge: 9 });
 * const exit = await Effect.runPromiseExit(check); // Failure: ConsentMissingError, reason "no-record"
 * ```
 */
export class ConsentMissingError extends Data.TaggedError("ConsentMissingError")<{
  readonly studentId: string;
  readonly purpose: string;
  readonly reason: "no-record" | "withdrawn" | "expired" | "guardian-required" | "invalid-query";
  /** The instant the consent was checked for (ISO 8601), when it was a valid date. */
  readonly at?: string;
  /** Id of the consent record that decided, when there was one. */
  readonly recordId?: string;
  readonly message: string;
  readonly messageZh: string;
}> {}
