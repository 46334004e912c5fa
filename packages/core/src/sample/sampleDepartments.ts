import { xuhuiSubdistricts } from "../data/xuhuiSubdistricts.js";
import { DEPARTMENT_CODES, type Department, departments } from "../descriptors/departments.js";
import type { ActionId, DepartmentId, ResponsibilityId } from "../model/common/ids.js";
import type { Responsibility } from "../model/governance/Responsibility.js";
import type { DepartmentRecord } from "../model/organisation/DepartmentRecord.js";
import type { Plan } from "../plan/Plan.js";
import type { Random } from "./random/Random.js";
import { SAMPLE_AS_OF } from "./sampleCalendar.js";
import { subdistrictId } from "./sampleSubdistricts.js";

/** The model id of a department, e.g. `"dept-education-bureau"`; a subdistrict acting as one: `"dept-sd-310104003"`. */
export const departmentId = (code: Department): DepartmentId => `dept-${code}` as DepartmentId;
const subdistrictDepartmentId = (nbsCode: string): DepartmentId => `dept-sd-${nbsCode}` as DepartmentId;

/**
 * One department record per code of the plan's department list (`departments`), except the collective 各街镇, which
 * is fanned out into one record per subdistrict (code `subdistricts-and-towns`, with its `subdistrictId`).
 */
export const sampleDepartments = (): DepartmentRecord[] =>
  DEPARTMENT_CODES.flatMap((code): DepartmentRecord[] => {
    const d = departments[code];
    if (code !== "subdistricts-and-towns") {
      return [
        {
          id: departmentId(code),
          status: "active",
          dateLastModified: SAMPLE_AS_OF,
          code,
          nameZh: d.labelZh,
          nameEn: d.labelEn,
        },
      ];
    }
    return xuhuiSubdistricts.map((s) => ({
      id: subdistrictDepartmentId(s.nbsCode),
      status: "active",
      dateLastModified: SAMPLE_AS_OF,
      code,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      subdistrictId: subdistrictId(s.nbsCode),
    }));
  });

const PROGRESS = ["not-started", "in-progress", "done", "blocked"] as const;
const PROGRESS_WEIGHTS = [0.2, 0.6, 0.15, 0.05];

/**
 * The responsibility list (责任清单) of a plan: for every task of every action, one entry per lead department
 * (`lead`) and per supporting department (`support`), 各街镇 fanned out to the 13 subdistricts. The plan names
 * departments per action, not per task, so every department of an action is listed on each of its tasks (our
 * reading). Due at the end of the plan period; deliverables are placeholders and progress is synthetic.
 */
export const sampleResponsibilities = (plan: Plan, rng: Random): Responsibility[] => {
  const out: Responsibility[] = [];
  const due = `${plan.period.endYear}-12-31`;
  plan.actions.forEach((action, a) => {
    for (const task of action.tasks) {
      const roles = [
        ...action.leadDepartments.map((code) => ["lead", code] as const),
        ...action.supportDepartments.map((code) => ["support", code] as const),
      ];
      for (const [role, code] of roles) {
        const ids =
          code === "subdistricts-and-towns"
            ? xuhuiSubdistricts.map((s) => subdistrictDepartmentId(s.nbsCode))
            : [departmentId(code)];
        for (const departmentId of ids) {
          out.push({
            id: `sample-resp-a${a + 1}-t${task.number}-${departmentId}` as ResponsibilityId,
            status: "active",
            dateLastModified: SAMPLE_AS_OF,
            departmentId,
            role,
            actionId: action.id as ActionId,
            taskId: task.id,
            taskZh: task.titleZh,
            taskEn: task.titleEn,
            deliverableZh: `${task.titleZh}:年度进展报告(示例)`,
            deliverableEn: `${task.titleEn}: annual progress report (sample)`,
            dueDate: due,
            progress: PROGRESS[rng.weighted(PROGRESS_WEIGHTS)] ?? "in-progress",
          });
        }
      }
    }
  });
  return out;
};
