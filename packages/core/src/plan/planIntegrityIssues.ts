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
 * const targets = xuhuiPlan2025.targets.map((t) => (t.id === "science-experts" ? { ...t, actionId: "nope" } : t));
 * planIntegrityIssues({ ...xuhuiPlan2025, targets }).map((i) => i.message); // ['unknown action "nope"']
 * ```
 */
export const planIntegrityIssues = (plan: Plan): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const report = (path: ReadonlyArray<PropertyKey>, message: string): void => {
    issues.push({ path, message });
  };

  // One id space for the plan's addressable entities.
  const seen = new Map<string, string>();
  const claim = (id: string, path: ReadonlyArray<PropertyKey>): void => {
    const first = seen.get(id);
    if (first !== undefined) report(path, `id ${JSON.stringify(id)} already used at ${first}`);
    else seen.set(id, path.join("."));
  };
  for (const [i, g] of plan.goals.entries()) claim(g.id, ["goals", i, "id"]);
  for (const [i, t] of plan.tracks.entries()) claim(t.id, ["tracks", i, "id"]);
  for (const [i, a] of plan.actions.entries()) {
    claim(a.id, ["actions", i, "id"]);
    for (const [j, t] of a.tasks.entries()) {
      claim(t.id, ["actions", i, "tasks", j, "id"]);
      for (const [k, p] of t.parameters.entries()) claim(p.id, ["actions", i, "tasks", j, "parameters", k, "id"]);
    }
  }
  for (const [i, t] of plan.targets.entries()) claim(t.id, ["targets", i, "id"]);
  for (const [i, c] of plan.commitments.entries()) claim(c.id, ["commitments", i, "id"]);
  for (const [i, s] of plan.safeguards.items.entries()) claim(s.id, ["safeguards", "items", i, "id"]);

  // References.
  const goals = new Set(plan.goals.map((g) => g.id));
  const tracks = new Set(plan.tracks.map((t) => t.id));
  const tasksOf = new Map(plan.actions.map((a) => [a.id, new Set(a.tasks.map((t) => t.id))]));
  const targets = new Set(plan.targets.map((t) => t.id));
  const first = `${plan.period.startYear}-01-01`;
  const last = `${plan.period.endYear}-12-31`;

  const checkTask = (actionId: string | undefined, taskId: string | undefined, path: PropertyKey[]): void => {
    if (actionId === undefined) return;
    const tasks = tasksOf.get(actionId);
    if (tasks === undefined) report([...path, "actionId"], `unknown action ${JSON.stringify(actionId)}`);
    else if (taskId !== undefined && !tasks.has(taskId)) {
      report([...path, "taskId"], `action ${actionId} has no task ${JSON.stringify(taskId)}`);
    }
  };
  const checkDeadline = (deadline: string, path: PropertyKey[]): void => {
    if (deadline < first || deadline > last)
      report(path, `deadline ${deadline} outside the plan period ${first} … ${last}`);
  };
  const checkGoal = (goalId: string | undefined, path: PropertyKey[]): void => {
    if (goalId !== undefined && !goals.has(goalId)) report(path, `unknown goal ${JSON.stringify(goalId)}`);
  };
  const checkElement = (e: PlanElement, path: PropertyKey[]): void => {
    for (const [k, id] of (e.targetIds ?? []).entries()) {
      if (!targets.has(id)) report([...path, "targetIds", k], `unknown target ${JSON.stringify(id)}`);
    }
  };

  for (const [i, t] of plan.targets.entries()) {
    checkTask(t.actionId, t.taskId, ["targets", i]);
    if (t.trackId !== undefined && !tracks.has(t.trackId)) {
      report(["targets", i, "trackId"], `unknown track ${JSON.stringify(t.trackId)}`);
    }
    checkGoal(t.goalId, ["targets", i, "goalId"]);
    checkDeadline(t.deadline, ["targets", i, "deadline"]);
  }
  // Each action's `targets` is exactly the plan's targets anchored to it, in the same order.
  for (const [i, a] of plan.actions.entries()) {
    const expected = plan.targets.filter((t) => t.actionId === a.id).map((t) => t.id);
    const actual = a.targets.map((t) => t.id);
    if (expected.join("\n") !== actual.join("\n"))
      report(
        ["actions", i, "targets"],
        `targets [${actual}] differ from the plan's targets for ${a.id}: [${expected}]`,
      );
    for (const [k, t] of a.targets.entries()) {
      const same = plan.targets.find((p) => p.id === t.id);
      if (same !== undefined && JSON.stringify(same) !== JSON.stringify(t))
        report(["actions", i, "targets", k], `target ${t.id} differs from the plan's copy`);
    }
  }
  for (const [i, c] of plan.commitments.entries()) checkTask(c.actionId, c.taskId, ["commitments", i]);
  checkGoal(plan.mechanism.goalId, ["mechanism", "goalId"]);
  checkDeadline(plan.mechanism.deadline, ["mechanism", "deadline"]);
  checkGoal(plan.framework.goalId, ["framework", "goalId"]);
  checkElement(plan.framework.hub, ["framework", "hub"]);
  for (const [i, e] of plan.framework.supportSystems.entries()) checkElement(e, ["framework", "supportSystems", i]);
  for (const [i, e] of plan.framework.scenes.entries()) checkElement(e, ["framework", "scenes", i]);
  for (const [i, t] of plan.tracks.entries()) {
    for (const [j, e] of t.components.entries()) checkElement(e, ["tracks", i, "components", j]);
  }
  return issues;
};
