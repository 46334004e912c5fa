import { z } from "zod";
import { Department } from "../descriptors/departments.js";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { ActionTheme } from "./actionThemes.js";
import { PlanTarget } from "./PlanTarget.js";
import { PlanTask } from "./PlanTask.js";

/**
 * A key project (重点项目) of a plan: its brand name (`nameZh`, e.g. 汇善铸魂), theme, lead (牵头) and supporting (配合)
 * departments, its numbered tasks and its targets. A department is never both lead and support of one action; tasks are numbered
 * 1, 2, 3 … in order.
 *
 * @example
 * ```ts
 * import { PlanAction } from "@jiaolianti/core";
 * PlanAction.parse({
 *   id: "huidong-jianti", numeral: "(七)", nameZh: "汇动健体", nameEn: "Gather in Motion, Build Healthy Bodies",
 *   titleZh: "“汇动健体”体教互融行动", titleEn: "Sport–education action", theme: "sports-education",
 *   departmentsTextZh: "牵头部门:区教育局、区体育局,配合部门:区委宣传部、各街镇",
 *   leadDepartments: ["education-bureau", "sports-bureau"],
 *   supportDepartments: ["publicity-department", "subdistricts-and-towns"],
 *   tasks: [],
 * }).theme; // "sports-education"
 * ```
 */
export const PlanAction = z
  .object({
    id: Code,
    numeral: boundedText(TEXT_MAX.label),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    titleZh: boundedText(TEXT_MAX.name),
    titleEn: boundedText(TEXT_MAX.name),
    theme: ActionTheme,
    /** The department line as published, verbatim (e.g. "牵头部门:区教育局,配合部门:区数据局、…"). */
    departmentsTextZh: boundedText(TEXT_MAX.sentence),
    leadDepartments: uniqueList(Department, 20, { min: 1 }),
    supportDepartments: uniqueList(Department, 30),
    tasks: uniqueList(PlanTask, 20, { key: (t) => t.id }),
    /**
     * The action's numeric and coverage targets (a view of the plan's `targets` anchored to this action; the plan's
     * integrity check keeps the two in step). @default []
     */
    targets: uniqueList(PlanTarget, 50, { key: (t) => t.id }).default([]),
  })
  .check((ctx) => {
    const a = ctx.value;
    a.supportDepartments.forEach((d, i) => {
      if (a.leadDepartments.includes(d)) {
        ctx.issues.push({
          code: "custom",
          input: d,
          path: ["supportDepartments", i],
          message: `${d} is already a lead department`,
        });
      }
    });
    a.targets.forEach((t, i) => {
      if (t.actionId !== a.id) {
        ctx.issues.push({
          code: "custom",
          input: t.actionId,
          path: ["targets", i, "actionId"],
          message: `target ${t.id} belongs to ${t.actionId ?? "no action"}, not ${a.id}`,
        });
      }
    });
    a.tasks.forEach((t, i) => {
      if (t.number !== i + 1) {
        ctx.issues.push({
          code: "custom",
          input: t.number,
          path: ["tasks", i, "number"],
          message: `task ${i + 1} is numbered ${t.number}`,
        });
      }
    });
  });
/** A plan action. */
export type PlanAction = z.infer<typeof PlanAction>;
/** A plan action as written (its `targets` may be omitted). */
export type PlanActionInput = z.input<typeof PlanAction>;
