import { Data } from "effect";

/**
 * Why a viewer was refused:
 * - `unknown-role`: the viewer's role is not in the access policy (deny by default: a role nobody reviewed sees nothing).
 * - `unknown-relationship`: the viewer's relationship to the record is not one the policy knows.
 * - `insufficient-level`: the policy lets this viewer see less than the data requires.
 */
export type AccessDeniedReason = "unknown-role" | "unknown-relationship" | "insufficient-level";

/**
 * A viewer may not see what was asked for. Raised (as a value) when a viewer's role or relationship is unknown to the
 * access policy, or when the policy's ceiling for that viewer is below the sensitivity of the data. `message` is
 * English, `messageZh` is for a district officer.
 *
 * @example
 * ```ts
 * import { allowedSensitivity } from "@jiaolianti/core";
 * const r = allowedSensitivity({ role: "janitor" as never, relationship: "none" });
 * if (!r.ok) console.log(r.error._tag, r.error.reason); // "AccessDeniedError" "unknown-role"
 * ```
 */
export class AccessDeniedError extends Data.TaggedError("AccessDeniedError")<{
  readonly reason: AccessDeniedReason;
  /** The role as given by the caller (may be unknown, hence `string`). */
  readonly role: string;
  /** The relationship as given by the caller (may be unknown, hence `string`). */
  readonly relationship: string;
  /** The sensitivity the data requires, when the refusal is `insufficient-level`. */
  readonly required?: string;
  /** The highest sensitivity the policy grants this viewer, when known. */
  readonly allowed?: string;
  /** Id and version of the policy that decided, e.g. `"jiaolianti.access.default@1.0.0"`. */
  readonly policy: string;
  readonly message: string;
  readonly messageZh: string;
}> {}

const LEVEL_ZH: Readonly<Record<string, string>> = {
  public: "公开",
  internal: "内部",
  personal: "个人",
  sensitive: "敏感",
};

/** Builds an {@link AccessDeniedError} with English and Chinese messages. */
export const accessDenied = (fields: {
  readonly reason: AccessDeniedReason;
  readonly role: string;
  readonly relationship: string;
  readonly policy: string;
  readonly required?: string;
  readonly allowed?: string;
}): AccessDeniedError => {
  const { reason, role, relationship, policy, required, allowed } = fields;
  switch (reason) {
    case "unknown-role":
      return new AccessDeniedError({
        ...fields,
        message: `Access denied: role "${role}" is not defined in access policy ${policy}`,
        messageZh: `拒绝访问:访问策略 ${policy} 中没有角色“${role}”,未经审定的角色一律不能查看数据`,
      });
    case "unknown-relationship":
      return new AccessDeniedError({
        ...fields,
        message: `Access denied: relationship "${relationship}" is not defined in access policy ${policy}`,
        messageZh: `拒绝访问:访问策略 ${policy} 中没有与该记录的关系“${relationship}”`,
      });
    case "insufficient-level":
      return new AccessDeniedError({
        ...fields,
        message: `Access denied: a ${role} (${relationship}) may see up to "${allowed}" data, this requires "${required}" (policy ${policy})`,
        messageZh: `拒绝访问:按访问策略 ${policy},该角色(${role},关系 ${relationship})最多可查看“${LEVEL_ZH[allowed ?? ""] ?? allowed}”级数据,此处需要“${LEVEL_ZH[required ?? ""] ?? required}”级`,
      });
  }
};
