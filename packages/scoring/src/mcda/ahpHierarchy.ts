import type { Result } from "@jiaolianti/core";
import { type AhpOptions, type AhpResult, ahp } from "./ahp.js";
import type { Matrix } from "./Matrix.js";
import { fail, McdaError } from "./McdaError.js";
import { RANDOM_INDEX } from "./randomIndex.js";

/**
 * A node of an AHP hierarchy: a criterion with sub-criteria compared pairwise (`pairwise` is k × k for k children,
 * in the children's order), or a leaf (no `children`) whose global weight is the product of the local weights on its
 * path from the goal.
 */
export interface AhpNode {
  readonly id: string;
  /** Pairwise comparisons of the children; may be omitted for a single child. */
  readonly pairwise?: Matrix;
  readonly children?: ReadonlyArray<AhpNode>;
}

/** One compared node of the hierarchy with its local AHP result. */
export interface AhpHierarchyNode {
  readonly id: string;
  /** Ids from the goal down to this node. */
  readonly path: ReadonlyArray<string>;
  /** This node's own global weight (1 for the goal). */
  readonly globalWeight: number;
  /** Child ids, in the order of `local.weights`. */
  readonly children: ReadonlyArray<string>;
  readonly local: AhpResult;
}

/** Global weights of the leaves of an AHP hierarchy, with each level's local priorities and consistency. */
export interface AhpHierarchyResult {
  /** One entry per leaf, depth-first in declaration order; global weights sum to 1. */
  readonly leaves: ReadonlyArray<{
    readonly id: string;
    readonly path: ReadonlyArray<string>;
    readonly weight: number;
  }>;
  readonly nodes: ReadonlyArray<AhpHierarchyNode>;
  /** Every compared node has CR ≤ 0.10. */
  readonly consistent: boolean;
  /**
   * Saaty's consistency ratio of the whole hierarchy: `Σ w_node · CI_node / Σ w_node · RI_node` over compared nodes
   * (w_node = the node's global weight); 0 when no node has n ≥ 3.
   */
  readonly hierarchyCr: number;
}

const SUBJECT = "ahpHierarchy";

/**
 * Hierarchical AHP (Saaty 1980, ch. 2–3): derives local priorities at every node with {@link ahp} (same options
 * everywhere), multiplies them down the tree into global leaf weights, and reports each node's CR plus the
 * hierarchy's overall CR. Errors point at the node (`path` of ids) and, for matrix problems, carry the
 * `ahp` reason (`not-reciprocal`, `non-positive`, …).
 *
 * @example
 * ```ts
 * import { ahpHierarchy } from "@jiaolianti/scoring";
 * const r = ahpHierarchy({
 *   id: "alliance",
 *   pairwise: [[1, 3], [1 / 3, 1]],
 *   children: [
 *     { id: "services", pairwise: [[1, 2], [1 / 2, 1]], children: [{ id: "counselling" }, { id: "venues" }] },
 *     { id: "governance" },
 *   ],
 * });
 * if (r.ok) console.log(r.value.leaves); // counselling 0.5, venues 0.25, governance 0.25
 * ```
 */
export const ahpHierarchy = (root: AhpNode, options: AhpOptions = {}): Result<AhpHierarchyResult, McdaError> => {
  const leaves: { id: string; path: string[]; weight: number }[] = [];
  const nodes: AhpHierarchyNode[] = [];
  const seen = new Set<string>();
  let ciSum = 0;
  let riSum = 0;
  const visit = (node: AhpNode, path: string[], weight: number): McdaError | null => {
    if (node === null || typeof node !== "object" || typeof node.id !== "string" || node.id === "")
      return fail(SUBJECT, "invalid-option", path, "every node needs a non-empty string id", "每个节点都需要非空的 id")
        .error;
    const here = [...path, node.id];
    if (seen.has(node.id))
      return fail(SUBJECT, "invalid-option", here, `duplicate id "${node.id}"`, `节点 id "${node.id}" 重复`).error;
    seen.add(node.id);
    const children = node.children ?? [];
    if (children.length === 0) {
      leaves.push({ id: node.id, path: here, weight });
      return null;
    }
    const pairwise = node.pairwise ?? (children.length === 1 ? [[1]] : undefined);
    if (pairwise === undefined)
      return fail(
        SUBJECT,
        "empty",
        here,
        `node "${node.id}" has ${children.length} children but no pairwise matrix`,
        `节点 "${node.id}" 有 ${children.length} 个子节点,但没有判断矩阵`,
      ).error;
    if (pairwise.length !== children.length)
      return fail(
        SUBJECT,
        "length-mismatch",
        here,
        `pairwise matrix is ${pairwise.length} × …, but the node has ${children.length} children`,
        `判断矩阵为 ${pairwise.length} 阶,但节点有 ${children.length} 个子节点`,
      ).error;
    const local = ahp(pairwise, options);
    if (!local.ok) {
      const e = local.error;
      return new McdaError({
        subject: SUBJECT,
        reason: e.reason,
        path: [...here, ...e.path],
        message: `Node "${node.id}": ${e.message}`,
        messageZh: `节点 "${node.id}":${e.messageZh}`,
      });
    }
    nodes.push({
      id: node.id,
      path: here,
      globalWeight: weight,
      children: children.map((c) => c.id),
      local: local.value,
    });
    if (local.value.n >= 3) {
      ciSum += weight * local.value.ci;
      riSum += weight * (RANDOM_INDEX[local.value.randomIndex][local.value.n - 1] as number);
    }
    for (let k = 0; k < children.length; k++) {
      const e = visit(children[k] as AhpNode, here, weight * (local.value.weights[k] as number));
      if (e) return e;
    }
    return null;
  };
  const e = visit(root, [], 1);
  if (e) return { ok: false, error: e };
  return {
    ok: true,
    value: {
      leaves,
      nodes,
      consistent: nodes.every((n) => n.local.consistent),
      hierarchyCr: riSum > 0 ? ciSum / riSum : 0,
    },
  };
};
