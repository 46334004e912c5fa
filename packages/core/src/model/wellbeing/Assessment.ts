import { z } from "zod";
import { AssessmentInformant } from "../../descriptors/assessmentInformants.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { Code } from "../common/Code.js";
import { IsoDate } from "../common/dates.js";
import { AssessmentId, ConsentId, InstrumentId, StudentId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";
import { InstrumentVersion } from "./InstrumentVersion.js";

/** Most items one administration may carry (MSSMHS, the longest instrument in use, has 60). */
export const MAX_ASSESSMENT_ITEMS = 200;

/**
 * One answer of an assessment: the item id (the instrument's own item code, e.g. `"phq-9"`, `"somatic"`, `"q17"`)
 * and the answered value, or `null` when the item was skipped (scoring then prorates or gives up, by the instrument's
 * rule). Sensitive health information.
 *
 * @example
 * ```ts
 * import { AssessmentAnswer } from "@jiaolianti/core";
 * AssessmentAnswer.parse({ itemId: "phq-9", value: 0 });
 * ```
 */
export const AssessmentAnswer = z.strictObject({
  itemId: Code,
  value: z.number().min(-1_000).max(1_000).nullable(),
});
/** One answer of an assessment. */
export type AssessmentAnswer = z.infer<typeof AssessmentAnswer>;

/**
 * One administration of a screening instrument or questionnaire to one student (Ed-Fi `StudentAssessment`): which
 * instrument and version, on which date, who answered (self, parent, teacher, clinician — norms differ by informant),
 * the answers (`sensitive`: PIPL Art. 28 health information), and the consent under which it was collected (by id:
 * consent records live in the privacy module). Scoring produces an `AssessmentResult` from it; no item text is stored
 * (some instruments, e.g. the SDQ, may not be reproduced electronically).
 *
 * Source: Ed-Fi `StudentAssessment`; REFERENCE.md §1, §5; 徐汇区“教联体”行动方案 三(二)2 (学生身心发展指数评估).
 *
 * @example
 * ```ts
 * import { Assessment } from "@jiaolianti/core";
 * Assessment.parse({
 *   id: "asm-5e77c1", status: "active", dateLastModified: "2025-10-10T15:00:00+08:00",
 *   instrumentId: "phq-a", instrumentVersion: "1.0", studentId: "stu-7f3a9c21e0", administeredDate: "2025-10-10",
 *   informant: "self", answers: [{ itemId: "phq-1", value: 1 }, { itemId: "phq-9", value: 0 }],
 *   consentId: "cons-2025-00412",
 * });
 * ```
 */
export const Assessment = z
  .strictObject({
    ...recordFields(AssessmentId),
    instrumentId: InstrumentId,
    instrumentVersion: InstrumentVersion,
    studentId: sensitive(StudentId, "personal"),
    administeredDate: IsoDate,
    informant: AssessmentInformant,
    answers: sensitive(uniqueList(AssessmentAnswer, MAX_ASSESSMENT_ITEMS, { key: (a) => a.itemId }), "sensitive"),
    /** The consent under which the answers were collected. */
    consentId: ConsentId.optional(),
  })
  .meta({
    title: "Assessment",
    description: "One administration of an instrument to one student. Answers are sensitive.",
  });

/** One administration of an instrument to one student. */
export type Assessment = z.infer<typeof Assessment>;
