import type { ValidationIssue } from "@jiaolianti/core";
import type { z } from "zod";

/** Issues reported at most per input. */
const MAX_ISSUES = 50;

/**
 * Validates an array of records against `schema`, each at path `[name, index, …]`, and rejects a repeated `id` at
 * `[name, index, "id"]` (internal). Returns the parsed records, or `null` when anything was wrong (issues added).
 */
export const checkList = <S extends z.ZodType<{ readonly id: string }>>(
  input: unknown,
  schema: S,
  name: string,
  issues: ValidationIssue[],
): z.output<S>[] | null => {
  if (!Array.isArray(input)) {
    issues.push({ path: [name], message: "Expected an array" });
    return null;
  }
  const out: z.output<S>[] = [];
  const seen = new Map<string, number>();
  const before = issues.length;
  input.forEach((item: unknown, k: number) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      for (const i of r.error.issues)
        if (issues.length < MAX_ISSUES) issues.push({ path: [name, k, ...i.path], message: i.message });
      return;
    }
    const first = seen.get(r.data.id);
    if (first !== undefined && issues.length < MAX_ISSUES)
      issues.push({ path: [name, k, "id"], message: `duplicate id "${r.data.id}" (first at index ${first})` });
    else seen.set(r.data.id, k);
    out.push(r.data);
  });
  return issues.length > before ? null : out;
};
