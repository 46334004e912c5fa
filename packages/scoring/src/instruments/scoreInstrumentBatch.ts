import {
  type AssessmentInformant,
  type Result,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";
import { runBatchKernel } from "./batchKernel.js";
import { compileInstrument } from "./compileInstrument.js";
import type { Instrument } from "./Instrument.js";
import { resolveScoreOptions, type ScoreOptions } from "./resolveScoreOptions.js";
import { reusableColumns } from "./reusableColumns.js";

/**
 * Options of {@link scoreInstrumentBatch}: those of {@link scoreInstrument} plus the missing-answer sentinel.
 *
 * @example
 * ```ts
 * import type { BatchScoreOptions } from "@jiaolianti/scoring";
 * const options: BatchScoreOptions = { informant: "parent", missing: 9 };
 * ```
 */
export interface BatchScoreOptions extends ScoreOptions {
  /**
   * The value that marks a missing answer; it must not be a valid answer to any item.
   * @default -1 for an `Int8Array`, 255 for a `Uint8Array`
   */
  readonly missing?: number;
  /**
   * A previous result of this instrument with these options for as many students, whose columns are overwritten with
   * the new scores and returned (no new arrays: scoring a district again and again then allocates nothing per
   * student, so the garbage collector has nothing to reclaim). After the call, `into` and the new result share their
   * columns. A call that fails leaves `into` untouched. Do not pass a result whose columns you still need.
   */
  readonly into?: InstrumentBatchScores;
}

/**
 * One scale's scores for every student, column by column: `values[s]` (`NaN` = `null`, not usable), `bands[s]` (an
 * index into `bandIds`, `-1` = no band) and `prorated[s]` (1 = prorated).
 */
export interface BatchScale {
  readonly values: Float64Array;
  readonly bands: Int8Array;
  readonly bandIds: ReadonlyArray<string>;
  readonly prorated: Uint8Array;
}

/**
 * The scores of many students, as typed arrays indexed by student (no object per student). Numbers equal
 * {@link scoreInstrument}'s exactly (checked by property tests); `null` is `NaN` in value arrays and `-1` in band
 * arrays; flags are bit masks over `flagIds`. For a student's explanation, score that student with
 * {@link scoreInstrument}.
 */
export interface InstrumentBatchScores {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly normSet: string | null;
  readonly informant: AssessmentInformant | null;
  /** The informant whose band table was used; `null` when the bands are for any informant (or no norm set). */
  readonly normSetInformant: AssessmentInformant | null;
  readonly students: number;
  /** The primary scale's scores (`NaN` = `null`; all `NaN` when the instrument has no total). */
  readonly totals: Float64Array;
  /** Index into `bandIds` of the primary scale's band, `-1` = none. */
  readonly bands: Int8Array;
  readonly bandIds: ReadonlyArray<string>;
  /** Every other scale, by scale id. */
  readonly subscales: Readonly<Record<string, BatchScale>>;
  /** Bit `i` set = `flagIds[i]` raised. */
  readonly flags: Uint32Array;
  /** Bit `i` set = `flagIds[i]` not raised but not ruled out (an item of its rule is missing). */
  readonly unresolvedFlags: Uint32Array;
  readonly flagIds: ReadonlyArray<string>;
  /** 1 when the total or any subscale was prorated. */
  readonly prorated: Uint8Array;
  /** Items answered per student. */
  readonly answered: Uint8Array;
  /** 1 when the total has a value (no total: every scale has one). */
  readonly usable: Uint8Array;
}

/**
 * Scores many students at once from columnar input: `answers` holds `students × items` raw answers row by row (student
 * `s`, item `i` at `s × items + i`), with a sentinel for a missing answer. Same rules, same numbers as
 * {@link scoreInstrument} (reverse scoring, missing-data rules, sums of scales, norm-set bands, flags raised whatever
 * the scores, unresolved flags), written into typed arrays without an object per student — for screening a whole
 * district (goal ≥ 1 000 000 students/s).
 *
 * Returns a {@link ValidationError} when the input is not an `Int8Array`/`Uint8Array`, its length is not a multiple
 * of the item count (path `[]`), the sentinel is a valid answer (path `["missing"]`), options are bad (as for
 * `scoreInstrument`), or answers are out of range (path `[student, itemIndex]`, first 20 reported).
 *
 * Source: the instrument's own rules (REFERENCE.md §1); ARCHITECTURE.md (hot pure algorithms over typed arrays).
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrumentBatch } from "@jiaolianti/scoring";
 * const answers = Int8Array.of(
 *   0, 1, 0, 1, 0, 0, 0, 0, 1, // student 0: total 3, item 9 = 1
 *   3, 3, 3, 3, 3, 3, 2, -1, 0, // student 1: item 8 missing (-1) → round(20 × 9 / 8) half up = 23
 * );
 * const r = scoreInstrumentBatch(phq9, answers);
 * if (r.ok) {
 *   const { totals, bands, bandIds, flags } = r.value;
 *   console.log(totals, [...bands].map((b) => bandIds[b]), flags); // [3, 23] ["minimal", "severe"] [1, 0]
 * }
 * ```
 */
export const scoreInstrumentBatch = (
  instrument: Instrument,
  answers: Int8Array | Uint8Array,
  options?: BatchScoreOptions,
): Result<InstrumentBatchScores, ValidationError> => {
  const compiled = compileInstrument(instrument);
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const subject = `columnar answers to ${c.ref}`;
  const fail = (issues: ValidationIssue[]) => ({ ok: false as const, error: validationError(subject, issues) });
  const isObject = typeof options === "object" && options !== null && !Array.isArray(options);
  const { missing: sentinelOption, into, ...scoreOptions } = isObject ? options : {};
  const resolved = resolveScoreOptions(c, isObject ? scoreOptions : options);
  if (!resolved.ok) return resolved;
  const o = resolved.value;

  const signed = answers instanceof Int8Array;
  if (!signed && !(answers instanceof Uint8Array))
    return fail([{ path: [], message: "answers must be an Int8Array or a Uint8Array (students × items, row by row)" }]);
  const nItems = c.items.length;
  if (answers.length % nItems !== 0)
    return fail([{ path: [], message: `length ${answers.length} is not a multiple of the ${nItems} items` }]);
  const sentinel = sentinelOption ?? (signed ? -1 : 255);
  const [lo, hi] = signed ? [-128, 127] : [0, 255];
  if (!Number.isInteger(sentinel) || sentinel < lo || sentinel > hi)
    return fail([{ path: ["missing"], message: `the missing sentinel must be a whole number ${lo}–${hi}` }]);
  const clash = c.items.find((item) => sentinel >= item.min && sentinel <= item.max);
  if (clash)
    return fail([{ path: ["missing"], message: `the missing sentinel ${sentinel} is a valid answer to ${clash.id}` }]);

  const students = answers.length / nItems;
  const reused = into === undefined ? undefined : reusableColumns(into, c, o, students, answers);
  if (reused !== undefined && !reused.ok) return fail([{ path: ["into"], message: reused.message }]);
  const bytes = new Uint8Array(answers.buffer, answers.byteOffset, answers.length);
  const run = runBatchKernel(c, o, bytes, students, signed, sentinel, reused?.columns);
  if (!run.ok) return fail(run.issues);
  const { values, prorated: proratedBy, bands: bandsBy } = run.value;
  const totals =
    c.primary >= 0
      ? (values[c.primary] as Float64Array)
      : (reused?.totals ?? new Float64Array(students)).fill(Number.NaN);

  const bandIdsOf = (k: number): ReadonlyArray<string> => {
    const banding = o.banding[k];
    return banding?.kind === "bands" ? banding.ids : [];
  };
  const subscales: Record<string, BatchScale> = {};
  o.scales.forEach((scale, k) => {
    if (k !== c.primary)
      subscales[scale.id] = {
        values: values[k] as Float64Array,
        bands: bandsBy[k] as Int8Array,
        bandIds: bandIdsOf(k),
        prorated: proratedBy[k] as Uint8Array,
      };
  });
  return {
    ok: true,
    value: {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      normSet: o.normSet,
      informant: o.informant,
      normSetInformant: o.tableInformant,
      students,
      totals,
      bands: c.primary >= 0 ? (bandsBy[c.primary] as Int8Array) : (reused?.bands ?? new Int8Array(students)).fill(-1),
      bandIds: c.primary >= 0 ? bandIdsOf(c.primary) : [],
      subscales,
      flags: run.value.flags,
      unresolvedFlags: run.value.unresolved,
      flagIds: c.flagIds,
      prorated: run.value.anyProrated,
      answered: run.value.answered,
      usable: run.value.usable,
    },
  };
};
