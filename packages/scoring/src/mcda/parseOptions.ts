import { parseWith, type Result } from "@jiaolianti/core";
import type { z } from "zod";
import { type McdaError, mcdaError } from "./McdaError.js";

/**
 * Validates an options object with its zod schema; the first issue becomes an `invalid-option` {@link McdaError}
 * naming the option (internal).
 */
export const parseOptions = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): Result<z.output<S>, McdaError> => {
  const parsed = parseWith(schema, input ?? {}, subject);
  if (parsed.ok) return parsed;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const message = issue?.message ?? "invalid options";
  return { ok: false, error: mcdaError(subject, "invalid-option", path, message, `选项不符合要求(${message})`) };
};
