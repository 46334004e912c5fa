import type { ValidationIssue } from "../errors/ValidationError.js";
import type { Plan } from "./Plan.js";
import type { PlanElement } from "./PlanElement.js";

/**
 * The cross-reference problems of a plan, each with its path: an id used twice (goals, tracks, actions, tasks,
 * parameters, targets, commitments and safeguards share one id space), a target or commitment pointing to an action,
 * task, track or goal that does not exist (or a task of another action), an element pointing to an unknown target, or a
 * deadline outside the plan period. Empty when the plan is consistent. {@link Plan} runs it on every parse.
 *
 * @example
 * ```ts
 * import { planIntegrityIssues, xuhuiPlan2025 } from "@jiaolianti/core";
 * planIntegrityIssues(xuhuiPlan2025); // []
 * planIntegrityIssues({ ...xuhuiPlan2025, targets: [{ ...xuhuiPlan2025.targets[0]!, actionId: "nope" }] })[0]?.message;
 * // 'unknown action "nope"'
 * ```
 */
export const planIntegrityIssues = (plan: Plan): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: ReadonlyArray<PropertyKey>) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path, message: `id ${JSON.stringify(id)} already used at ${first}` });
    else seen.set(id, path.join("."));
  };
  plan.goals.forEach((g, i) => claim(g.id, ["goals", i, "id"]));
  plan.tracks.forEach((t, i) => claim(t.id, ["tracks", i, "id"]));
  plan.actions.forEach((a, i) => {
    claim(a.id, ["actions", i, "id"]);
    a.tasks.forEach((t, j) => {
      claim(t.id, ["actions", i, "tasks", j, "id"]);
      t.parameters.forEach((p, k) => claim(p.id, ["actions", i, "tasks", j, "parameters", k, "id"]));
    });
  });
  plan.targets.forEach((t, i) => claim(t.id, ["targets", i, "id"]));
  plan.commitments.forEach((c, i) => claim(c.id, ["commitments", i, "id"]));
  plan.safeguards.items.forEach((s, i) => claim(s.id, ["safeguards", "items", i, "id"]));

  const goals = new Set(plan.goals.map((g) => g.id));
  const tracks = new Set(plan.tracks.map((t) => t.id));
  const tasksOf = new Map(plan.actions.map((a) => [a.id, new Set(a.tasks.map((t) => t.id))]));
  const targets = new Set(plan.targets.map((t) => t.id));
  const first = `${plan.period.startYear}-01-01`;
  const last = `${plan.period.endYear}-12-31`;

  const checkTask = (actionId: string | undefined, taskId: string | undefined, path: PropertyKey[]) => {
    if (actionId === undefined) return;
    const tasks = tasksOf.get(actionId);
    if (tasks === undefined) issues.push({ path: [...path, "actionId"], message: `unknown action ${JSON.stringify(actionId)}` });
    else if (taskId !== undefined && !tasks.has(taskId)) {
      issues.push({ path: [...path, "taskId"], message: `action ${actionId} has no task ${JSON.stringify(taskId)}` });
    }
  };
  const checkDeadline = (deadline: string, path: PropertyKey[]) => {
    if (deadline < first || deadline > last) {
      issues.push({ path, message: `deadline ${deadline} outside the plan period ${first} … ${last}` });
    }
  };

  plan.targets.forEach((t, i) => {
    checkTask(t.actionId, t.taskId, ["targets", i]);
    if (t.trackId !== undefined && !tracks.has(t.trackId)) {
      issues.push({ path: ["targets", i, "trackId"], message: `unknown track ${JSON.stringify(t.trackId)}` });
    }
    if (t.goalId !== undefined && !goals.has(t.goalId)) {
      issues.push({ path: ["targets", i, "goalId"], message: `unknown goal ${JSON.stringify(t.goalId)}` });
    }
    checkDeadline(t.deadline, ["targets", i, "deadline"]);
  });
  plan.commitments.forEach((c, i) => checkTask(c.actionId, c.taskId, ["commitments", i]));

  for (const [key, owner] of [
    ["mechanism", plan.mechanism],
    ["framework", plan.framework],
  ] as const) {
    if (!goals.has(owner.goalId)) issues.push({ path: [key, "goalId"], message: `unknown goal ${JSON.stringify(owner.goalId)}` });
  }
  checkDeadline(plan.mechanism.deadline, ["mechanism", "deadline"]);

  const checkElement = (e: PlanElement, path: PropertyKey[]) =>
    e.targetIds?.forEach((id, k) => {
      if (!targets.has(id)) issues.push({ path: [...path, "targetIds", k], message: `unknown target ${JSON.stringify(id)}` });
    });
  checkElement(plan.framework.hub, ["framework", "hub"]);
  plan.framework.supportSystems.forEach((e, i) => checkElement(e, ["framework", "supportSystems", i]));
  plan.framework.scenes.forEach((e, i) => checkElement(e, ["framework", "scenes", i]));
  plan.tracks.forEach((t, i) => t.components.forEach((e, j) => checkElement(e, ["tracks", i, "components", j])));
  return issues;
};
