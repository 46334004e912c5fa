import { z } from "zod";
import { EducationDimension } from "../../descriptors/educationDimensions.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { InnovationCaseId, ProjectId, SchoolId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/**
 * A home–school–society innovation case (家校社协同创新案例) of the 双百 programme: a written-up practice from one or
 * more schools, the project it came from, its themes and 五育 dimensions, the year, and how far it has gone
 * (submitted → selected → published). Cases describe practices, never individual children.
 *
 * Source: 徐汇区“教联体”行动方案 二(五), 三(四)2 (孵化100个家校社协同创新案例), 四 (典型案例宣传推广).
 *
 * @example
 * ```ts
 * import { InnovationCase } from "@jiaolianti/core";
 * InnovationCase.parse({
 *   id: "case-2025-017", status: "active", dateLastModified: "2025-12-01T00:00:00Z",
 *   titleZh: "祖辈课堂:隔代养育共同体", schoolIds: ["xh-school-001"], themes: ["ideological-political"],
 *   dimensions: ["moral"], year: 2025, stage: "selected",
 * });
 * ```
 */
export const InnovationCase = z
  .strictObject({
    ...recordFields(InnovationCaseId),
    titleZh: boundedText(TEXT_MAX.name),
    titleEn: boundedText(TEXT_MAX.name).optional(),
    summaryZh: boundedText(TEXT_MAX.paragraph).optional(),
    schoolIds: uniqueList(SchoolId, 100, { min: 1 }),
    projectId: ProjectId.optional(),
    themes: uniqueList(VenueTheme, 14),
    dimensions: uniqueList(EducationDimension, 5),
    year: z.number().int().min(2000).max(2100),
    stage: z.enum(["submitted", "selected", "published"]),
  })
  .meta({ title: "InnovationCase", description: "A home–school–society innovation case (双百)." });

/** A home–school–society innovation case. */
export type InnovationCase = z.infer<typeof InnovationCase>;
