import { type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";
import type { InstrumentBatchScores } from "../instruments/scoreInstrumentBatch.js";
import type { TierBatchInput } from "./tierBatch.js";

/** Most students one batch may hold. */
export const MAX_BATCH_STUDENTS = 20_000_000;

const SUBJECT = "tierBatch input";

const column = (
  value: unknown,
  type: { new (n: number): ArrayLike<number>; name: string },
  n: number,
  path: PropertyKey[],
  issues: ValidationIssue[],
): boolean => {
  if (!(value instanceof type)) {
    issues.push({ path, message: `expected a ${type.name}` });
    return false;
  }
  if ((value as ArrayLike<number>).length !== n) {
    issues.push({ path, message: `length ${(value as ArrayLike<number>).length}, expected ${n} (one per student)` });
    return false;
  }
  return true;
};

/**
 * Checks the columns of a {@link tierBatch} call (internal): `students` a whole number; each instrument batch with
 * `students` rows and typed-array columns of that length, one per instrument id; BMI codes 0–3 or 255; fitness totals
 * in 0–120 or `NaN`. Returns the instrument batches by id.
 */
export const checkTierBatchInput = (
  input: TierBatchInput,
): Result<ReadonlyMap<string, InstrumentBatchScores>, ValidationError> => {
  const fail = (issues: ValidationIssue[]) => ({ ok: false as const, error: validationError(SUBJECT, issues) });
  if (input === null || typeof input !== "object")
    return fail([{ path: [], message: "expected an object of columns" }]);
  const n = input.students;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_BATCH_STUDENTS)
    return fail([{ path: ["students"], message: `expected a whole number 0–${MAX_BATCH_STUDENTS}` }]);
  const known = new Set(["students", "scores", "bmiCategory", "fitnessTotal"]);
  const issues: ValidationIssue[] = Object.keys(input)
    .filter((k) => !known.has(k))
    .map((k) => ({ path: [k], message: `unknown column "${k}"` }));
  const byId = new Map<string, InstrumentBatchScores>();
  const scores = input.scores ?? [];
  if (!Array.isArray(scores))
    return fail([{ path: ["scores"], message: "expected an array of scoreInstrumentBatch results" }]);
  scores.forEach((b: InstrumentBatchScores, i) => {
    const at = (...p: PropertyKey[]) => ["scores", i, ...p];
    if (b === null || typeof b !== "object" || typeof b.instrumentId !== "string") {
      issues.push({ path: at(), message: "expected a scoreInstrumentBatch result" });
      return;
    }
    if (byId.has(b.instrumentId))
      issues.push({ path: at("instrumentId"), message: `a second batch of ${b.instrumentId}` });
    if (b.students !== n) issues.push({ path: at("students"), message: `${b.students} students, expected ${n}` });
    const ok =
      column(b.totals, Float64Array, n, at("totals"), issues) &&
      column(b.bands, Int8Array, n, at("bands"), issues) &&
      column(b.flags, Uint32Array, n, at("flags"), issues) &&
      column(b.unresolvedFlags, Uint32Array, n, at("unresolvedFlags"), issues) &&
      column(b.answered, Uint8Array, n, at("answered"), issues) &&
      column(b.usable, Uint8Array, n, at("usable"), issues) &&
      Array.isArray(b.bandIds) &&
      Array.isArray(b.flagIds) &&
      b.subscales !== null &&
      typeof b.subscales === "object" &&
      Object.entries(b.subscales).every(
        ([id, s]) =>
          column(s?.values, Float64Array, n, at("subscales", id, "values"), issues) &&
          column(s?.bands, Int8Array, n, at("subscales", id, "bands"), issues) &&
          Array.isArray(s.bandIds),
      );
    if (ok) byId.set(b.instrumentId, b);
    else if (!issues.some((x) => x.path[0] === "scores" && x.path[1] === i))
      issues.push({ path: at(), message: "band or flag id lists, or subscales, are missing" });
  });
  if (input.bmiCategory !== undefined && column(input.bmiCategory, Uint8Array, n, ["bmiCategory"], issues)) {
    const codes = input.bmiCategory;
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      if (c > 3 && c !== 255) {
        issues.push({ path: ["bmiCategory", i], message: `code ${c}: expected 0–3 or 255 (not measured)` });
        break;
      }
    }
  }
  if (input.fitnessTotal !== undefined && column(input.fitnessTotal, Float64Array, n, ["fitnessTotal"], issues)) {
    const totals = input.fitnessTotal;
    for (let i = 0; i < n; i++) {
      const x = totals[i] as number;
      if (x < 0 || x > 120 || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
        issues.push({ path: ["fitnessTotal", i], message: `${x} is outside 0–120 (NaN = not tested)` });
        break;
      }
    }
  }
  return issues.length > 0 ? fail(issues) : { ok: true, value: byId };
};
