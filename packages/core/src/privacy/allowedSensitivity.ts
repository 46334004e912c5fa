import { Effect } from "effect";
import { type AccessDeniedError, accessDenied } from "../errors/AccessDeniedError.js";
import { err, ok, type Result } from "../result/Result.js";
import type { AccessPolicy } from "./AccessPolicy.js";
import { policyLabel } from "./AccessPolicy.js";
import { defaultAccessPolicy } from "./defaultAccessPolicy.js";
import { SENSITIVITY_RANK, Sensitivity } from "./Sensitivity.js";
import type { Viewer } from "./Viewer.js";

/**
 * The highest sensitivity `viewer` may see under `policy`, or an {@link AccessDeniedError} when the role or the
 * relationship is not in the policy (deny by default: a role nobody reviewed sees nothing, not even `public`
 * fields through this path).
 *
 * @param policy - the access policy; @default {@link defaultAccessPolicy}
 * @example
 * ```ts
 * import { allowedSensitivity } from "@jiaolianti/core";
 * allowedSensitivity({ role: "teacher", relationship: "own-class" }); // { ok: true, value: "personal" }
 * ```
 */
export const allowedSensitivity = (
  viewer: Viewer,
  policy: AccessPolicy = defaultAccessPolicy,
): Result<Sensitivity, AccessDeniedError> => {
  const role = String((viewer as { role?: unknown } | null | undefined)?.role);
  const relationship = String((viewer as { relationship?: unknown } | null | undefined)?.relationship);
  const label = policyLabel(policy);
  // Own properties only: "constructor" or "__proto__" must not resolve to Object.prototype members.
  const row = Object.hasOwn(policy.ceilings, role)
    ? (policy.ceilings as Record<string, Record<string, unknown>>)[role]
    : undefined;
  if (row === undefined) return err(accessDenied({ reason: "unknown-role", role, relationship, policy: label }));
  const level = Object.hasOwn(row, relationship) ? row[relationship] : undefined;
  const parsed = Sensitivity.safeParse(level);
  if (!parsed.success) {
    return err(accessDenied({ reason: "unknown-relationship", role, relationship, policy: label }));
  }
  return ok(parsed.data);
};

/**
 * Succeeds with the viewer's ceiling when it reaches `required`; fails with an {@link AccessDeniedError}
 * (`insufficient-level`, `unknown-role` or `unknown-relationship`) otherwise. Use it to guard a whole screen or export,
 * and {@link redact} to cut a record down field by field.
 *
 * @param policy - the access policy; @default {@link defaultAccessPolicy}
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { requireAccess } from "@jiaolianti/core";
 * const guard = requireAccess({ role: "teacher", relationship: "own-class" }, "sensitive");
 * Effect.runPromiseExit(guard); // Failure: AccessDeniedError (insufficient-level)
 * ```
 */
export const requireAccess = (
  viewer: Viewer,
  required: Sensitivity,
  policy: AccessPolicy = defaultAccessPolicy,
): Effect.Effect<Sensitivity, AccessDeniedError> => {
  const allowed = allowedSensitivity(viewer, policy);
  if (!allowed.ok) return Effect.fail(allowed.error);
  if (SENSITIVITY_RANK[allowed.value] >= SENSITIVITY_RANK[required]) return Effect.succeed(allowed.value);
  return Effect.fail(
    accessDenied({
      reason: "insufficient-level",
      role: viewer.role,
      relationship: viewer.relationship,
      policy: policyLabel(policy),
      required,
      allowed: allowed.value,
    }),
  );
};
