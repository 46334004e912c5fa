import { z } from "zod";
import { ROLE_CODES, Role } from "../descriptors/roles.js";
import { SENSITIVITY_RANK, Sensitivity } from "./Sensitivity.js";
import { Relationship } from "./Viewer.js";

const RELATIONSHIP_NESTING = ["none", "own-school", "own-class"] as const;

/**
 * An access policy as data: for every role × relationship, the **highest** {@link Sensitivity} a viewer may see. A
 * district versions and publishes its policy like any other rule; {@link redact} and {@link allowedSensitivity} read
 * it. Every role must state every relationship (no silent gaps), carry a rationale, and within a role a more specific
 * school relationship (`none` ⊂ `own-school` ⊂ `own-class`) never sees less: a policy that breaks this is rejected at
 * the offending cell.
 *
 * Source: PIPL Art. 51(2) (classified management of personal information) and 51(4) (reasonable operating permissions for staff); 儿童个人信息网络保护规定 (CAC 2019) 第十五条 and
 * 未成年人网络保护条例 (2024) — staff access to minors' information is granted on the principle of least authorisation
 * (最小授权).
 *
 * @example
 * ```ts
 * import { AccessPolicy, defaultAccessPolicy } from "@jiaolianti/core";
 * const stricter = AccessPolicy.parse({
 *   ...defaultAccessPolicy,
 *   id: "xuhui.access",
 *   version: "2025.1",
 *   ceilings: { ...defaultAccessPolicy.ceilings, parent: { ...defaultAccessPolicy.ceilings.parent, "own-child": "personal" } },
 * });
 * ```
 */
export const AccessPolicy = z
  .strictObject({
    /** Stable id of the policy, e.g. `"jiaolianti.access.default"`. */
    id: z.string().min(1).max(64),
    /** Version of this policy; a change of any ceiling is a new version. */
    version: z.string().min(1).max(32),
    /** What the policy is for, one paragraph. */
    description: z.string().max(4_000),
    /** Laws, standards and decisions the ceilings rest on. */
    sources: z.array(z.string().min(1).max(500)).max(50),
    /** role → relationship → highest visible sensitivity. */
    ceilings: z.record(Role, z.record(Relationship, Sensitivity)),
    /** role → why its ceilings are what they are (shown to the people the policy constrains). */
    rationale: z.record(Role, z.string().min(1).max(4_000)),
  })
  .check((ctx) => {
    for (const role of ROLE_CODES) {
      const row = ctx.value.ceilings[role];
      for (let i = 1; i < RELATIONSHIP_NESTING.length; i++) {
        const wider = RELATIONSHIP_NESTING[i - 1] as Relationship;
        const narrower = RELATIONSHIP_NESTING[i] as Relationship;
        if (SENSITIVITY_RANK[row[narrower]] < SENSITIVITY_RANK[row[wider]]) {
          ctx.issues.push({
            code: "custom",
            input: row[narrower],
            path: ["ceilings", role, narrower],
            message: `a ${role} sees less for "${narrower}" than for "${wider}"; a closer relationship must not see less`,
          });
        }
      }
    }
  });

/** A validated access policy. */
export type AccessPolicy = z.infer<typeof AccessPolicy>;

/** `"<id>@<version>"`, the label an explanation or an error cites. */
export const policyLabel = (policy: Pick<AccessPolicy, "id" | "version">): string => `${policy.id}@${policy.version}`;
