import { parseWith, type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { z } from "zod";
import type { BmiScore } from "../fitness/scoreBmi.js";
import type { InstrumentScore } from "../instruments/InstrumentScore.js";

const finite = z.number().min(-1_000_000).max(1_000_000);

/** The parts of an {@link InstrumentScore} the tiering and the index read; other fields are kept but not checked. */
const ScoreShape = z.looseObject({
  instrumentId: z.string().min(1).max(64),
  instrumentVersion: z.string().min(1).max(32),
  normSet: z.string().max(64).nullable(),
  total: finite.nullable(),
  band: z.string().max(64).nullable(),
  subscales: z.record(z.string(), z.looseObject({ value: finite.nullable(), band: z.string().max(64).nullable() })),
  flags: z.array(z.string().max(64)).max(32),
  unresolvedFlags: z.array(z.string().max(64)).max(32),
  answered: z.int().min(0).max(10_000),
  usable: z.boolean(),
});

const BmiShape = z.looseObject({
  category: z.enum(["underweight", "normal", "overweight", "obese"]),
  basis: z.looseObject({ standard: z.string().min(1).max(200) }),
});

const MeasuresShape = z.strictObject({
  scores: z.array(ScoreShape).max(50).optional(),
  bmi: BmiShape.nullable().optional(),
  fitnessTotal: z.number().min(0).max(120).nullable().optional(),
});

/**
 * What was measured for one student, as the scoring engines return it: instrument scores from
 * {@link scoreInstrument} (one per instrument id), the BMI from {@link scoreBmi}, and the fitness test's 标准分 total
 * (0–100 plus up to 20 bonus points). Leave out what was not measured; `null` marks a measurement that exists but is
 * unusable. An instrument score with no item answered counts as not administered. Carries no identity: tie it to a
 * pseudonymous student id outside.
 *
 * @example
 * ```ts
 * import { gad7, phq9, scoreBmi, scoreInstrument, type StudentMeasures } from "@jiaolianti/scoring";
 * const phq = scoreInstrument(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
 * const gad = scoreInstrument(gad7, [0, 0, 1, 0, 1, 0, 0]);
 * const bmi = scoreBmi({ sex: "male", grade: 8, heightCm: 165, weightKg: 54 });
 * if (phq.ok && gad.ok && bmi.ok) {
 *   const measures: StudentMeasures = { scores: [phq.value, gad.value], bmi: bmi.value, fitnessTotal: 78.5 };
 * }
 * ```
 */
export interface StudentMeasures {
  readonly scores?: ReadonlyArray<InstrumentScore>;
  readonly bmi?: BmiScore | null;
  readonly fitnessTotal?: number | null;
}

/** Measures checked and indexed by instrument id (internal). */
export interface ReadMeasures {
  readonly byInstrument: ReadonlyMap<string, InstrumentScore>;
  readonly scores: ReadonlyArray<InstrumentScore>;
  readonly bmi: BmiScore | null;
  readonly bmiGiven: boolean;
  readonly fitnessTotal: number | null;
  readonly fitnessGiven: boolean;
}

/**
 * Validates a student's measures (internal): shapes, numbers finite, at most one score per instrument id. Problems are
 * a {@link ValidationError} at their path (`["scores", 2, "total"]`).
 */
export const readMeasures = (measures: StudentMeasures, subject: string): Result<ReadMeasures, ValidationError> => {
  const parsed = parseWith(MeasuresShape, measures, subject);
  if (!parsed.ok) return parsed;
  const scores = (measures.scores ?? []) as ReadonlyArray<InstrumentScore>;
  const byInstrument = new Map<string, InstrumentScore>();
  const seen = new Set<string>();
  const issues: { path: PropertyKey[]; message: string }[] = [];
  scores.forEach((s, i) => {
    if (seen.has(s.instrumentId))
      issues.push({ path: ["scores", i, "instrumentId"], message: `a second score of ${s.instrumentId}` });
    seen.add(s.instrumentId);
    if (s.answered > 0) byInstrument.set(s.instrumentId, s);
  });
  if (issues.length > 0) return { ok: false, error: validationError(subject, issues) };
  return {
    ok: true,
    value: {
      byInstrument,
      scores,
      bmi: (measures.bmi ?? null) as BmiScore | null,
      bmiGiven: measures.bmi !== undefined,
      fitnessTotal: measures.fitnessTotal ?? null,
      fitnessGiven: measures.fitnessTotal !== undefined,
    },
  };
};
