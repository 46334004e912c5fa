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
import type { InstrumentScore } from "./InstrumentScore.js";
import type { InstrumentAnswers } from "./readAnswers.js";
import type { ScoreOptions } from "./resolveScoreOptions.js";
import { scoreInstrument } from "./scoreInstrument.js";

// Everything an invariant needs is typed here by hand from REFERENCE.md §1, not read from the definitions.

/** Total range per instrument; `null` = no total (PSDQ). */
const TOTAL_RANGE: Record<string, readonly [number, number] | null> = {
  "phq-9": [0, 27],
  "phq-a": [0, 27],
  "gad-7": [0, 21],
  sdq: [0, 40],
  "family-apgar": [0, 10],
  psdq: null,
  mssmhs: [1, 5],
};

/** Severity rank of each band id (higher = more severe). */
const SEVERITY: Record<string, Record<string, number>> = {
  "phq-9": { minimal: 0, mild: 1, moderate: 2, "moderately-severe": 3, severe: 4 },
  "phq-a": { minimal: 0, mild: 1, moderate: 2, "moderately-severe": 3, severe: 4 },
  "gad-7": { minimal: 0, mild: 1, moderate: 2, severe: 3 },
  sdq: { normal: 0, borderline: 1, abnormal: 2 },
  "family-apgar": { functional: 0, "moderately-dysfunctional": 1, "severely-dysfunctional": 2 },
  mssmhs: { none: 0, mild: 1, moderate: 2, "fairly-severe": 3, severe: 4 },
};

/** Items whose LOWER raw answer is worse: SDQ reverse items and prosocial items; every APGAR item. */
const LOWER_IS_WORSE: Record<string, ReadonlyArray<string>> = {
  sdq: ["obeys", "reflect", "attends", "friend", "popular", "consid", "shares", "caring", "kind", "helpout"],
  "family-apgar": ["adaptation", "partnership", "growth", "affection", "resolve"],
};

/** Options that band each instrument (SDQ: every norm set × informant pair REFERENCE gives). */
const OPTIONS: Record<string, ReadonlyArray<ScoreOptions>> = {
  sdq: [
    { normSet: "cn-du2008", informant: "self" },
    { normSet: "cn-du2008", informant: "parent" },
    { normSet: "cn-du2008", informant: "teacher" },
    { normSet: "uk", informant: "parent" },
  ],
};

const ALL: ReadonlyArray<Instrument> = [phq9, phqA, gad7, sdq, familyApgar, psdq, mssmhs];

/** Answers to `instrument` (about 1 in 6 missing) with options that band it. */
const caseOf = (instrument: Instrument) =>
  fc.record({
    answers: fc.tuple(
      ...instrument.items.map((item) =>
        fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: item.min, max: item.max }) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
      ),
    ),
    options: fc.constantFrom<ScoreOptions>(...(OPTIONS[instrument.id] ?? [{}])),
  });

const anyCase = fc.constantFrom(...ALL).chain((instrument) => caseOf(instrument).map((c) => ({ instrument, ...c })));

const run = (instrument: Instrument, answers: InstrumentAnswers, options: ScoreOptions): InstrumentScore => {
  const r = scoreInstrument(instrument, answers, options);
  if (!r.ok) throw new Error(`valid answers rejected: ${r.error.message}`);
  return r.value;
};

