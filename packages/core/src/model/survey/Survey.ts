import { z } from "zod";
import { Role } from "../../descriptors/roles.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { IsoDate } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { InstrumentId, SurveyId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/**
 * A survey (Ed-Fi `Survey`): its purpose in the plan's three-dimension evaluation (government performance, social
 * participation, family satisfaction) or programme feedback, whether responses are anonymous, who it is for, the
 * questionnaire it uses and when it is open (close not before open). An anonymous survey only accepts anonymous
 * responses — checked where responses are collected, since a response does not embed its survey.
 *
 * Source: Ed-Fi `Survey` / `SurveyResponse`; 徐汇区“教联体”行动方案 四 (政府履职度、社会参与度、家庭满意度“三维评估”).
 *
 * @example
 * ```ts
 * import { Survey } from "@jiaolianti/core";
 * Survey.parse({
 *   id: "svy-2025-family-satisfaction", status: "active", dateLastModified: "2025-11-01T00:00:00Z",
 *   titleZh: "2025年家庭满意度调查", purpose: "family-satisfaction", anonymous: true, audience: ["parent"],
 *   openDate: "2025-11-01", closeDate: "2025-11-30",
 * });
 * ```
 */
export const Survey = z
  .strictObject({
    ...recordFields(SurveyId),
    titleZh: boundedText(TEXT_MAX.name),
    titleEn: boundedText(TEXT_MAX.name).optional(),
    purpose: z.enum([
      "government-performance",
      "social-participation",
      "family-satisfaction",
      "programme-feedback",
      "other",
    ]),
    anonymous: z.boolean(),
    audience: uniqueList(Role, 8, { min: 1 }),
    /** The questionnaire definition, if a registered one. */
    instrumentId: InstrumentId.optional(),
    openDate: IsoDate,
    closeDate: IsoDate.optional(),
  })
  .check(endNotBefore("openDate", "closeDate"))
  .meta({ title: "Survey", description: "A survey. closeDate ≥ openDate." });

/** A survey. */
export type Survey = z.infer<typeof Survey>;
