import type { z } from "zod";
import type { AccessDeniedError } from "../errors/AccessDeniedError.js";
import { type ValidationError, validationError } from "../errors/ValidationError.js";
import { err, ok, type Result } from "../result/Result.js";
import { type AccessPolicy, policyLabel } from "./AccessPolicy.js";
import { allowedSensitivity } from "./allowedSensitivity.js";
import { defaultAccessPolicy } from "./defaultAccessPolicy.js";
import { SENSITIVITY_RANK, Sensitivity } from "./Sensitivity.js";
import {
  anyVisible,
  leafLevel,
  levelOfRank,
  maxLevel,
  type SchemaShape,
  shapeOf,
  unwrap,
} from "./schemaSensitivity.js";
import type { Viewer } from "./Viewer.js";

/** A record after redaction: the same shape with every field possibly absent, at any depth. */
export type Redacted<T> = T extends Date
  ? T
  : T extends ReadonlyArray<infer U>
    ? Array<Redacted<U>>
    : T extends object
      ? { [K in keyof T]?: Redacted<T[K]> }
      : T;

/** Any zod object schema (plain, strict or loose). */
export type AnyObjectSchema = z.ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;

/**
 * A field the viewer did not get, and why:
 * - `above-ceiling`: its sensitivity (`level`) is above what the viewer may see (for a nested object or array,
 *   `level` is the lowest level of anything inside it);
 * - `undeclared`: the record has a key the schema does not declare (never passed through: an unknown field has no
 *   reviewed sensitivity);
 * - `shape-mismatch`: the value does not have the shape the schema declares (e.g. a string where an object is due).
 */
export interface WithheldField {
  /** Path into the record, e.g. `["assessments", 2, "answers"]`. */
  readonly path: ReadonlyArray<string | number>;
  readonly reason: "above-ceiling" | "undeclared" | "shape-mismatch";
  /** Sensitivity of the withheld field, for `above-ceiling`. */
  readonly level?: Sensitivity;
}

/** What {@link redactWithReport} returns: the redacted record, what was withheld, and under which ceiling and policy. */
export interface RedactionReport<T> {
  readonly value: Redacted<T>;
  /** Every field present in the input that is absent from `value`, in document order. */
  readonly withheld: ReadonlyArray<WithheldField>;
  /** The highest sensitivity the viewer could see. */
  readonly ceiling: Sensitivity;
  /** `"<id>@<version>"` of the policy that set the ceiling; absent for {@link redactAtLevel}. */
  readonly policy?: string;
}

type ObjectShape = Extract<SchemaShape, { kind: "object" }>;

type Walked = { readonly keep: true; readonly value: unknown } | { readonly keep: false };
const DROP: Walked = { keep: false };

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

// Leaves are copied too, so that changing the redacted value can never change the source record.
const clone = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(clone);
  if (v instanceof Date) return new Date(v.getTime());
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) define(out, k, clone(x));
    return out;
  }
  return v;
};

// defineProperty, not assignment: a key named "__proto__" must stay data, never become a prototype.
const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const lowestLevel = (schema: z.ZodType, floor: Sensitivity): Sensitivity => {
  for (let rank = 0; rank <= 3; rank++) if (anyVisible(schema, floor, rank)) return levelOfRank(rank);
  return "sensitive";
};

const walk = (
  value: unknown,
  schema: z.ZodType,
  floor: Sensitivity,
  ceiling: number,
  path: ReadonlyArray<string | number>,
  withheld: WithheldField[],
): Walked => {
  const { core, mark } = unwrap(schema);
  const shape = shapeOf(core);
  if (shape.kind === "leaf") {
    const level = leafLevel(floor, mark, core);
    if (SENSITIVITY_RANK[level] <= ceiling) return { keep: true, value: clone(value) };
    withheld.push({ path, reason: "above-ceiling", level });
    return DROP;
  }
  if (!anyVisible(schema, floor, ceiling)) {
    withheld.push({ path, reason: "above-ceiling", level: lowestLevel(schema, floor) });
    return DROP;
  }
  if (value === null || value === undefined) return { keep: true, value };
  const inner = maxLevel(floor, mark) as Sensitivity;
  if (shape.kind === "array") {
    if (!Array.isArray(value)) {
      withheld.push({ path, reason: "shape-mismatch" });
      return DROP;
    }
    const items: unknown[] = [];
    value.forEach((item, i) => {
      const r = walk(item, shape.element, inner, ceiling, [...path, i], withheld);
      if (r.keep) items.push(r.value);
    });
    return { keep: true, value: items };
  }
  if (!isPlainObject(value)) {
    withheld.push({ path, reason: "shape-mismatch" });
    return DROP;
  }
  return { keep: true, value: walkFields(value, shape, inner, ceiling, path, withheld) };
};

const walkFields = (
  value: Record<string, unknown>,
  shape: ObjectShape,
  floor: Sensitivity,
  ceiling: number,
  path: ReadonlyArray<string | number>,
  withheld: WithheldField[],
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(shape.shape, key) ? shape.shape[key] : shape.catchall;
    if (child === undefined) {
      withheld.push({ path: [...path, key], reason: "undeclared" });
      continue;
    }
    const r = walk(value[key], child, floor, ceiling, [...path, key], withheld);
    if (r.keep) define(out, key, r.value);
  }
  return out;
};

