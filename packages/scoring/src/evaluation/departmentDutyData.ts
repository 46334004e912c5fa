import {
  IsoDate,
  type Plan,
  parseWith,
  Responsibility,
  type Result,
  type ValidationError,
  xuhuiPlan2025,
} from "@jiaolianti/core";
import { z } from "zod";
import type { EvaluationAlternative } from "./EvaluationData.js";
import { type EvaluationError, evaluationFail } from "./EvaluationError.js";

/** A KPI status as {@link trackKpi} reports it. */
type TargetStatus = "achieved" | "on-track" | "at-risk" | "off-track";

/** Options of {@link departmentDutyData}. */
export interface DepartmentDutyDataOptions {
  /** The date the list is read at: entries not done with an earlier `dueDate` are overdue. */
  readonly asOf: string;
  /** KPI status per plan target id (e.g. from `trackKpis`); targets without a status are left out. */
  readonly targetStatuses?: Readonly<Record<string, TargetStatus>>;
  /** The plan whose targets belong to the actions. @default xuhuiPlan2025 */
  readonly plan?: Plan;
}

/** Per department, the counts behind its indicator values (for the explanation). */
export interface DepartmentDutyCounts {
  readonly departmentId: string;
  readonly lead: number;
  readonly leadDone: number;
  readonly support: number;
  readonly supportDone: number;
  readonly overdue: number;
  readonly blocked: number;
  /** Targets of the actions it leads with a status, and how many are achieved or on track. */
  readonly leadTargets: number;
  readonly leadTargetsOnTrack: number;
}

const pct = (a: number, b: number) => (b > 0 ? (100 * a) / b : null);

/**
 * Builds the data of {@link departmentDutyFramework} from a responsibility list (责任清单, `Responsibility` records of
 * `@jiaolianti/core`): one alternative per department with the share of its lead and support entries done, the share
 * overdue at `asOf` (not done, due before it) and blocked, and — when KPI statuses are given — the share of the
 * targets of the actions it leads that are achieved or on track. A department without lead (or support) entries has
 * `null` for those indicators: missing, not zero.
 *
 * Source: 徐汇区“教联体”行动方案 一(二) 责任清单化, 三 牵头部门/配合部门.
 *
 * @example
 * ```ts
 * import { departmentDutyData, departmentDutyFramework, evaluate } from "@jiaolianti/scoring";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const district = createSampleDistrict({ seed: 7, students: 200 });
 * if (district.ok) {
 *   const d = departmentDutyData(district.value.responsibilities, { asOf: "2026-09-01" });
 *   if (d.ok) console.log(evaluate(departmentDutyFramework, d.value).ok); // true
 * }
 * ```
 */
export const departmentDutyData = (
  responsibilities: ReadonlyArray<Responsibility>,
  options: DepartmentDutyDataOptions,
): Result<
  { alternatives: EvaluationAlternative[]; counts: DepartmentDutyCounts[] },
  ValidationError | EvaluationError
> => {
  const list = parseWith(z.array(Responsibility).max(100_000), responsibilities, "responsibility list");
  if (!list.ok) return list;
  const asOf = parseWith(IsoDate, options?.asOf, "asOf");
  if (!asOf.ok) return asOf;
  if (list.value.length === 0)
    return evaluationFail("empty", ["responsibilities"], "the responsibility list is empty", "责任清单为空");
  const plan = options.plan ?? xuhuiPlan2025;
  const statuses = options.targetStatuses ?? {};
  const byDept = new Map<string, Responsibility[]>();
  for (const r of list.value) byDept.set(r.departmentId, [...(byDept.get(r.departmentId) ?? []), r]);
  const counts: DepartmentDutyCounts[] = [];
  const alternatives: EvaluationAlternative[] = [];
  for (const [departmentId, entries] of byDept) {
    const lead = entries.filter((e) => e.role === "lead");
    const support = entries.filter((e) => e.role === "support");
    const ledActions = new Set(lead.map((e) => e.actionId as string));
    const targets = plan.targets.filter(
      (t) => t.actionId !== undefined && ledActions.has(t.actionId) && statuses[t.id] !== undefined,
    );
    const c: DepartmentDutyCounts = {
      departmentId,
      lead: lead.length,
      leadDone: lead.filter((e) => e.progress === "done").length,
      support: support.length,
      supportDone: support.filter((e) => e.progress === "done").length,
      overdue: entries.filter((e) => e.progress !== "done" && e.dueDate < asOf.value).length,
      blocked: entries.filter((e) => e.progress === "blocked").length,
      leadTargets: targets.length,
      leadTargetsOnTrack: targets.filter((t) => statuses[t.id] === "achieved" || statuses[t.id] === "on-track").length,
    };
    counts.push(c);
    alternatives.push({
      id: departmentId,
      values: {
        "lead-completion-rate": pct(c.leadDone, c.lead),
        "lead-target-progress": pct(c.leadTargetsOnTrack, c.leadTargets),
        "support-completion-rate": pct(c.supportDone, c.support),
        "overdue-rate": pct(c.overdue, entries.length),
        "blocked-rate": pct(c.blocked, entries.length),
      },
    });
  }
  return { ok: true, value: { alternatives, counts } };
};
