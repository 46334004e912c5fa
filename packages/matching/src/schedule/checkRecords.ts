import { UnknownReferenceError, type ValidationIssue } from "@jiaolianti/core";
import type { z } from "zod";

/** Issues reported at most per call. */
const MAX_ISSUES = 50;

/**
 * Validates a list of records against `schema`, each reported at `[...at, index, …]`, and rejects a repeated `id` at
 * `[...at, index, "id"]` (internal to scheduling and recommendation). Returns the parsed records, or `null` when
 * anything was wrong (the issues are added to `issues`).
 */
export const checkRecords = <S extends z.ZodType<{ readonly id: string }>>(
  input: unknown,
  schema: S,
  at: ReadonlyArray<PropertyKey>,
  issues: ValidationIssue[],
  maxItems: number,
): z.output<S>[] | null => {
  if (!Array.isArray(input)) {
    issues.push({ path: at, message: "Expected an array" });
    return null;
  }
  if (input.length > maxItems) {
    issues.push({ path: at, message: `at most ${maxItems} items are accepted (got ${input.length})` });
    return null;
  }
  const out: z.output<S>[] = [];
  const seen = new Map<string, number>();
  const before = issues.length;
  input.forEach((item: unknown, k: number) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      for (const i of r.error.issues)
        if (issues.length < MAX_ISSUES) issues.push({ path: [...at, k, ...i.path], message: i.message });
      return;
    }
    const first = seen.get(r.data.id);
    if (first !== undefined) {
      if (issues.length < MAX_ISSUES)
        issues.push({ path: [...at, k, "id"], message: `duplicate id "${r.data.id}" (first at index ${first})` });
    } else seen.set(r.data.id, k);
    out.push(r.data);
  });
  return issues.length > before ? null : out;
};

/** Builds an {@link UnknownReferenceError} with English and Chinese messages (internal). */
export const unknownReference = (
  from: string,
  fromId: string,
  path: ReadonlyArray<string | number>,
  target: string,
  targetId: string,
): UnknownReferenceError =>
  new UnknownReferenceError({
    from,
    fromId,
    path,
    target,
    targetId,
    message: `${from} "${fromId}" ${path.join(".")}: unknown ${target} "${targetId}"`,
    messageZh: `${from}“${fromId}”的 ${path.join(".")} 引用的 ${target}“${targetId}”不存在`,
  });
