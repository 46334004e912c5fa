import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gad7 } from "./catalog/gad7.js";
import { phq9 } from "./catalog/phq9.js";
import { defineInstrument } from "./defineInstrument.js";
import type { Instrument } from "./Instrument.js";
import { scaleRanges } from "./scaleRanges.js";
import { scoreInstrument } from "./scoreInstrument.js";
import { type InstrumentBatchScores, scoreInstrumentBatch } from "./scoreInstrumentBatch.js";

// The columnar kernel groups disjoint item scales, re-reads overlapping ones, takes a scale of every item from the
// row's sum, packs answers with an offset for negative ranges and skips rows with no answer. Generated instruments
// (not only the shipped ones) exercise each of these paths against scoreInstrument.

const label = { en: "x", zh: "x" };

/** An instrument with `n` items of range [lo, lo + span], some reversed, and scales over random item subsets. */
const instrumentArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    lo: fc.integer({ min: -100, max: 95 }),
    span: fc.integer({ min: 1, max: 5 }),
    reversed: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    subsets: fc.array(fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
    rules: fc.array(fc.tuple(fc.nat(11), fc.nat(5), fc.nat(31)), { maxLength: 4 }),
    allItemsScale: fc.boolean(),
    sumOfScales: fc.boolean(),
    mean: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    prorate: fc.array(fc.nat(12), { minLength: 6, maxLength: 6 }),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((g): Instrument => {
    const hi = Math.min(100, g.lo + g.span);
    const items = Array.from({ length: g.n }, (_, i) => ({
      id: `i-${i}`,
      min: g.lo,
      max: hi,
      ...(g.reversed[i] ? { reverse: true } : {}),
    }));
    const subsets = g.subsets.map((mask) => items.filter((_, i) => mask[i]).map((item) => item.id));
    if (g.allItemsScale || subsets.every((ids) => ids.length === 0)) subsets.push(items.map((item) => item.id));
    const itemScales = subsets
      .filter((ids) => ids.length > 0)
      .map((ids, k) => {
        const minAnswered = Math.min(ids.length, 1 + ((g.prorate[k] ?? 0) % ids.length));
        return {
          kind: "items" as const,
          id: `s-${k}`,
          label,
          direction: "higher-is-worse" as const,
          items: ids,
          aggregate: g.mean[k] ? ("mean" as const) : ("sum" as const),
          missing:
            (g.prorate[k] ?? 0) % 3 === 0 ? { kind: "complete" as const } : { kind: "prorate" as const, minAnswered },
        };
      });
    const scales = [
      ...itemScales,
      ...(g.sumOfScales && itemScales.length > 0
        ? [
            {
              kind: "sum-of-scales" as const,
              id: "sum",
              label,
              direction: "higher-is-worse" as const,
              scales: itemScales.map((s) => s.id),
            },
          ]
        : []),
    ];
    const primary = scales[scales.length - 1]?.id ?? null;
    const draft = {
      id: "generated",
      version: "1.0",
      name: label,
      source: "generated for a property test",
      licence: "none",
      items,
      scales,
      primaryScale: primary,
      normSets: [] as unknown[],
      defaultNormSet: null as string | null,
      flagRules: g.rules.map(([item, at, bit], r) => ({
        id: `r-${r}`,
        flag: `f-${bit}`,
        anyOf: [{ item: `i-${item % g.n}`, atLeast: Math.min(hi, g.lo + 1 + (at % g.span)) }],
        reason: "generated",
      })),
    };
    const ranges = scaleRanges(draft as unknown as Instrument);
    const r = defineInstrument({
      ...draft,
      normSets: [
        {
          id: "norms",
          label,
          source: "generated",
          tables: [
            {
              informant: "any",
              scales: scales.map((s) => {
                const { min, max } = ranges.get(s.id) ?? { min: 0, max: 0 };
                return {
                  scale: s.id,
                  bands: [
                    { id: "low", from: -1_000_000 },
                    { id: "high", from: min + g.cut * (max - min) },
                  ],
                };
              }),
            },
          ],
        },
      ],
      defaultNormSet: "norms",
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  });

const cohortArb = instrumentArb.chain((instrument) =>
  fc.record({
    instrument: fc.constant(instrument),
    rows: fc.array(
      fc.oneof(
        fc.tuple(
          ...instrument.items.map((item) =>
            fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: item.min, max: item.max }) },
              { weight: 1, arbitrary: fc.constant(null) },
            ),
          ),
        ),
        fc.constant(instrument.items.map(() => null)),
      ),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

const asNull = (x: number) => (Number.isNaN(x) ? null : x);

describe("columnar kernel on generated instruments (fast-check)", () => {
  test("agrees with scoreInstrument on values, bands, prorating, flags and counts", () => {
    fc.assert(
      fc.property(cohortArb, ({ instrument, rows }) => {
        const sentinel = -128;
        const answers = Int8Array.from(rows.flatMap((row) => row.map((a) => a ?? sentinel)));
        const batch = scoreInstrumentBatch(instrument, answers, { missing: sentinel });
        if (!batch.ok) throw new Error(batch.error.message);
        const b = batch.value;
        rows.forEach((row, s) => {
          const single = scoreInstrument(instrument, row);
          if (!single.ok) throw new Error(single.error.message);
          const v = single.value;
          expect(asNull(b.totals[s] as number)).toBe(v.total);
          expect(b.bands[s] === -1 ? null : b.bandIds[b.bands[s] as number]).toBe(v.band);
          expect(b.prorated[s] === 1).toBe(v.prorated);
          expect(b.answered[s]).toBe(v.answered);
          expect(b.usable[s] === 1).toBe(v.usable);
          expect(b.flagIds.filter((_, i) => ((b.flags[s] as number) >>> i) & 1)).toEqual(v.flags);
          expect(b.flagIds.filter((_, i) => ((b.unresolvedFlags[s] as number) >>> i) & 1)).toEqual(v.unresolvedFlags);
          for (const [id, x] of Object.entries(v.subscales)) {
            const col = b.subscales[id];
            expect(col && asNull(col.values[s] as number)).toBe(x.value);
            expect(col && (col.bands[s] === -1 ? null : col.bandIds[col.bands[s] as number])).toBe(x.band);
            expect(col?.prorated[s] === 1).toBe(x.prorated);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test("an out-of-range answer anywhere is reported at [student, item], with no partial result", () => {
    fc.assert(
      fc.property(cohortArb, fc.nat(), ({ instrument, rows }, at) => {
        const n = instrument.items.length;
        const answers = Int8Array.from(rows.flatMap((row) => row.map((a) => a ?? -128)));
        const cell = at % answers.length;
        const item = instrument.items[cell % n];
        if (!item) return;
        answers[cell] = item.max < 127 ? item.max + 1 : item.min - 1;
        const r = scoreInstrumentBatch(instrument, answers, { missing: -128 });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error.issues[0]?.path).toEqual([Math.floor(cell / n), cell % n]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Every column of a batch result, copied, for comparing two results or a result before and after a call. */
const snapshot = (b: InstrumentBatchScores) => ({
  totals: [...b.totals],
  bands: [...b.bands],
  prorated: [...b.prorated],
  answered: [...b.answered],
  usable: [...b.usable],
  flags: [...b.flags],
  unresolvedFlags: [...b.unresolvedFlags],
  subscales: Object.fromEntries(
    Object.entries(b.subscales).map(([id, s]) => [id, { v: [...s.values], b: [...s.bands], p: [...s.prorated] }]),
  ),
});

describe("reusing a previous result's columns (`into`)", () => {
  test("scores into reused columns exactly as into new ones, whatever the columns held before", () => {
    fc.assert(
      fc.property(cohortArb, fc.nat(), ({ instrument, rows }, shift) => {
        const sentinel = -128;
        const encode = (rs: typeof rows) => Int8Array.from(rs.flatMap((row) => row.map((a) => a ?? sentinel)));
        const before = encode(rows);
        // The same students in another order: every column entry changes wherever two rows differ.
        const k = shift % rows.length;
        const after = encode([...rows.slice(k), ...rows.slice(0, k)].reverse());
        const first = scoreInstrumentBatch(instrument, before, { missing: sentinel });
        const fresh = scoreInstrumentBatch(instrument, after, { missing: sentinel });
        if (!first.ok || !fresh.ok) throw new Error("scoring failed");
        const reused = scoreInstrumentBatch(instrument, after, { missing: sentinel, into: first.value });
        if (!reused.ok) throw new Error(reused.error.message);
        expect(snapshot(reused.value)).toEqual(snapshot(fresh.value));
        expect(reused.value.totals).toBe(first.value.totals); // the very same arrays
        for (const [id, s] of Object.entries(reused.value.subscales))
          expect(s.values).toBe(first.value.subscales[id]?.values);
      }),
      { numRuns: 200 },
    );
  });

  test("a failing call leaves the columns it was given untouched", () => {
    fc.assert(
      fc.property(cohortArb, fc.nat(), ({ instrument, rows }, at) => {
        const answers = Int8Array.from(rows.flatMap((row) => row.map((a) => a ?? -128)));
        const first = scoreInstrumentBatch(instrument, answers, { missing: -128 });
        if (!first.ok) throw new Error(first.error.message);
        const kept = snapshot(first.value);
        const bad = answers.slice();
        const cell = at % bad.length;
        const item = instrument.items[cell % instrument.items.length];
        if (!item) return;
        bad[cell] = item.max < 127 ? item.max + 1 : item.min - 1;
        const r = scoreInstrumentBatch(instrument, bad, { missing: -128, into: first.value });
        expect(r.ok).toBe(false);
        expect(snapshot(first.value)).toEqual(kept);
      }),
      { numRuns: 100 },
    );
  });

  test("a result of another instrument, size or layout is refused at path into", () => {
    const phqAnswers = new Int8Array(9 * 3);
    const three = scoreInstrumentBatch(phq9, phqAnswers);
    const gad = scoreInstrumentBatch(gad7, new Int8Array(7 * 3));
    if (!three.ok || !gad.ok) throw new Error("scoring failed");
    const refused = (into: unknown, answers: Int8Array = phqAnswers) => {
      const r = scoreInstrumentBatch(phq9, answers, { into: into as InstrumentBatchScores });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]?.path).toEqual(["into"]);
      return r.ok ? "" : (r.error.issues[0]?.message ?? "");
    };
    expect(refused(gad.value)).toMatch(/gad-7/);
    expect(refused(three.value, new Int8Array(9 * 4))).toMatch(/3 students, expected 4/);
    expect(refused({ ...three.value, totals: new Float32Array(3) })).toMatch(/totals: expected a Float64Array/);
    expect(refused({ ...three.value, usable: three.value.answered })).toMatch(/usable: shares its buffer/);
    expect(refused({ ...three.value, flags: new Uint32Array(phqAnswers.buffer, 0, 3) })).toMatch(/flags: shares/);
    expect(refused(null)).toMatch(/previous result/);
    expect(refused({ ...three.value, subscales: { extra: three.value.subscales } })).toMatch(/other subscales/);
    // The refused calls wrote nothing.
    expect([...three.value.totals]).toEqual([0, 0, 0]);
  });
});

describe("scales too large for an outcome table", () => {
  // 40 items of range −100…100: (40 + 1) × 8 001 possible (answered, sum) pairs, beyond the table limit, so each value
  // is computed with scaleValue/bandIndex per student; both must agree with scoreInstrument, prorating included.
  const wide = defineInstrument({
    id: "wide",
    version: "1.0",
    name: label,
    source: "generated for a property test",
    licence: "none",
    items: Array.from({ length: 40 }, (_, i) => ({
      id: `w-${i}`,
      min: -100,
      max: 100,
      ...(i % 3 ? {} : { reverse: true }),
    })),
    scales: [
      {
        kind: "items",
        id: "all",
        label,
        direction: "higher-is-worse",
        items: Array.from({ length: 40 }, (_, i) => `w-${i}`),
        aggregate: "sum",
        missing: { kind: "prorate", minAnswered: 30 },
      },
    ],
    primaryScale: "all",
    normSets: [
      {
        id: "norms",
        label,
        source: "generated",
        tables: [
          {
            informant: "any",
            scales: [
              {
                scale: "all",
                bands: [
                  { id: "low", from: -4000 },
                  { id: "high", from: 0 },
                ],
              },
            ],
          },
        ],
      },
    ],
    defaultNormSet: "norms",
    flagRules: [],
  } as unknown as Instrument);
  test("agree with scoreInstrument", () => {
    if (!wide.ok) throw new Error(wide.error.message);
    const instrument = wide.value;
    const row = fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: -100, max: 100 }) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      {
        minLength: 40,
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const answers = Int8Array.from(rows.flatMap((r) => r.map((a) => a ?? -128)));
        const batch = scoreInstrumentBatch(instrument, answers, { missing: -128 });
        if (!batch.ok) throw new Error(batch.error.message);
        rows.forEach((r, s) => {
          const single = scoreInstrument(instrument, r);
          if (!single.ok) throw new Error(single.error.message);
          expect(asNull(batch.value.totals[s] as number)).toBe(single.value.total);
          expect(batch.value.bands[s] === -1 ? null : batch.value.bandIds[batch.value.bands[s] as number]).toBe(
            single.value.band,
          );
          expect(batch.value.prorated[s] === 1).toBe(single.value.prorated);
          expect(batch.value.usable[s] === 1).toBe(single.value.usable);
        });
      }),
      { numRuns: 200 },
    );
  });
});
