import { describe, expect, test } from "vitest";
import { Plan } from "./Plan.js";
import { planIntegrityIssues } from "./planIntegrityIssues.js";
import { xuhuiPlan2025 } from "./xuhuiPlan2025.js";

/** The item at `i`, failing the test when there is none. */
const at = <T>(items: ReadonlyArray<T>, i: number): T => {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};

type Draft = { -readonly [K in keyof Plan]: Plan[K] };
const edit = (f: (p: Draft) => void): Plan => {
  const p = structuredClone(xuhuiPlan2025) as Draft;
  f(p);
  return p;
};

/** Changes target `i` and keeps the actions' copies in step, so only the intended problem remains. */
const setTarget = (p: Draft, i: number, patch: Partial<Draft["targets"][number]>): void => {
  const next = { ...at(p.targets, i), ...patch };
  p.targets[i] = next;
  p.actions = p.actions.map((a) => ({
    ...a,
    targets: p.targets.filter((t) => t.actionId === a.id),
  }));
};

describe("Plan integrity", () => {
  test.each([
    [
      "a target pointing to an unknown action",
      (p: Draft) => {
        setTarget(p, 3, { actionId: "nope", taskId: undefined });
      },
      ["targets", 3, "actionId"],
      'unknown action "nope"',
    ],
    [
      "a target pointing to another action's task",
      (p: Draft) => {
        setTarget(p, 3, { taskId: "coaching-staff" });
      },
      ["targets", 3, "taskId"],
      'has no task "coaching-staff"',
    ],
    [
      "a target pointing to an unknown track",
      (p: Draft) => {
        p.targets[2] = { ...at(p.targets, 2), trackId: "nope" };
      },
      ["targets", 2, "trackId"],
      'unknown track "nope"',
    ],
    [
      "a target pointing to an unknown goal",
      (p: Draft) => {
        p.targets[0] = { ...at(p.targets, 0), goalId: "nope" };
      },
      ["targets", 0, "goalId"],
      'unknown goal "nope"',
    ],
    [
      "a deadline after the plan period",
      (p: Draft) => {
        p.targets[0] = { ...at(p.targets, 0), deadline: "2028-06-30" };
      },
      ["targets", 0, "deadline"],
      "outside the plan period",
    ],
    [
      "a commitment pointing to an unknown task",
      (p: Draft) => {
        p.commitments[0] = { ...at(p.commitments, 0), taskId: "nope" };
      },
      ["commitments", 0, "taskId"],
      'has no task "nope"',
    ],
    [
      "a commitment reusing a target's id",
      (p: Draft) => {
        p.commitments[0] = { ...at(p.commitments, 0), id: "science-experts" };
      },
      ["commitments", 0, "id"],
      'id "science-experts" already used at targets.',
    ],
    [
      "an element pointing to an unknown target",
      (p: Draft) => {
        p.framework = { ...p.framework, hub: { ...p.framework.hub, targetIds: ["nope"] } };
      },
      ["framework", "hub", "targetIds", 0],
      'unknown target "nope"',
    ],
    [
      "the mechanism on an unknown goal",
      (p: Draft) => {
        p.mechanism = { ...p.mechanism, goalId: "nope" };
      },
      ["mechanism", "goalId"],
      'unknown goal "nope"',
    ],
  ] as const)("reports %s", (_, change, path, message) => {
    const plan = edit(change);
    const issues = planIntegrityIssues(plan);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(path);
    expect(issues[0]?.message).toContain(message);
    const r = Plan.safeParse(plan);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(path);
  });

  test.each([
    [
      "a department both lead and support",
      (p: Draft) => {
        p.actions[3] = { ...at(p.actions, 3), supportDepartments: ["education-bureau"] };
      },
      ["actions", 3, "supportDepartments", 0],
      "already a lead department",
    ],
    [
      "tasks out of order",
      (p: Draft) => {
        const a = at(p.actions, 0);
        p.actions[0] = { ...a, tasks: [at(a.tasks, 1), at(a.tasks, 0), at(a.tasks, 2)] };
      },
      ["actions", 0, "tasks", 0, "number"],
      "task 1 is numbered 2",
    ],
    [
      "an unknown department",
      (p: Draft) => {
        p.actions[0] = { ...at(p.actions, 0), leadDepartments: ["nope" as "education-bureau"] };
      },
      ["actions", 0, "leadDepartments", 0],
      "Invalid option",
    ],
    [
      "an instrument on an unknown evaluation dimension",
      (p: Draft) => {
        const ev = p.safeguards.evaluation;
        p.safeguards = {
          ...p.safeguards,
          evaluation: { ...ev, instruments: [{ ...at(ev.instruments, 0), dimensionIds: ["nope"] }] },
        };
      },
      ["safeguards", "evaluation", "instruments", 0, "dimensionIds", 0],
      'unknown evaluation dimension "nope"',
    ],
    [
      "a period ending before it starts",
      (p: Draft) => {
        p.period = { startYear: 2027, endYear: 2025 };
      },
      ["period", "endYear"],
      "startYear after endYear",
    ],
  ] as const)("rejects %s", (_, change, path, message) => {
    const r = Plan.safeParse(edit(change));
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue?.message).toContain(message);
  });
});
