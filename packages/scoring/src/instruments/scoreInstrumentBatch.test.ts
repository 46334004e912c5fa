import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { familyApgar } from "./catalog/familyApgar.js";
import { gad7 } from "./catalog/gad7.js";
import { mssmhs } from "./catalog/mssmhs.js";
import { phq9 } from "./catalog/phq9.js";
import { phqA } from "./catalog/phqA.js";
import { psdq } from "./catalog/psdq.js";
import { sdq } from "./catalog/sdq.js";
import type { Instrument } from "./Instrument.js";
import type { ScoreOptions } from "./resolveScoreOptions.js";
import { scoreInstrument } from "./scoreInstrument.js";
import { type BatchScoreOptions, type InstrumentBatchScores, scoreInstrumentBatch } from "./scoreInstrumentBatch.js";

const ALL: ReadonlyArray<Instrument> = [phq9, phqA, gad7, sdq, familyApgar, psdq, mssmhs];
const OPTIONS: Record<string, ReadonlyArray<ScoreOptions>> = {
  sdq: [
    { normSet: "cn-du2008", informant: "self" },
    { normSet: "cn-du2008", informant: "parent" },
    { normSet: "cn-du2008", informant: "teacher" },
    { normSet: "uk", informant: "parent" },
    { normSet: null },
  ],
  "gad-7": [{}, { missingRules: { total: { kind: "prorate", minAnswered: 6 } } }],
  "family-apgar": [{}, { missingRules: { total: { kind: "prorate", minAnswered: 3 } } }],
  mssmhs: [{}, { missingRules: { overall: { kind: "complete" } } }],
};

const bits = (mask: number, ids: ReadonlyArray<string>) => ids.filter((_, i) => (mask >>> i) & 1);
const asNull = (x: number) => (Number.isNaN(x) ? null : x);
const bandOf = (b: number, ids: ReadonlyArray<string>) => (b < 0 ? null : (ids[b] ?? "out-of-table"));

/** Student `s` of a batch, in the shape of scoreInstrument's result (only the fields both carry). */
const studentOf = (batch: InstrumentBatchScores, s: number) => ({
  total: asNull(batch.totals[s] as number),
  band: bandOf(batch.bands[s] as number, batch.bandIds),
  flags: bits(batch.flags[s] as number, batch.flagIds),
  unresolvedFlags: bits(batch.unresolvedFlags[s] as number, batch.flagIds),
  prorated: batch.prorated[s] === 1,
  answered: batch.answered[s],
  usable: batch.usable[s] === 1,
  subscales: Object.fromEntries(
    Object.entries(batch.subscales).map(([id, col]) => [
      id,
      {
        value: asNull(col.values[s] as number),
        band: bandOf(col.bands[s] as number, col.bandIds),
        prorated: col.prorated[s] === 1,
      },
    ]),
  ),
});

const cohort = fc.constantFrom(...ALL).chain((instrument) =>
  fc.record({
    instrument: fc.constant(instrument),
    rows: fc.array(
      fc.tuple(
        ...instrument.items.map((item) =>
          fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: item.min, max: item.max }) },
            { weight: 1, arbitrary: fc.constant(null) },
          ),
        ),
      ),
      { minLength: 1, maxLength: 25 },
    ),
    options: fc.constantFrom<ScoreOptions>(...(OPTIONS[instrument.id] ?? [{}])),
    encoding: fc.constantFrom("int8", "uint8", "uint8-custom"),
  }),
);

