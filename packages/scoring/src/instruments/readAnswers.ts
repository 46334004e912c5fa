import { type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";
import type { CompiledInstrument, CompiledItem } from "./compileInstrument.js";

/**
 * Answers to an instrument: an array in item order (`null` = missing), or a record by item id (`null` or an absent
 * key = missing). Values are the raw answers (before reverse scoring), whole numbers within each item's range.
 *
 * @example
 * ```ts
 * import type { InstrumentAnswers } from "@jiaolianti/scoring";
 * const inOrder: InstrumentAnswers = [1, 0, 2, null, 1, 0, 0, 1, 0];
 * const byId: InstrumentAnswers = { "phq-1": 1, "phq-9": 0 };
 * ```
 */
export type InstrumentAnswers = ReadonlyArray<number | null> | Readonly<Record<string, number | null>>;

/** Marks a missing answer in the decoded answers (internal). */
export const MISSING = -32768;

const describe = (value: unknown): string =>
  typeof value === "number"
    ? String(value)
    : value === undefined
      ? "undefined"
      : (JSON.stringify(value) ?? typeof value);

const check = (item: CompiledItem, value: unknown, path: PropertyKey, issues: ValidationIssue[]): number => {
  if (value === null) return MISSING;
  const expected = `expected a whole number ${item.min}–${item.max} or null for a missing answer`;
  if (typeof value !== "number") {
    issues.push({ path: [path], message: `${item.id}: ${expected}, got ${describe(value)}` });
  } else if (Number.isNaN(value)) {
    issues.push({ path: [path], message: `${item.id}: NaN is not an answer (use null for a missing answer)` });
  } else if (!Number.isInteger(value)) {
    issues.push({ path: [path], message: `${item.id}: ${value} is not a whole number (${expected})` });
  } else if (value < item.min || value > item.max) {
    issues.push({
      path: [path],
      message: `${item.id}: ${value} is outside the response range ${item.min}–${item.max}`,
    });
  } else {
    return value;
  }
  return MISSING;
};

/**
 * Validates answers against a compiled instrument and decodes them into raw values in item order, {@link MISSING}
 * for a missing answer (internal). Errors carry the item's index (array form) or id (record form) as their path:
 * wrong item count, a non-number, `NaN`, a non-integer, an answer out of range, an unknown item id.
 */
export const readAnswers = (c: CompiledInstrument, answers: unknown): Result<Int16Array, ValidationError> => {
  const issues: ValidationIssue[] = [];
  const n = c.items.length;
  const raw = new Int16Array(n).fill(MISSING);
  if (Array.isArray(answers)) {
    if (answers.length !== n) {
      const first = c.items[0]?.id;
      const last = c.items[n - 1]?.id;
      issues.push({
        path: [],
        message: `expected ${n} answers in item order (${first} … ${last}), got ${answers.length}`,
      });
    } else {
      for (let i = 0; i < n; i++) raw[i] = check(c.items[i] as CompiledItem, answers[i], i, issues);
    }
  } else if (answers !== null && typeof answers === "object") {
    for (const [id, value] of Object.entries(answers)) {
      const i = c.itemIndex.get(id);
      if (i === undefined) issues.push({ path: [id], message: `unknown item "${id}" for ${c.ref}` });
      else raw[i] = check(c.items[i] as CompiledItem, value, id, issues);
    }
  } else {
    issues.push({ path: [], message: "answers must be an array in item order or a record by item id" });
  }
  return issues.length > 0
    ? { ok: false, error: validationError(`answers to ${c.ref}`, issues) }
    : { ok: true, value: raw };
};
