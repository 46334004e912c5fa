import { z } from "zod";
import { sensitive } from "../../privacy/Sensitivity.js";
import { Code } from "../common/Code.js";
import { IsoDateTime } from "../common/dates.js";
import { AssessmentId, AssessmentResultId, InstrumentId, StudentId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";
import { InstrumentVersion } from "./InstrumentVersion.js";

/**
 * One scale score of a result: the scale code (`total`, `emotional`, `authoritative` …), its value or `null` when the
 * scale could not be scored (too many missing items), and whether it was prorated from partial answers.
 *
 * @example
 * ```ts
 * import { ScaleScore } from "@jiaolianti/core";
 * ScaleScore.parse({ scale: "total", value: 7, prorated: false });
 * ```
 */
export const ScaleScore = z.strictObject({
  scale: Code,
  value: z.number().min(-1_000_000).max(1_000_000).nullable(),
  prorated: z.boolean(),
});
/** One scale score of a result. */
export type ScaleScore = z.infer<typeof ScaleScore>;

/**
 * The scored result of an assessment, explainable and reproducible: scale scores, the band (e.g. `mild`), the flags
 * raised (e.g. `self-harm`) and the rules that fired, with the instrument version, norm set and rule-set version that
 * produced them. All findings are `sensitive` (PIPL Art. 28 health information). An unusable result (too many missing
 * answers) carries no band (reported at `["band"]`): never infer a tier from it.
 *
 * Source: Ed-Fi `StudentAssessment.scoreResults` / `performanceLevels`; REFERENCE.md §1, §3; STYLE.md §7.
 *
 * @example
 * ```ts
 * import { AssessmentResult } from "@jiaolianti/core";
 * AssessmentResult.parse({
 *   id: "res-5e77c1-v1", status: "active", dateLastModified: "2025-10-10T15:01:00+08:00",
 *   assessmentId: "asm-5e77c1", studentId: "stu-7f3a9c21e0", instrumentId: "phq-a", instrumentVersion: "1.0",
 *   rulesVersion: "2025.1", computedAt: "2025-10-10T15:01:00+08:00", usable: true,
 *   scores: [{ scale: "total", value: 7, prorated: false }], band: "mild", flags: [], firedRules: ["phq-band-mild"],
 * });
 * ```
 */
export const AssessmentResult = z
  .strictObject({
    ...recordFields(AssessmentResultId),
    assessmentId: AssessmentId,
    studentId: sensitive(StudentId, "personal"),
    instrumentId: InstrumentId,
    instrumentVersion: InstrumentVersion,
    /** Norm set used for banding, e.g. `du-kou-coghill-2008-self`. */
    normSetId: Code.optional(),
    /** Version of the scoring rules. */
    rulesVersion: InstrumentVersion,
    computedAt: IsoDateTime,
    /** `false` when too many answers were missing to score. */
    usable: z.boolean(),
    scores: sensitive(uniqueList(ScaleScore, 50, { key: (s) => s.scale }), "sensitive"),
    band: sensitive(Code.optional(), "sensitive"),
    flags: sensitive(uniqueList(Code, 20), "sensitive"),
    firedRules: sensitive(uniqueList(Code, 100), "sensitive"),
  })
  .check((ctx) => {
    if (!ctx.value.usable && ctx.value.band !== undefined) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value.band,
        path: ["band"],
        message: "an unusable result must not carry a band",
      });
    }
  })
  .meta({ title: "AssessmentResult", description: "The scored result of an assessment. Findings are sensitive." });

/** The scored result of an assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResult>;
