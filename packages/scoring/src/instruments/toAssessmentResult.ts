import { AssessmentResult, parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import type { InstrumentScore } from "./InstrumentScore.js";

/**
 * The record fields an `AssessmentResult` needs beyond the score: its id, the assessment and student it belongs to,
 * the rule-set version and when it was computed (`dateLastModified` defaults to `computedAt`, `status` to `active`).
 */
export interface AssessmentResultRecord {
  readonly id: string;
  readonly assessmentId: string;
  readonly studentId: string;
  readonly rulesVersion: string;
  readonly computedAt: string;
  readonly dateLastModified?: string;
  readonly status?: "active" | "tobedeleted";
}

/**
 * Turns an {@link InstrumentScore} into the core model's `AssessmentResult` (validated), ready to store: every scale as
 * a `ScaleScore` (`total` first, under the primary scale's id), the band only when the result is usable, the flags,
 * and as `firedRules` the flag rules that fired, `band-<scale>-<band>` for every banded scale and
 * `prorated-<scale>` for every prorated one. `normSetId` is the norm set, suffixed with the informant when its bands
 * are per informant (`cn-du2008-parent`), so a stored result says which table banded it.
 *
 * Source: `AssessmentResult` (Ed-Fi `StudentAssessment` score results and performance levels); REFERENCE.md §3
 * ("every result records which rules fired, instrument versions and norm set").
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument, toAssessmentResult } from "@jiaolianti/scoring";
 * const score = scoreInstrument(phq9, [1, 1, 1, 1, 1, 0, 0, 0, 1]);
 * if (score.ok) {
 *   const stored = toAssessmentResult(score.value, {
 *     id: "res-5e77c1-v1", assessmentId: "asm-5e77c1", studentId: "stu-7f3a9c21e0",
 *     rulesVersion: "2025.1", computedAt: "2025-10-10T15:01:00+08:00",
 *   });
 *   if (stored.ok) console.log(stored.value.band, stored.value.firedRules); // "mild" ["phq9-item9", "band-total-mild"]
 * }
 * ```
 */
export const toAssessmentResult = (
  score: InstrumentScore,
  record: AssessmentResultRecord,
): Result<AssessmentResult, ValidationError> => {
  const total = score.explanation.total;
  const scales = [...(total ? [total] : []), ...Object.values(score.subscales)];
  return parseWith(
    AssessmentResult,
    {
      id: record.id,
      status: record.status ?? "active",
      dateLastModified: record.dateLastModified ?? record.computedAt,
      assessmentId: record.assessmentId,
      studentId: record.studentId,
      instrumentId: score.instrumentId,
      instrumentVersion: score.instrumentVersion,
      ...(score.normSet === null
        ? {}
        : {
            normSetId: score.normSetInformant === null ? score.normSet : `${score.normSet}-${score.normSetInformant}`,
          }),
      rulesVersion: record.rulesVersion,
      computedAt: record.computedAt,
      usable: score.usable,
      scores: scales.map((s) => ({ scale: s.scale, value: s.value, prorated: s.prorated })),
      ...(score.usable && score.band !== null ? { band: score.band } : {}),
      flags: [...score.flags],
      firedRules: [
        ...score.explanation.firedRules.map((f) => f.rule),
        ...scales.flatMap((s) => (s.band === null ? [] : [`band-${s.scale}-${s.band}`])),
        ...scales.flatMap((s) => (s.prorated ? [`prorated-${s.scale}`] : [])),
      ],
    },
    "AssessmentResult",
  );
};
