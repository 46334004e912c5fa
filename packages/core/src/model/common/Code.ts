import { z } from "zod";

/** Longest code value accepted, in characters. */
export const CODE_MAX_LENGTH = 64;

/**
 * A kebab-case machine code that is not one of our closed code lists: an instrument scale (`"emotional"`), a rule
 * that fired (`"phq-item9"`), a band id (`"moderately-severe"`), a question id, an expert pool. Lower-case ASCII
 * letters, digits and single hyphens, 1–64 characters.
 *
 * @example
 * ```ts
 * import { Code } from "@jiaolianti/core";
 * Code.parse("moderately-severe"); // ok
 * Code.safeParse("Moderately Severe").success; // false
 * ```
 */
export const Code = z
  .string()
  .min(1)
  .max(CODE_MAX_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "code must be kebab-case: a–z, 0–9 and single hyphens");

/** A kebab-case machine code. */
export type Code = z.infer<typeof Code>;
