import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { BmiCategory, BmiScore } from "../fitness/scoreBmi.js";
import { familyApgar } from "../instruments/catalog/familyApgar.js";
import { gad7 } from "../instruments/catalog/gad7.js";
import { mssmhs } from "../instruments/catalog/mssmhs.js";
import { phq9 } from "../instruments/catalog/phq9.js";
import { phqA } from "../instruments/catalog/phqA.js";
import { sdq } from "../instruments/catalog/sdq.js";
import type { Instrument } from "../instruments/Instrument.js";
import type { InstrumentScore } from "../instruments/InstrumentScore.js";
import type { ScoreOptions } from "../instruments/resolveScoreOptions.js";
import { scoreInstrument } from "../instruments/scoreInstrument.js";
import { scoreInstrumentBatch } from "../instruments/scoreInstrumentBatch.js";
import { developmentIndex } from "./developmentIndex.js";
import type { StudentMeasures } from "./StudentMeasures.js";
import { BMI_CATEGORY_CODES, tierBatch } from "./tierBatch.js";
import { TIER_UNDETERMINED } from "./tierCodes.js";
import type { WarningRule, WarningRuleSet } from "./WarningRuleSet.js";
import { warningTier } from "./warningTier.js";
import { xuhuiWarningRules } from "./xuhuiWarningRules.js";

// Which raw answer is worse, typed here from REFERENCE.md §1 rather than read from the definitions: higher raw answers
// are worse except for SDQ reverse-scored and prosocial items and every Family APGAR item.
const LOWER_IS_WORSE = new Set([
  "sdq:obeys",
  "sdq:reflect",
  "sdq:attends",
  "sdq:friend",
  "sdq:popular",
  "sdq:consid",
  "sdq:shares",
  "sdq:caring",
  "sdq:kind",
  "sdq:helpout",
  ...familyApgar.items.map((i) => `family-apgar:${i.id}`),
]);

interface Sheet {
  readonly instrument: Instrument;
  readonly options?: ScoreOptions;
}
const SHEETS: ReadonlyArray<Sheet> = [
  { instrument: phq9 },
  { instrument: phqA },
  { instrument: gad7 },
  { instrument: sdq, options: { normSet: "cn-du2008", informant: "self" } },
  { instrument: mssmhs },
  { instrument: familyApgar },
];

const answersArb = (instrument: Instrument, missing: number) =>
  fc.tuple(
    ...instrument.items.map((item) =>
      fc.oneof(
        { weight: missing, arbitrary: fc.constant(null) },
        { weight: 100 - missing, arbitrary: fc.integer({ min: item.min, max: item.max }) },
      ),
    ),
  );

/**
 * A student: for each instrument either no sheet (1 in `absentFreq` + 1) or answers (about `missing` % of items
 * missing), a BMI category, a fitness total.
 */
const studentArb = (missing = 8, absentFreq = 5) =>
  fc.record({
    sheets: fc.tuple(
      ...SHEETS.map((s) => fc.option(answersArb(s.instrument, missing), { nil: undefined, freq: absentFreq })),
    ),
    bmi: fc.option(fc.constantFrom(...BMI_CATEGORY_CODES), { nil: undefined }),
    fitness: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: undefined }),
  });
type Student = ReturnType<typeof studentArb> extends fc.Arbitrary<infer T> ? T : never;

const bmiOf = (category: BmiCategory): BmiScore => ({
  bmi: 20,
  category,
  score: { normal: 100, underweight: 80, overweight: 80, obese: 60 }[category],
  provisional: false,
  basis: { normalMin: 15, normalMax: 22, obeseMin: 25, standard: "cn-student-fitness-2014-bmi@2014" },
});

const measuresOf = (s: Student): StudentMeasures => ({
  scores: SHEETS.flatMap((sheet, i): InstrumentScore[] => {
    const answers = s.sheets[i];
    if (!answers) return [];
    const r = scoreInstrument(sheet.instrument, answers, sheet.options);
    if (!r.ok) throw new Error(r.error.message);
    return [r.value];
  }),
  ...(s.bmi ? { bmi: bmiOf(s.bmi) } : {}),
  ...(s.fitness !== undefined ? { fitnessTotal: s.fitness } : {}),
});

