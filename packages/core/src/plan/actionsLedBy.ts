import type { Department } from "../descriptors/departments.js";
import type { Plan } from "./Plan.js";
import type { PlanAction } from "./PlanAction.js";

/**
 * The actions of a plan that a department leads (牵头), in plan order; supporting (配合) roles are not counted. For the
 * collective "各街镇" pass `"subdistricts-and-towns"`.
 *
 * @example
 * ```ts
 * import { actionsLedBy, xuhuiPlan2025 } from "@jiaolianti/core";
 * actionsLedBy(xuhuiPlan2025, "womens-federation").map((a) => a.nameZh); // ["融汇合育"]
 * ```
 */
export const actionsLedBy = (plan: Plan, departmentId: Department): ReadonlyArray<PlanAction> =>
  plan.actions.filter((a) => a.leadDepartments.includes(departmentId));
