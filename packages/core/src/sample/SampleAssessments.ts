import type { AssessmentId, InstrumentId, StudentId } from "../model/common/ids.js";
import type { Student } from "../model/people/Student.js";
import type { Assessment, AssessmentAnswer } from "../model/wellbeing/Assessment.js";
import { MISSING } from "./models/answerModel.js";
import { NOT_TESTED } from "./models/fitnessModel.js";
import type { PseudonymousIds } from "./random/pseudonymousIds.js";
import type { SampleRecords } from "./SampleRecords.js";
import { SAMPLE_INSTRUMENTS } from "./sampleInstruments.js";
import type { InstrumentTable } from "./sampleStudents.js";

/** The administration date of each instrument group, per school (ISO dates). */
export interface SchoolAssessmentDates {
  /** Self-report screening (PHQ-9, GAD-7, SDQ, MSSMHS). */
  readonly screening: ReadonlyArray<string>;
  /** Parent questionnaires (PSDQ, Family APGAR). */
  readonly parent: ReadonlyArray<string>;
  /** Fitness test. */
  readonly fitness: ReadonlyArray<string>;
}

// Shared, frozen answer objects: the (itemId, value) pairs of the questionnaires are few, the answers many.
const answerCache = new Map<string, Array<AssessmentAnswer | undefined>>();
const sharedAnswer = (itemId: string, value: number | null): AssessmentAnswer => {
  let byValue = answerCache.get(itemId);
  if (!byValue) {
    byValue = [];
    answerCache.set(itemId, byValue);
  }
  const slot = value === null ? 0 : value + 1;
  let a = byValue[slot];
  if (!a) {
    a = Object.freeze({ itemId, value });
    byValue[slot] = a;
  }
  return a;
};

const MEASURED = new Set(["height-cm", "weight-kg"]);

/**
 * The sample district's assessments, made on demand from the answer columns (see {@link SampleRecords}): ordered by
 * instrument (PHQ-9, GAD-7, SDQ self-report, MSSMHS, PSDQ, Family APGAR, fitness), then by student.
 */
export class SampleAssessments implements SampleRecords<Assessment> {
  readonly length: number;
  readonly offsets: ReadonlyArray<number>;

  constructor(
    readonly tables: ReadonlyArray<InstrumentTable>,
    readonly students: ReadonlyArray<Student>,
    readonly schoolOf: Int32Array,
    readonly dates: SchoolAssessmentDates,
    readonly ids: PseudonymousIds,
  ) {
    const offsets: number[] = [];
    let n = 0;
    for (const t of tables) {
      offsets.push(n);
      n += t.studentIndex.length;
    }
    this.offsets = offsets;
    this.length = n;
  }

  at(index: number): Assessment | undefined {
    const i = index < 0 ? this.length + index : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    let t = this.tables.length - 1;
    while ((this.offsets[t] as number) > i) t--;
    return this.record(t, i - (this.offsets[t] as number), i);
  }

  slice(start = 0, end = this.length): Assessment[] {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
    const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length);
    const out: Assessment[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i) as Assessment);
    return out;
  }

  toArray(): Assessment[] {
    return this.slice();
  }

  toJSON(): Assessment[] {
    return this.toArray();
  }

  *[Symbol.iterator](): Iterator<Assessment> {
    let i = 0;
    for (let t = 0; t < this.tables.length; t++) {
      const rows = (this.tables[t] as InstrumentTable).studentIndex.length;
      for (let r = 0; r < rows; r++, i++) yield this.record(t, r, i);
    }
  }

  private record(t: number, row: number, index: number): Assessment {
    const table = this.tables[t] as InstrumentTable;
    const spec = SAMPLE_INSTRUMENTS[table.key];
    const studentRow = table.studentIndex[row] as number;
    const school = this.schoolOf[studentRow] as number;
    const date = (
      spec.informant === "parent"
        ? this.dates.parent
        : spec.informant === "teacher"
          ? this.dates.fitness
          : this.dates.screening
    )[school] as string;
    const answers: AssessmentAnswer[] = [];
    const base = row * table.itemCount;
    for (let j = 0; j < table.itemCount; j++) {
      const v = table.values[base + j] as number;
      if (v === NOT_TESTED) continue;
      const itemId = spec.itemIds[j] as string;
      if (v === MISSING) answers.push(sharedAnswer(itemId, null));
      else if (MEASURED.has(itemId)) answers.push({ itemId, value: v / 10 });
      else answers.push(sharedAnswer(itemId, v));
    }
    return {
      id: this.ids.id(index) as AssessmentId,
      status: "active",
      dateLastModified: `${date}T17:00:00+08:00`,
      instrumentId: spec.id as InstrumentId,
      instrumentVersion: spec.version,
      studentId: (this.students[studentRow] as Student).id as StudentId,
      administeredDate: date,
      informant: spec.informant,
      answers,
    };
  }
}