const urgency = (m: StudentMeasures, rules: WarningRuleSet = xuhuiWarningRules) => {
  const r = warningTier(m, rules);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Rule sets a district could write: every non-red rule with a random tier, threshold shift and weight. */
const ruleSetArb: fc.Arbitrary<WarningRuleSet> = fc
  .record({
    changes: fc.array(
      fc.record({
        tier: fc.constantFrom("orange", "yellow") as fc.Arbitrary<"orange" | "yellow">,
        shift: fc.integer({ min: -3, max: 3 }),
        weight: fc.integer({ min: 0, max: 5 }),
        keep: fc.boolean(),
      }),
      { minLength: xuhuiWarningRules.rules.length, maxLength: xuhuiWarningRules.rules.length },
    ),
    points: fc.option(fc.record({ yellow: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 1, max: 6 }) }), {
      nil: undefined,
    }),
  })
  .map(({ changes, points }) => {
    const rules = xuhuiWarningRules.rules.flatMap((rule, i): WarningRule[] => {
      const c = changes[i] as (typeof changes)[number];
      if (rule.tier === "red") return [rule];
      if (!c.keep) return [];
      const threshold = typeof rule.threshold === "number" ? Math.max(0, rule.threshold + c.shift) : rule.threshold;
      return [{ ...rule, tier: c.tier, threshold, weight: c.weight }];
    });
    const weighted = rules.some((r) => (r.weight ?? 0) > 0);
    return {
      ...xuhuiWarningRules,
      version: "test",
      rules,
      ...(points && weighted
        ? {
            pointTiers: [
              { atLeast: points.yellow, tier: "yellow" as const },
              { atLeast: points.yellow + points.extra, tier: "orange" as const },
            ],
          }
        : {}),
    };
  });

const rank = (tier: string | null) => (tier === null ? -1 : ["green", "yellow", "orange", "red"].indexOf(tier));

