import {
  type AssessmentInformant,
  type Result,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";
import { bandIndex } from "./bandIndex.js";
import { type CompiledInstrument, compileInstrument } from "./compileInstrument.js";
import type { Instrument } from "./Instrument.js";
import { MISSING } from "./readAnswers.js";
import { resolveScoreOptions, type ScoreOptions } from "./resolveScoreOptions.js";
import { scaleValue } from "./scaleValue.js";

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

const INVALID = -32767;
const MAX_ISSUES = 20;

/** 256-entry tables per item: byte → scored value, MISSING or INVALID; per flag condition: byte → 0 / 1 fires / 2 missing. */
const lookupTables = (c: CompiledInstrument, signed: boolean, sentinel: number) => {
  const decode = (b: number) => (signed && b > 127 ? b - 256 : b);
  const items = new Int16Array(c.items.length * 256);
  c.items.forEach((item, i) => {
    for (let b = 0; b < 256; b++) {
      const x = decode(b);
      items[i * 256 + b] =
        x === sentinel ? MISSING : x < item.min || x > item.max ? INVALID : item.reverse ? item.min + item.max - x : x;
    }
  });
  const conditionCount = c.rules.reduce((n, r) => n + r.items.length, 0);
  const conditions = new Uint8Array(conditionCount * 256);
  let k = 0;
  for (const rule of c.rules) {
    rule.items.forEach((_, j) => {
      for (let b = 0; b < 256; b++) {
        const x = decode(b);
        conditions[k * 256 + b] = x === sentinel ? 2 : x >= (rule.atLeast[j] as number) ? 1 : 0;
      }
      k++;
    });
  }
  return { items, conditions };
};

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
  const { missing: sentinelOption, ...scoreOptions } = isObject ? options : {};
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

  // Imported bindings copied to locals once: module runners (vitest) compile imports into getter accesses, which would
  // otherwise run in every iteration of the loops below.
  const MISSING_CODE = MISSING;
  const valueFor = scaleValue;
  const bandOf = bandIndex;
  const students = answers.length / nItems;
  const bytes = new Uint8Array(answers.buffer, answers.byteOffset, answers.length);
  const { items: itemLut, conditions: conditionLut } = lookupTables(c, signed, sentinel);

  // Pass 1: validate every cell and count answered items per student.
  const issues: ValidationIssue[] = [];
  const answered = new Uint8Array(students);
  for (let s = 0, cell = 0; s < students; s++) {
    let count = 0;
    for (let i = 0; i < nItems; i++, cell++) {
      const v = itemLut[(i << 8) | (bytes[cell] as number)] as number;
      if (v === INVALID) {
        if (issues.length < MAX_ISSUES) {
          const item = c.items[i];
          issues.push({
            path: [s, i],
            message: `student ${s}, ${item?.id}: ${answers[cell]} is outside the response range ${item?.min}–${item?.max} (missing = ${sentinel})`,
          });
        }
      } else if (v !== MISSING_CODE) count++;
    }
    answered[s] = count;
  }
  if (issues.length > 0) return fail(issues);

  // Pass 2: one scale at a time over all students (tight, monomorphic loops).
  const scales = o.scales;
  const values = scales.map(() => new Float64Array(students));
  const proratedBy = scales.map(() => new Uint8Array(students));
  const bandsBy = scales.map(() => new Int8Array(students).fill(-1));
  const prorated = new Uint8Array(students);
  const usable = new Uint8Array(students).fill(1);
  scales.forEach((scale, k) => {
    const out = values[k] as Float64Array;
    const pr = proratedBy[k] as Uint8Array;
    const members = scale.members;
    const size = members.length;
    if (scale.kind === "items") {
      const aggregate = scale.aggregate;
      const minAnswered = scale.minAnswered;
      for (let s = 0, base = 0; s < students; s++, base += nItems) {
        let sum = 0;
        let count = 0;
        for (let j = 0; j < size; j++) {
          const m = members[j] as number;
          const v = itemLut[(m << 8) | (bytes[base + m] as number)] as number;
          if (v !== MISSING_CODE) {
            sum += v;
            count++;
          }
        }
        const value = valueFor(aggregate, sum, count, size, minAnswered);
        out[s] = value;
        pr[s] = count < size && !Number.isNaN(value) ? 1 : 0;
      }
    } else {
      for (let j = 0; j < size; j++) {
        const part = values[members[j] as number] as Float64Array;
        const partProrated = proratedBy[members[j] as number] as Uint8Array;
        for (let s = 0; s < students; s++) {
          out[s] = (out[s] as number) + (part[s] as number);
          pr[s] = (pr[s] as number) | (partProrated[s] as number);
        }
      }
      for (let s = 0; s < students; s++) if (Number.isNaN(out[s] as number)) pr[s] = 0;
    }
    const banding = o.banding[scale.index];
    if (banding?.kind === "bands") {
      const bands = bandsBy[k] as Int8Array;
      for (let s = 0; s < students; s++) bands[s] = bandOf(banding.from, out[s] as number);
    }
    const counts = c.primary < 0 || k === c.primary;
    for (let s = 0; s < students; s++) {
      prorated[s] = (prorated[s] as number) | (pr[s] as number);
      if (counts && Number.isNaN(out[s] as number)) usable[s] = 0;
    }
  });

  // Pass 3: flag rules over the raw bytes.
  const flags = new Uint32Array(students);
  const unresolved = new Uint32Array(students);
  let condition = 0;
  for (const rule of c.rules) {
    const bit = 2 ** rule.flagBit;
    const first = condition;
    const n = rule.items.length;
    condition += n;
    for (let s = 0, base = 0; s < students; s++, base += nItems) {
      let fired = false;
      let missing = false;
      for (let j = 0; j < n; j++) {
        const t = conditionLut[((first + j) << 8) | (bytes[base + (rule.items[j] as number)] as number)];
        if (t === 1) fired = true;
        else if (t === 2) missing = true;
      }
      if (fired) flags[s] = (flags[s] as number) | bit;
      else if (missing) unresolved[s] = (unresolved[s] as number) | bit;
    }
  }
  for (let s = 0; s < students; s++) unresolved[s] = (unresolved[s] as number) & ~(flags[s] as number);
  const totals = c.primary >= 0 ? (values[c.primary] as Float64Array) : new Float64Array(students).fill(Number.NaN);

  const bandIdsOf = (k: number): ReadonlyArray<string> => {
    const banding = o.banding[k];
    return banding?.kind === "bands" ? banding.ids : [];
  };
  const subscales: Record<string, BatchScale> = {};
  scales.forEach((scale, k) => {
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
      bands: c.primary >= 0 ? (bandsBy[c.primary] as Int8Array) : new Int8Array(students).fill(-1),
      bandIds: c.primary >= 0 ? bandIdsOf(c.primary) : [],
      subscales,
      flags,
      unresolvedFlags: unresolved,
      flagIds: c.flagIds,
      prorated,
      answered,
      usable,
    },
  };
};