describe("scoreInstrumentBatch agrees exactly with scoreInstrument (fast-check)", () => {
  test("every student, every field, every instrument, norm set and encoding", () => {
    fc.assert(
      fc.property(cohort, ({ instrument, rows, options, encoding }) => {
        const sentinel = encoding === "int8" ? -1 : encoding === "uint8" ? 255 : 200;
        const flat = rows.flatMap((row) => row.map((a) => a ?? sentinel));
        const answers = encoding === "int8" ? Int8Array.from(flat) : Uint8Array.from(flat);
        const batchOptions: BatchScoreOptions = encoding === "uint8-custom" ? { ...options, missing: 200 } : options;
        const batch = scoreInstrumentBatch(instrument, answers, batchOptions);
        if (!batch.ok) throw new Error(batch.error.message);
        expect(batch.value.students).toBe(rows.length);
        rows.forEach((row, s) => {
          const single = scoreInstrument(instrument, row, options);
          if (!single.ok) throw new Error(single.error.message);
          const v = single.value;
          expect(studentOf(batch.value, s)).toEqual({
            total: v.total,
            band: v.band,
            flags: v.flags,
            unresolvedFlags: v.unresolvedFlags,
            prorated: v.prorated,
            answered: v.answered,
            usable: v.usable,
            subscales: Object.fromEntries(
              Object.entries(v.subscales).map(([id, x]) => [
                id,
                { value: x.value, band: x.band, prorated: x.prorated },
              ]),
            ),
          });
        });
        expect(batch.value).toMatchObject({
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          normSet: options.normSet === undefined ? instrument.defaultNormSet : options.normSet,
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe("scoreInstrumentBatch on hand-typed students", () => {
  test("PHQ-9: a flag with a minimal total, a prorated severe total, an unusable one", () => {
    const r = scoreInstrumentBatch(
      phq9,
      Int8Array.of(
        ...[1, 1, 0, 0, 0, 0, 0, 0, 1], // total 3, minimal, self-harm
        ...[3, 3, 3, 3, 3, 3, 2, -1, 0], // round(20 × 9 / 8 = 22.5) = 23, severe, prorated
        ...[3, 3, 3, 3, 3, 3, -1, -1, -1], // 3 missing: null, item 9 unanswered
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.totals]).toEqual([3, 23, Number.NaN]);
    expect([...r.value.bands].map((b) => bandOf(b, r.value.bandIds))).toEqual(["minimal", "severe", null]);
    expect([...r.value.flags]).toEqual([1, 0, 0]);
    expect([...r.value.unresolvedFlags]).toEqual([0, 0, 1]);
    expect([...r.value.prorated]).toEqual([0, 1, 0]);
    expect([...r.value.usable]).toEqual([1, 1, 0]);
    expect(r.value.flagIds).toEqual(["self-harm"]);
  });

  test("an empty cohort gives empty columns", () => {
    const r = scoreInstrumentBatch(gad7, new Int8Array(0));
    expect(r).toMatchObject({ ok: true, value: { students: 0 } });
  });

  test("SDQ columns carry every subscale with its band ids", () => {
    const r = scoreInstrumentBatch(sdq, new Uint8Array(25), { informant: "self" });
    expect(r.ok && Object.keys(r.value.subscales)).toEqual([
      "emotional",
      "conduct",
      "hyperactivity",
      "peer",
      "prosocial",
      "internalising",
      "externalising",
    ]);
    expect(r.ok && r.value.totals[0]).toBe(10);
    expect(r.ok && r.value.subscales.prosocial?.bandIds).toEqual(["abnormal", "borderline", "normal"]);
  });
});

describe("scoreInstrumentBatch rejects bad input with a typed error", () => {
  test.each<[string, Instrument, unknown, BatchScoreOptions | undefined, ReadonlyArray<PropertyKey>, RegExp]>([
    ["a Float32Array", phq9, new Float32Array(9), undefined, [], /Int8Array or a Uint8Array/],
    ["a plain array", phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0], undefined, [], /Int8Array or a Uint8Array/],
    [
      "a length that is not a multiple of the items",
      phq9,
      new Int8Array(10),
      undefined,
      [],
      /length 10 is not a multiple of the 9 items/,
    ],
    [
      "an answer out of range",
      phq9,
      Int8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0),
      undefined,
      [1, 3],
      /student 1, phq-4: 4 is outside the response range 0–3/,
    ],
    [
      "a negative answer that is not the sentinel",
      phq9,
      Int8Array.of(0, 0, 0, 0, 0, 0, 0, 0, -2),
      undefined,
      [0, 8],
      /phq-9: -2 is outside/,
    ],
    [
      "a sentinel that is a valid answer",
      phq9,
      new Int8Array(9),
      { missing: 0 },
      ["missing"],
      /sentinel 0 is a valid answer to phq-1/,
    ],
    [
      "a sentinel outside the array's values",
      phq9,
      new Int8Array(9),
      { missing: 200 },
      ["missing"],
      /whole number -128–127/,
    ],
    ["a fractional sentinel", phq9, new Uint8Array(9), { missing: 9.5 }, ["missing"], /whole number 0–255/],
    [
      "an unknown informant",
      sdq,
      new Int8Array(25),
      { informant: "sibling" as never },
      ["informant"],
      /unknown informant/,
    ],
    ["options that are not an object", phq9, new Int8Array(9), null as never, [], /options must be an object/],
    [
      "a norm set without that informant",
      sdq,
      new Int8Array(25),
      { normSet: "uk", informant: "self" },
      ["informant"],
      /no bands for informant "self"/,
    ],
  ])("%s", (_name, instrument, answers, options, path, message) => {
    const r = scoreInstrumentBatch(instrument, answers as Int8Array, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.issues[0]?.path).toEqual(path);
    expect(r.error.issues[0]?.message).toMatch(message);
  });

  test("at most 20 bad cells are reported", () => {
    const r = scoreInstrumentBatch(gad7, new Int8Array(7 * 10).fill(5));
    expect(!r.ok && r.error.issues).toHaveLength(20);
  });
});