describe("tier properties", () => {
  test("a tier never improves when any answer worsens (Xuhui rules and random district rule sets)", () => {
    fc.assert(
      fc.property(
        studentArb(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.option(ruleSetArb, { nil: undefined }),
        (s, pick, itemPick, step, rules) => {
          const present = SHEETS.flatMap((_, i) => (s.sheets[i] ? [i] : []));
          fc.pre(present.length > 0);
          const k = present[pick % present.length] as number;
          const sheet = SHEETS[k] as Sheet;
          const answers = [...(s.sheets[k] as (number | null)[])];
          const answered = answers.flatMap((a, j) => (a === null ? [] : [j]));
          fc.pre(answered.length > 0);
          const j = answered[itemPick % answered.length] as number;
          const item = sheet.instrument.items[j] as Instrument["items"][number];
          const lower = LOWER_IS_WORSE.has(`${sheet.instrument.id}:${item.id}`);
          const a = answers[j] as number;
          answers[j] = lower ? Math.max(item.min, a - step) : Math.min(item.max, a + step);
          const worse: Student = { ...s, sheets: s.sheets.map((x, i) => (i === k ? answers : x)) as Student["sheets"] };
          const before = urgency(measuresOf(s), rules).tier;
          const after = urgency(measuresOf(worse), rules).tier;
          if (before !== null) expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a self-harm signal always gives red, whatever the other rules, thresholds, weights or point tiers", () => {
    fc.assert(
      fc.property(studentArb(), ruleSetArb, fc.integer({ min: 1, max: 3 }), fc.boolean(), (s, rules, item9, useA) => {
        const k = useA ? 1 : 0; // PHQ-A or PHQ-9
        const sheet = SHEETS[k] as Sheet;
        const answers = [...(s.sheets[k] ?? sheet.instrument.items.map(() => null))];
        answers[8] = item9; // item 9 ≥ 1 raises self-harm whatever else is missing
        const student: Student = { ...s, sheets: s.sheets.map((x, i) => (i === k ? answers : x)) as Student["sheets"] };
        const r = urgency(measuresOf(student), rules);
        expect(r.tier).toBe("red");
        expect(r.override).toBe(true);
        expect(r.fired.map((f) => f.ruleId)).toContain("red-self-harm");
      }),
      { numRuns: 200 },
    );
  });

  test("every result's explanation names each rule that fired, in both languages", () => {
    fc.assert(
      fc.property(studentArb(), fc.option(ruleSetArb, { nil: undefined }), (s, rules) => {
        const r = urgency(measuresOf(s), rules);
        const en = r.summary.en.join("\n");
        const zh = r.summary.zh.join("\n");
        for (const f of r.fired) {
          expect(en).toContain(`rule ${f.ruleId} fired`);
          expect(zh).toContain(`规则 ${f.ruleId} 触发`);
        }
        expect(r.fired.length > 0 || r.tier === null || r.tier === "green").toBe(true);
        if (r.tier !== null && r.tier !== "green") expect(r.fired.length + (r.pointTier ? 1 : 0)).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  test("unusable scores never fire or clear a rule, and alone never give a tier", () => {
    fc.assert(
      fc.property(studentArb(70), (s) => {
        const m = measuresOf({ ...s, bmi: undefined, fitness: undefined });
        const r = urgency(m);
        for (const e of r.evaluations)
          if (e.status === "fired" || e.status === "not-fired") expect(e.value).not.toBeNull();
        const byId = new Map((m.scores ?? []).map((x) => [x.instrumentId, x]));
        for (const sheet of SHEETS) {
          const score = byId.get(sheet.instrument.id);
          const primary = `${sheet.instrument.id} ${sheet.instrument.primaryScale}`;
          if (score && score.answered > 0 && score.total === null)
            for (const e of r.evaluations.filter((x) => x.criterion === primary)) expect(e.status).toBe("insufficient");
        }
        // A value anywhere (a total or a subscale such as one MSSMHS factor) is a usable score; with none, and no
        // flag raised from the answers, there is no tier.
        const anyValue = (m.scores ?? []).some(
          (x) => x.answered > 0 && (x.total !== null || Object.values(x.subscales).some((v) => v.value !== null)),
        );
        if (!anyValue && !r.fired.some((f) => f.tier === "red")) expect(r.tier).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe("tierBatch equals the per-student engines", () => {
  test("tiers, safety flags and the development index are identical, for Xuhui and random rule sets", () => {
    const seen = { tiers: new Set<number>(), indexed: 0, unresolved: 0 };
    fc.assert(
      fc.property(
        fc.array(studentArb(12, 2), { minLength: 1, maxLength: 25 }),
        fc.option(ruleSetArb, { nil: undefined }),
        (students, rules) => {
          const n = students.length;
          const scores = SHEETS.map((sheet, k) => {
            const items = sheet.instrument.items.length;
            const bytes = new Int8Array(n * items).fill(-1); // no sheet = nothing answered = not administered
            students.forEach((s, i) => {
              s.sheets[k]?.forEach((a, j) => {
                if (a !== null) bytes[i * items + j] = a;
              });
            });
            const r = scoreInstrumentBatch(sheet.instrument, bytes, sheet.options);
            if (!r.ok) throw new Error(r.error.message);
            return r.value;
          });
          const bmiCategory = Uint8Array.from(students, (s) => (s.bmi ? BMI_CATEGORY_CODES.indexOf(s.bmi) : 255));
          const fitnessTotal = Float64Array.from(students, (s) => s.fitness ?? Number.NaN);
          const batch = tierBatch({ students: n, scores, bmiCategory, fitnessTotal }, { rules });
          if (!batch.ok) throw new Error(batch.error.message);
          students.forEach((s, i) => {
            const m = measuresOf(s);
            const t = urgency(m, rules);
            expect(batch.value.tiers[i]).toBe(t.urgency ?? TIER_UNDETERMINED);
            expect(batch.value.safetyUnresolved[i]).toBe(t.safetyUnresolved ? 1 : 0);
            const d = developmentIndex(m);
            if (!d.ok) throw new Error(d.error.message);
            expect(batch.value.index[i]).toBe(Math.fround(d.value.value ?? Number.NaN));
            seen.tiers.add(batch.value.tiers[i] as number);
            if (d.value.value !== null) seen.indexed++;
            if (t.safetyUnresolved) seen.unresolved++;
          });
          const fired = new Uint32Array(batch.value.ruleIds.length);
          for (const s of students)
            for (const f of urgency(measuresOf(s), rules).fired) {
              const r = batch.value.ruleIds.indexOf(f.ruleId);
              fired[r] = (fired[r] as number) + 1;
            }
          expect([...batch.value.ruleFireCounts]).toEqual([...fired]);
          // Reusing the columns of another result (every student obese, nothing else) gives the same numbers, twice
          // (the second time with the working columns kept from the first).
          const other = tierBatch({ students: n, bmiCategory: new Uint8Array(n).fill(3) }, { rules });
          if (!other.ok) throw new Error(other.error.message);
          for (let round = 0; round < 2; round++) {
            const again = tierBatch({ students: n, scores, bmiCategory, fitnessTotal }, { rules, into: other.value });
            if (!again.ok) throw new Error(again.error.message);
            expect(again.value.tiers).toBe(other.value.tiers);
            expect([...again.value.tiers]).toEqual([...batch.value.tiers]);
            expect([...again.value.index]).toEqual([...batch.value.index]);
            expect([...again.value.safetyUnresolved]).toEqual([...batch.value.safetyUnresolved]);
            expect([...again.value.ruleFireCounts]).toEqual([...batch.value.ruleFireCounts]);
            expect(again.value.tierCounts).toEqual(batch.value.tierCounts);
          }
        },
      ),
      { numRuns: 120 },
    );
    // The comparison covered every tier, undetermined students, indices and unresolved safety rules.
    expect([...seen.tiers].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, TIER_UNDETERMINED]);
    expect(seen.indexed).toBeGreaterThan(50);
    expect(seen.unresolved).toBeGreaterThan(5);
  });
});
