import { err, ok, type Result } from "../result/Result.js";
import type { Plan } from "./Plan.js";
import type { PlanTarget } from "./PlanTarget.js";
import { type UnknownPlanReference, unknownPlanReference } from "./UnknownPlanReference.js";

/**
 * The targets anchored to an action of a plan (on the action or any of its tasks), in plan order. An action without
 * numeric targets gives an empty list; an id that is not an action of the plan gives an {@link UnknownPlanReference}.
 *
 * @example
 * ```ts
 * import { targetsOf, xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = targetsOf(xuhuiPlan2025, "zhihui-weilai");
 * if (r.ok) r.value.map((t) => `${t.value} ${t.unit}`);
 * // ["30 venue", "100 percent", "100 person", "2000 person", "100 course"]
 * ```
 */
export const targetsOf = (plan: Plan, actionId: string): Result<ReadonlyArray<PlanTarget>, UnknownPlanReference> =>
  plan.actions.some((a) => a.id === actionId)
    ? ok(plan.targets.filter((t) => t.actionId === actionId))
    : err(
        unknownPlanReference(
          "action",
          actionId,
          plan.id,
          plan.actions.map((a) => a.id),
        ),
      );
