import { z } from "zod";
import { Role } from "../../descriptors/roles.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { Code } from "../common/Code.js";
import { IsoDateTime } from "../common/dates.js";
import { ContactId, SchoolId, StaffId, StudentId, SurveyId, SurveyResponseId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/**
 * Who responded: `anonymous` (only the respondent's role, if asked) or a named respondent by pseudonymous id — a
 * contact, a staff member or a student. A tagged union, so an anonymous response cannot carry an id.
 *
 * @example
 * ```ts
 * import { SurveyRespondent } from "@jiaolianti/core";
 * SurveyRespondent.parse({ kind: "anonymous", role: "parent" });
 * SurveyRespondent.parse({ kind: "contact", contactId: "con-91c0aa" });
 * ```
 */
export const SurveyRespondent = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("anonymous"), role: Role.optional() }),
  z.strictObject({ kind: z.literal("contact"), contactId: ContactId }),
  z.strictObject({ kind: z.literal("staff"), staffId: StaffId }),
  z.strictObject({ kind: z.literal("student"), studentId: StudentId }),
]);
/** Who responded to a survey. */
export type SurveyRespondent = z.infer<typeof SurveyRespondent>;

/**
 * One answer of a survey response: the question id and a number (a rating), a boolean, a short text, or `null`
 * (skipped). Free text is bounded to 4 000 characters and may still contain personal information, so answers are
 * `personal`.
 *
 * @example
 * ```ts
 * import { SurveyAnswer } from "@jiaolianti/core";
 * SurveyAnswer.parse({ questionId: "q1", value: 5 });
 * ```
 */
export const SurveyAnswer = z.strictObject({
  questionId: Code,
  value: z.union([
    z.number().min(-1_000_000).max(1_000_000),
    z.boolean(),
    boundedText(TEXT_MAX.paragraph, 0),
    z.null(),
  ]),
});
/** One answer of a survey response. */
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

/**
 * One response to a survey (Ed-Fi `SurveyResponse`), named or anonymous, with the school it is counted for (for
 * aggregation, which goes through small-cell suppression), when it was submitted, and its answers (`personal`).
 *
 * Source: Ed-Fi `SurveyResponse` (named or anonymous); REFERENCE.md §5 (small-cell suppression).
 *
 * @example
 * ```ts
 * import { SurveyResponse } from "@jiaolianti/core";
 * SurveyResponse.parse({
 *   id: "svr-8d1e", status: "active", dateLastModified: "2025-11-03T20:15:00+08:00",
 *   surveyId: "svy-2025-family-satisfaction", respondent: { kind: "anonymous", role: "parent" },
 *   schoolId: "xh-school-001", submittedAt: "2025-11-03T20:15:00+08:00", answers: [{ questionId: "q1", value: 5 }],
 * });
 * ```
 */
export const SurveyResponse = z
  .strictObject({
    ...recordFields(SurveyResponseId),
    surveyId: SurveyId,
    respondent: sensitive(SurveyRespondent, "personal"),
    /** The school the response is counted for. */
    schoolId: SchoolId.optional(),
    submittedAt: IsoDateTime,
    answers: sensitive(uniqueList(SurveyAnswer, 500, { key: (a) => a.questionId }), "personal"),
  })
  .meta({ title: "SurveyResponse", description: "One response to a survey, named or anonymous." });

/** One response to a survey. */
export type SurveyResponse = z.infer<typeof SurveyResponse>;
