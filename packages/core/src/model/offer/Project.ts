import { z } from "zod";
import { EducationDimension } from "../../descriptors/educationDimensions.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { ActionId, ProjectId, SchoolId, VenueId } from "../common/ids.js";
import { ProviderRef } from "../common/ProviderRef.js";
import { recordFields } from "../common/recordFields.js";
import { timeBoundedFields } from "../common/timeBoundedFields.js";
import { uniqueList } from "../common/uniqueList.js";

/**
 * A featured collaborative project (协同育人特色项目) of the 双百 programme (项目清单): who leads it, the schools and
 * venues taking part, the plan action it serves, its themes and 五育 dimensions, its stage (incubating → active →
 * recognised, or closed) and its period (end not before begin).
 *
 * Source: 徐汇区“教联体”行动方案 二(五), 三(四)2 (培育100个协同育人特色项目).
 *
 * @example
 * ```ts
 * import { Project } from "@jiaolianti/core";
 * Project.parse({
 *   id: "proj-football-pipeline-01", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   nameZh: "校园足球“一条龙”", lead: { kind: "department", departmentId: "dept-sports" },
 *   schoolIds: ["xh-school-001"], venueIds: [], actionId: "huidong-jianti", themes: ["sports"], dimensions: ["physical"],
 *   stage: "active", beginDate: "2025-09-01",
 * });
 * ```
 */
export const Project = z
  .strictObject({
    ...recordFields(ProjectId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    summaryZh: boundedText(TEXT_MAX.paragraph).optional(),
    lead: ProviderRef,
    schoolIds: uniqueList(SchoolId, 500),
    venueIds: uniqueList(VenueId, 500),
    /** The plan action the project serves. */
    actionId: ActionId.optional(),
    themes: uniqueList(VenueTheme, 14, { min: 1 }),
    dimensions: uniqueList(EducationDimension, 5, { min: 1 }),
    stage: z.enum(["incubating", "active", "recognised", "closed"]),
    ...timeBoundedFields,
  })
  .check(endNotBefore("beginDate", "endDate"))
  .meta({ title: "Project", description: "A featured collaborative project (双百). endDate ≥ beginDate." });

/** A featured collaborative project. */
export type Project = z.infer<typeof Project>;
