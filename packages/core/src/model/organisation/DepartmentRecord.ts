import { z } from "zod";
import { Department as DepartmentCode } from "../../descriptors/departments.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { DepartmentId, SubdistrictId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/**
 * A department or body of the alliance (区教育局, 区卫健委, 区妇联, 团区委, 公安分局, a 街镇 …) as a record. Which
 * actions it leads or supports is in the plan (`Responsibility` records and the plan module), not here; `code` is the
 * department's code in the plan's department code list (several records may share `subdistricts-and-towns`, one
 * per 街镇, told apart by `subdistrictId`).
 *
 * Named `DepartmentRecord` because `Department` is the department *code* enum of `src/descriptors/departments.ts`;
 * its entity kind in `entitySchemas` is `"Department"`.
 *
 * Source: 徐汇区“教联体”行动方案 (牵头部门/配合部门 of each action); Ed-Fi `EducationOrganization`.
 *
 * @example
 * ```ts
 * import { DepartmentRecord } from "@jiaolianti/core";
 * DepartmentRecord.parse({
 *   id: "dept-education", status: "active", dateLastModified: "2025-09-11T00:00:00+08:00",
 *   code: "education-bureau", nameZh: "区教育局", nameEn: "District Education Bureau",
 * });
 * ```
 */
export const DepartmentRecord = z
  .strictObject({
    ...recordFields(DepartmentId),
    /** Code in the plan's department code list (`src/descriptors/departments.ts`). */
    code: DepartmentCode,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    /** For a 街镇 acting as a department: its subdistrict. */
    subdistrictId: SubdistrictId.optional(),
  })
  .meta({ title: "Department", description: "A department or body of the alliance." });

/** A department record (entity kind `"Department"`). */
export type DepartmentRecord = z.infer<typeof DepartmentRecord>;
