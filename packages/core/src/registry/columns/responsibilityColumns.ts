import { Responsibility } from "../../model/governance/Responsibility.js";
import { dateCodec } from "../codecs/dateCodec.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { responsibilityProgressLabels, responsibilityRoleLabels } from "./codeListLabels.js";
import type { RegistryColumn } from "./RegistryColumn.js";
import { recordColumns } from "./recordColumns.js";

/**
 * The columns of the responsibility list (责任清单), one department task a row: department, lead (牵头) or support
 * (配合), plan action and task, the task and deliverable in Chinese (and English), due date and progress.
 *
 * @example
 * ```ts
 * import { responsibilityColumns } from "@jiaolianti/core";
 * responsibilityColumns.find((c) => c.key === "role")?.headerZh; // "职责"
 * ```
 */
export const responsibilityColumns: ReadonlyArray<RegistryColumn> = [
  ...recordColumns,
  { key: "departmentId", headerZh: "部门编号", headerEn: "Department ID", codec: idCodec, required: true },
  {
    key: "role",
    headerZh: "职责",
    headerEn: "Role",
    codec: enumCodec(Responsibility.shape.role.options, responsibilityRoleLabels),
    required: true,
  },
  { key: "actionId", headerZh: "行动编号", headerEn: "Plan action ID", codec: idCodec, required: true },
  { key: "taskId", headerZh: "任务编号", headerEn: "Task ID", codec: idCodec },
  { key: "taskZh", headerZh: "任务", headerEn: "Task (Chinese)", codec: textCodec, required: true },
  { key: "taskEn", headerZh: "任务(英文)", headerEn: "Task (English)", codec: textCodec },
  { key: "deliverableZh", headerZh: "交付成果", headerEn: "Deliverable (Chinese)", codec: textCodec, required: true },
  { key: "deliverableEn", headerZh: "交付成果(英文)", headerEn: "Deliverable (English)", codec: textCodec },
  { key: "dueDate", headerZh: "完成时限", headerEn: "Due date", codec: dateCodec, required: true },
  {
    key: "progress",
    headerZh: "进度",
    headerEn: "Progress",
    codec: enumCodec(Responsibility.shape.progress.options, responsibilityProgressLabels),
    required: true,
  },
];
