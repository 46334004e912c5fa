import { z } from "zod";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { Code } from "../common/Code.js";
import { IsoDate } from "../common/dates.js";
import { ActionId, DepartmentId, ResponsibilityId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/**
 * An entry of the responsibility list (责任清单): a department's task under one action of the plan, whether it leads
 * or supports, the deliverable, the due date and how far it has got. The plan module defines the actions and the
 * department code list; this record is what the cockpit tracks.
 *
 * Source: 徐汇区“教联体”行动方案 一(二) (责任清单化), 三 (牵头部门/配合部门 of each action), 四 (部门教育履职效能评估).
 *
 * @example
 * ```ts
 * import { Responsibility } from "@jiaolianti/core";
 * Responsibility.parse({
 *   id: "resp-huize-runxin-health-1", status: "active", dateLastModified: "2025-09-11T00:00:00+08:00",
 *   departmentId: "dept-health", role: "lead", actionId: "huize-runxin", taskId: "full-chain-services",
 *   taskZh: "社区卫生中心全覆盖设立青少年心理咨询门诊", deliverableZh: "13个街镇门诊开诊", dueDate: "2026-12-31",
 *   progress: "in-progress",
 * });
 * ```
 */
export const Responsibility = z
  .strictObject({
    ...recordFields(ResponsibilityId),
    departmentId: DepartmentId,
    /** `lead` (牵头) or `support` (配合). */
    role: z.enum(["lead", "support"]),
    /** The plan action (e.g. `huize-runxin`, 汇泽润心). */
    actionId: ActionId,
    /** The task within the action, as the plan module names it (e.g. `warning-and-tiered-response`). */
    taskId: Code.optional(),
    taskZh: boundedText(TEXT_MAX.sentence),
    taskEn: boundedText(TEXT_MAX.sentence).optional(),
    deliverableZh: boundedText(TEXT_MAX.sentence),
    deliverableEn: boundedText(TEXT_MAX.sentence).optional(),
    dueDate: IsoDate,
    progress: z.enum(["not-started", "in-progress", "done", "blocked"]),
  })
  .meta({ title: "Responsibility", description: "An entry of the responsibility list (责任清单)." });

/** An entry of the responsibility list. */
export type Responsibility = z.infer<typeof Responsibility>;