/**
 * Redacts `record` to what a viewer with ceiling `ceiling` may see, without a policy: for exports and widgets that run
 * at a fixed level (a public widget: `"public"`). See {@link redactWithReport} for the rules.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { redactAtLevel, sensitive } from "@jiaolianti/core";
 * const Venue = z.object({ name: sensitive(z.string(), "public"), capacity: z.number() });
 * const r = redactAtLevel(Venue, { name: "徐汇艺术馆", capacity: 120 }, "public");
 * // r.value: { value: { name: "徐汇艺术馆" }, withheld: [{ path: ["capacity"], reason: "above-ceiling", level: "internal" }], … }
 * ```
 */
export const redactAtLevel = <S extends AnyObjectSchema>(
  schema: S,
  record: z.output<S>,
  ceiling: Sensitivity,
): Result<RedactionReport<z.output<S>>, ValidationError> => {
  const level = Sensitivity.safeParse(ceiling);
  if (!level.success) return err(validationError("redaction ceiling", [{ path: [], message: "unknown sensitivity" }]));
  if (!isPlainObject(record)) {
    return err(validationError("record to redact", [{ path: [], message: "expected a plain object" }]));
  }
  // The root is always kept (as an object, possibly empty) so that the report names the fields a viewer missed.
  const { core, mark } = unwrap(schema);
  const shape = shapeOf(core);
  if (shape.kind !== "object") {
    return err(validationError("redaction schema", [{ path: [], message: "expected a zod object schema" }]));
  }
  const withheld: WithheldField[] = [];
  const floor = maxLevel("public", mark) as Sensitivity;
  const value = walkFields(record, shape, floor, SENSITIVITY_RANK[level.data], [], withheld) as Redacted<z.output<S>>;
  return ok({ value, withheld, ceiling: level.data });
};

/**
 * Redacts `record` for `viewer`: returns a **new** object with only the fields the viewer's role × relationship may
 * see under `policy`, and a report of what was withheld. The input is never mutated; withheld fields are absent,
 * never `null`.
 *
 * Rules, read from the zod schema (`sensitive(…)` marks):
 * - a leaf field's level is its mark, or `internal` when unmarked; a mark on a wrapper (`optional`, `nullable`,
 *   `default` …) counts like a mark inside it, and the higher one wins;
 * - a marked nested object or array raises the floor for everything inside it (a `public` field inside a `sensitive`
 *   object is `sensitive`); an unmarked one is transparent;
 * - nested objects and arrays of objects are walked; a nested container is dropped whole when the schema has nothing
 *   inside it the viewer may see (so an empty shell never reveals that, say, an assessment exists); the record itself
 *   is always returned, possibly as `{}`;
 * - anything the walk does not descend into (unions, records, tuples, transforms) is one leaf whose level is the
 *   highest mark anywhere inside it;
 * - keys the schema does not declare are dropped (reported as `undeclared`).
 *
 * Unknown roles or relationships fail with an {@link AccessDeniedError}; a record that is not an object with a
 * {@link ValidationError}.
 *
 * Source: PIPL Art. 6 (minimum necessary), Art. 28 and 51; ARCHITECTURE.md "Privacy by construction".
 *
 * @param policy - the access policy; @default {@link defaultAccessPolicy}
 * @example
 * ```ts
 * import { z } from "zod";
 * import { redactWithReport, sensitive } from "@jiaolianti/core";
 * const Student = z.object({
 *   id: z.string(),
 *   grade: sensitive(z.number(), "personal"),
 *   tier: sensitive(z.string(), "sensitive"),
 * });
 * const r = redactWithReport(Student, { id: "p_x", grade: 4, tier: "orange" }, { role: "teacher", relationship: "own-class" });
 * // r.ok && r.value.value → { id: "p_x", grade: 4 }; r.value.withheld → [{ path: ["tier"], reason: "above-ceiling", level: "sensitive" }]
 * ```
 */
export const redactWithReport = <S extends AnyObjectSchema>(
  schema: S,
  record: z.output<S>,
  viewer: Viewer,
  policy: AccessPolicy = defaultAccessPolicy,
): Result<RedactionReport<z.output<S>>, AccessDeniedError | ValidationError> => {
  const ceiling = allowedSensitivity(viewer, policy);
  if (!ceiling.ok) return ceiling;
  const r = redactAtLevel(schema, record, ceiling.value);
  return r.ok ? ok({ ...r.value, policy: policyLabel(policy) }) : r;
};

/**
 * Redacts `record` for `viewer` and returns only the redacted value; see {@link redactWithReport} for the rules and
 * for which fields were withheld.
 *
 * @param policy - the access policy; @default {@link defaultAccessPolicy}
 * @example
 * ```ts
 * import { z } from "zod";
 * import { redact, sensitive } from "@jiaolianti/core";
 * const Student = z.object({ id: z.string(), tier: sensitive(z.string(), "sensitive") });
 * redact(Student, { id: "p_x", tier: "red" }, { role: "parent", relationship: "own-child" }); // ok: both fields
 * redact(Student, { id: "p_x", tier: "red" }, { role: "public", relationship: "none" }); // ok: {}
 * ```
 */
export const redact = <S extends AnyObjectSchema>(
  schema: S,
  record: z.output<S>,
  viewer: Viewer,
  policy: AccessPolicy = defaultAccessPolicy,
): Result<Redacted<z.output<S>>, AccessDeniedError | ValidationError> => {
  const r = redactWithReport(schema, record, viewer, policy);
  return r.ok ? ok(r.value.value) : r;
};
