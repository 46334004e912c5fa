import type { ClassId, SchoolId, StudentId } from "../model/common/ids.js";
import type { Student } from "../model/people/Student.js";
import { type CompiledModel, drawAnswers, MissingItems } from "./models/answerModel.js";
import { drawFitness } from "./models/fitnessModel.js";
import { INSTRUMENT_MODELS } from "./models/instrumentModels.js";
import { drawLatentTraits } from "./models/latentTraits.js";
import type { PseudonymousIds } from "./random/pseudonymousIds.js";
import type { Random } from "./random/Random.js";
import { BOY_SHARE, CLASS_SIZE, ITEM_MISSING_RATE, OLDER_THAN_GRADE_SHARE } from "./sampleAssumptions.js";
import { SAMPLE_AS_OF } from "./sampleCalendar.js";
import { SAMPLE_INSTRUMENTS, type SampleInstrumentKey } from "./sampleInstruments.js";
import type { SampleSchools } from "./sampleSchools.js";

/** The answers of one instrument for every student who took it, as columns: row r is `studentIndex[r]`'s answers. */
export interface InstrumentTable {
  readonly key: SampleInstrumentKey;
  readonly itemCount: number;
  /** Index into `students` of each administration's student. */
  readonly studentIndex: Int32Array;
  /** `itemCount` values per administration: answers, `-1` for a skipped item (fitness: −32768 = not tested). */
  readonly values: Int8Array | Int16Array;
}

/** Students, their per-student columns and their instruments' answers. */
export interface SampleStudents {
  readonly students: Student[];
  /** School index (into `schools`) of each student. */
  readonly schoolOf: Int32Array;
  readonly tables: ReadonlyArray<InstrumentTable>;
}

/** Birth year of a grade-1 child who entered school in autumn 2026, born January–August (31 August cut-off). */
const GRADE_ONE_BIRTH_YEAR = 2020;
const BORN_SEPTEMBER_TO_DECEMBER = 4 / 12;

const ORDER: ReadonlyArray<SampleInstrumentKey> = [
  "phq9",
  "gad7",
  "sdqSelf",
  "mssmhs",
  "psdq",
  "familyApgar",
  "fitness",
];

/**
 * Generates every student school by school, grade by grade (classes of up to {@link CLASS_SIZE}, filled evenly) with
 * sex, birth year consistent with grade, latent traits, and the answers of every instrument the student takes —
 * straight into typed-array columns, so 1.5 M students stay within memory.
 */
export const sampleStudents = (
  { schools, enrolment }: SampleSchools,
  rng: Random,
  ids: PseudonymousIds,
): SampleStudents => {
  const total = enrolment.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  const byGrade = Array.from({ length: 12 }, (_, g) => enrolment.reduce((s, row) => s + (row[g] as number), 0));
  const tables = ORDER.map((key) => {
    const spec = SAMPLE_INSTRUMENTS[key];
    let rows = 0;
    for (let g = spec.grades[0]; g <= spec.grades[1]; g++) rows += byGrade[g - 1] as number;
    const itemCount = spec.itemIds.length;
    return {
      key,
      itemCount,
      studentIndex: new Int32Array(rows),
      values: key === "fitness" ? new Int16Array(rows * itemCount) : new Int8Array(rows * itemCount),
      filled: 0,
    };
  });
  type Table = (typeof tables)[number];
  // `tables` is in ORDER.
  const [phq9, gad7, sdq, mssmhs, psdq, apgar, fitness] = tables as [Table, Table, Table, Table, Table, Table, Table];
  const models = INSTRUMENT_MODELS;
  const missing = new MissingItems(rng, ITEM_MISSING_RATE);
  const students: Student[] = new Array(total);
  const schoolOf = new Int32Array(total);
  const latent = { int: 0, ext: 0, fam: 0 };
  let i = 0;
  const answer = (t: Table, model: CompiledModel): void => {
    t.studentIndex[t.filled] = i;
    drawAnswers(model, latent.int, latent.ext, latent.fam, rng, missing, t.values as Int8Array, t.filled * t.itemCount);
    t.filled++;
  };
  schools.forEach((school, s) => {
    const row = enrolment[s] as ReadonlyArray<number>;
    for (let g = 1; g <= 12; g++) {
      const n = row[g - 1] as number;
      if (n === 0) continue;
      const classes = Math.max(1, Math.ceil(n / CLASS_SIZE));
      const classIds = Array.from({ length: classes }, (_, c) => `${school.id}:g${g}-c${c + 1}` as ClassId);
      for (let j = 0; j < n; j++, i++) {
        const male = rng.chance(BOY_SHARE);
        const birthYear =
          GRADE_ONE_BIRTH_YEAR -
          (g - 1) -
          (rng.chance(BORN_SEPTEMBER_TO_DECEMBER) ? 1 : 0) -
          (rng.chance(OLDER_THAN_GRADE_SHARE) ? 1 : 0);
        students[i] = {
          id: ids.id(i) as StudentId,
          status: "active",
          dateLastModified: SAMPLE_AS_OF,
          schoolId: school.id as SchoolId,
          grade: g,
          classId: classIds[j % classes] as ClassId,
          sex: male ? "male" : "female",
          birthYear,
        };
        schoolOf[i] = s;
        drawLatentTraits(rng, g, male, latent);
        if (g >= SAMPLE_INSTRUMENTS.phq9.grades[0]) {
          answer(phq9, models.phq9);
          answer(gad7, models.gad7);
          answer(sdq, models.sdqSelf);
        }
        if (g >= SAMPLE_INSTRUMENTS.mssmhs.grades[0]) answer(mssmhs, models.mssmhs);
        answer(psdq, models.psdq);
        answer(apgar, models.familyApgar);
        fitness.studentIndex[fitness.filled] = i;
        drawFitness(rng, g, male, fitness.values as Int16Array, fitness.filled * fitness.itemCount);
        fitness.filled++;
      }
    }
  });
  return {
    students,
    schoolOf,
    tables: tables.map(({ key, itemCount, studentIndex, values }) => ({ key, itemCount, studentIndex, values })),
  };
};