describe("instrument invariants (fast-check)", () => {
  test("totals stay within the published range; a null total has no band", () => {
    fc.assert(
      fc.property(anyCase, ({ instrument, answers, options }) => {
        const r = run(instrument, answers, options);
        const range = TOTAL_RANGE[instrument.id];
        if (range === undefined) throw new Error(`no range typed for ${instrument.id}`);
        if (range === null) expect(r.total).toBeNull();
        else if (r.total !== null) {
          expect(r.total).toBeGreaterThanOrEqual(range[0]);
          expect(r.total).toBeLessThanOrEqual(range[1]);
        } else expect(r.band).toBeNull();
        expect(r.usable).toBe(
          range === null ? Object.values(r.subscales).every((s) => s.value !== null) : r.total !== null,
        );
      }),
      { numRuns: 500 },
    );
  });

  test("worsening one answer never lowers the severity band of any scale", () => {
    const worsen = fc.constantFrom(...ALL.filter((i) => SEVERITY[i.id])).chain((instrument) =>
      caseOf(instrument).chain((c) =>
        fc
          .record({
            item: fc.integer({ min: 0, max: instrument.items.length - 1 }),
            step: fc.integer({ min: 1, max: 4 }),
          })
          .map((w) => ({ instrument, ...c, ...w })),
      ),
    );
    fc.assert(
      fc.property(worsen, ({ instrument, answers, options, item, step }) => {
        const spec = instrument.items[item];
        const before = answers[item];
        if (!spec || before === null || before === undefined) return; // missingness is not changed
        const lowerIsWorse = LOWER_IS_WORSE[instrument.id]?.includes(spec.id) ?? false;
        const after = lowerIsWorse ? Math.max(spec.min, before - step) : Math.min(spec.max, before + step);
        const worse = answers.map((a, i) => (i === item ? after : a));
        const a = run(instrument, answers, options);
        const b = run(instrument, worse, options);
        const rank = SEVERITY[instrument.id] ?? {};
        const pairs: [string | null, string | null][] = [
          [a.band, b.band],
          ...Object.keys(a.subscales).map((s): [string | null, string | null] => [
            a.subscales[s]?.band ?? null,
            b.subscales[s]?.band ?? null,
          ]),
        ];
        for (const [x, y] of pairs) {
          expect(x === null).toBe(y === null);
          if (x !== null && y !== null) expect(rank[y]).toBeGreaterThanOrEqual(rank[x] ?? Number.NaN);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("self-harm is raised iff the rule holds; unresolved iff it cannot be ruled out", () => {
    // PHQ-9: item 9 (index 8) ≥ 1. PHQ-A: item 9 ≥ 1, or serious thoughts (index 11) = 1, or ever attempted (index 12) = 1.
    const rule = (id: string, a: ReadonlyArray<number | null>): boolean | "unknown" => {
      const atLeast = (i: number, t: number) => {
        const x = a[i];
        return x === null || x === undefined ? null : x >= t;
      };
      const conditions =
        id === "phq-9" ? [atLeast(8, 1)] : id === "phq-a" ? [atLeast(8, 1), atLeast(11, 1), atLeast(12, 1)] : [];
      if (conditions.some((c) => c === true)) return true;
      return conditions.some((c) => c === null) ? "unknown" : false;
    };
    fc.assert(
      fc.property(anyCase, ({ instrument, answers, options }) => {
        const r = run(instrument, answers, options);
        const expected = rule(instrument.id, answers);
        expect(r.flags).toEqual(expected === true ? ["self-harm"] : []);
        expect(r.unresolvedFlags).toEqual(expected === "unknown" ? ["self-harm"] : []);
      }),
      { numRuns: 1000 },
    );
  });

  test("answers by item id score exactly like answers in item order", () => {
    fc.assert(
      fc.property(anyCase, fc.boolean(), ({ instrument, answers, options }, dropNulls) => {
        const byId = Object.fromEntries(
          instrument.items.flatMap((item, i) =>
            dropNulls && answers[i] === null ? [] : [[item.id, answers[i] ?? null]],
          ),
        );
        expect(run(instrument, byId, options)).toEqual(run(instrument, answers, options));
      }),
      { numRuns: 200 },
    );
  });

  test("out-of-range answers are always rejected at their index", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.nat(),
        fc.oneof(fc.integer({ min: 6, max: 1000 }), fc.integer({ min: -1000, max: -1 })),
        (instrument, pick, bad) => {
          const i = pick % instrument.items.length;
          const answers = instrument.items.map((item, k) => (k === i ? bad : item.min));
          const spec = instrument.items[i];
          fc.pre(spec !== undefined && (bad < spec.min || bad > spec.max));
          const r = scoreInstrument(instrument, answers, OPTIONS[instrument.id]?.[0] ?? {});
          expect(!r.ok && r.error.issues.map((x) => x.path)).toEqual([[i]]);
        },
      ),
    );
  });
});
