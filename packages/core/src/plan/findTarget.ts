import { err, ok, type Result } from "../result/Result.js";
import type { Plan } from "./Plan.js";
import type { PlanTarget } from "./PlanTarget.js";
import { type UnknownPlanReference, unknownPlanReference } from "./UnknownPlanReference.js";

/**
 * The target of a plan with the given id, or an {@link UnknownPlanReference} listing the ids that exist.
 *
 * @example
 * ```ts
 * import { findTarget, xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = findTarget(xuhuiPlan2025, "science-experts");
 * if (r.ok) r.value.value; // 100
 * ```
 */
export const findTarget = (plan: Plan, id: string): Result<PlanTarget, UnknownPlanReference> => {
  const target = plan.targets.find((t) => t.id === id);
  return target !== undefined
    ? ok(target)
    : err(
        unknownPlanReference(
          "target",
          id,
          plan.id,
          plan.targets.map((t) => t.id),
        ),
      );
};
