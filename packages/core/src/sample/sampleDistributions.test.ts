import { beforeAll, describe, expect, test } from "vitest";
import type { Assessment } from "../model/wellbeing/Assessment.js";
import { createSampleDistrict } from "./createSampleDistrict.js";
import { BMI_BANDS_2014 } from "./models/fitnessModel.js";
import type { SampleDistrict } from "./SampleDistrict.js";
import { FAMILY_FLAG_RATES, STAGE_SHARES } from "./sampleAssumptions.js";
import { SDQ_ITEM_IDS } from "./sampleInstruments.js";
import { SAMPLE_TARGETS, type SampleTarget } from "./sampleTargets.js";

// Independent re-implementations of the published scoring rules (REFERENCE.md §1), kept in the test so the generator
// is checked against the rules, not against itself.
const roundHalfUp = (x: number, digits = 0): number => {
  const f = 10 ** digits;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
};
const values = (a: Assessment): Array<number | null> => a.answers.map((x) => x.value);
const answered = (a: Assessment): number[] => values(a).filter((v): v is number => v !== null);
/** PHQ-9 (and, for this check, GAD-7) total: prorated when 1–2 items are missing, `null` when 3 or more are. */
const proratedTotal = (a: Assessment, items: number): number | null => {
  const got = answered(a);
  if (items - got.length >= 3) return null;
  return roundHalfUp((got.reduce((s, v) => s + v, 0) * items) / got.length);
};
const SDQ_SCALES = {
  emotional: ["somatic", "worries", "unhappy", "clingy", "afraid"],
  conduct: ["tantrum", "obeys", "fights", "lies", "steals"],
  hyperactivity: ["restles", "fidgety", "distrac", "reflect", "attends"],
  peer: ["loner", "friend", "popular", "bullied", "oldbest"],
};
const SDQ_REVERSED = new Set(["obeys", "reflect", "attends", "friend", "popular"]);
const sdqTotal = (a: Assessment): number | null => {
  const byItem = new Map(a.answers.map((x) => [x.itemId, x.value]));
  let total = 0;
  for (const items of Object.values(SDQ_SCALES)) {
    const got = items
      .map((i) => [i, byItem.get(i)] as const)
      .filter((p): p is readonly [string, number] => typeof p[1] === "number")
      .map(([i, v]) => (SDQ_REVERSED.has(i) ? 2 - v : v));
    if (got.length < 3) return null;
    total += Math.floor(0.5 + (got.reduce((s, v) => s + v, 0) / got.length) * 5);
  }
  return total;
};
/** Asserts that a generated share or mean lies in the target's band. */
const expectInBand = (got: number, target: SampleTarget): void => {
  expect(got).toBeGreaterThanOrEqual(target.band[0]);
  expect(got).toBeLessThanOrEqual(target.band[1]);
};
const mean = (xs: ReadonlyArray<number>): number => xs.reduce((s, v) => s + v, 0) / xs.length;
const share = <T>(xs: ReadonlyArray<T>, p: (x: T) => boolean): number => xs.filter(p).length / xs.length;
const pearson = (xs: ReadonlyArray<number>, ys: ReadonlyArray<number>): number => {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
};

let d: SampleDistrict;
let byInstrument: Map<string, Assessment[]>;
let gradeOf: Map<string, number>;
let sexOf: Map<string, string>;

beforeAll(() => {
  const r = createSampleDistrict({ seed: "distributions", students: 40_000 });
  if (!r.ok) throw new Error(r.error.message);
  d = r.value;
  byInstrument = new Map();
  for (const a of d.assessments) {
    const list = byInstrument.get(a.instrumentId);
    if (list) list.push(a);
    else byInstrument.set(a.instrumentId, [a]);
  }
  gradeOf = new Map(d.students.map((s) => [s.id, s.grade]));
  sexOf = new Map(d.students.map((s) => [s.id, s.sex]));
});
const of = (id: string): Assessment[] => byInstrument.get(id) ?? [];

describe("students: grade, stage and sex mix", () => {
  test("stage shares are 55 / 28 / 17 % (Shanghai 5+4+3: grades 1–5, 6–9, 10–12)", () => {
    const grade = d.students.map((s) => s.grade);
    expect(share(grade, (g) => g <= 5)).toBeCloseTo(STAGE_SHARES.primary, 3);
    expect(share(grade, (g) => g >= 6 && g <= 9)).toBeCloseTo(STAGE_SHARES["junior-secondary"], 3);
    expect(share(grade, (g) => g >= 10)).toBeCloseTo(STAGE_SHARES["senior-secondary"], 3);
  });

  test("about 51.5 % are boys", () => {
    expect(share(d.students, (s) => s.sex === "male")).toBeGreaterThan(0.505);
    expect(share(d.students, (s) => s.sex === "male")).toBeLessThan(0.525);
  });

  test("school sizes are 600–2 500 students (a spread remainder may add a few hundred)", () => {
    const sizes = d.schools.map((s) => s.enrolment.reduce((n, e) => n + e.students, 0));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2_500 + 600);
    expect(share(sizes, (n) => n <= 2_500)).toBeGreaterThan(0.9);
  });
});

describe("screening answers look like published prevalence", () => {
  test("PHQ-9 ≥ 10 in ≈ 15 % of grades 5–12 (target band 12–18 %), rising from grade 5 to grade 12", () => {
    const totals = of("phq-9").map((a) => [gradeOf.get(a.studentId) as number, proratedTotal(a, 9)] as const);
    const usable = totals.filter((t): t is readonly [number, number] => t[1] !== null);
    expectInBand(
      share(usable, ([, t]) => t >= 10),
      SAMPLE_TARGETS.phq9AtLeast10,
    );
    const at = (g: number) =>
      share(
        usable.filter(([gr]) => gr === g),
        ([, t]) => t >= 10,
      );
    expect(at(5)).toBeLessThan(0.13);
    expect(at(12)).toBeGreaterThan(0.17);
    expect(at(12)).toBeGreaterThan(at(5) + 0.07);
  });

  test("PHQ-9 item 9 (thoughts of death or self-harm) is endorsed by a few percent (3–8 %)", () => {
    const item9 = of("phq-9").map((a) => a.answers.find((x) => x.itemId === "phq-9")?.value);
    expectInBand(
      share(item9, (v) => (v ?? 0) >= 1),
      SAMPLE_TARGETS.phq9Item9Positive,
    );
  });

  test("GAD-7 ≥ 10 in 8–15 %; PHQ-9 and GAD-7 totals correlate (r > 0.5) through the shared latent trait", () => {
    const gad = new Map(of("gad-7").map((a) => [a.studentId, proratedTotal(a, 7)]));
    const pairs = of("phq-9")
      .map((a) => [proratedTotal(a, 9), gad.get(a.studentId)] as const)
      .filter((p): p is readonly [number, number] => p[0] !== null && typeof p[1] === "number");
    expectInBand(
      share(pairs, ([, g]) => g >= 10),
      SAMPLE_TARGETS.gad7AtLeast10,
    );
    expect(
      pearson(
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
      ),
    ).toBeGreaterThan(0.5);
  });

  test("SDQ answers are in questionnaire order and every scoring scale's items are SDQ items", () => {
    expect(of("sdq")[0]?.answers.map((x) => x.itemId)).toEqual([...SDQ_ITEM_IDS]);
    for (const items of Object.values(SDQ_SCALES)) for (const i of items) expect(SDQ_ITEM_IDS).toContain(i);
  });

  test("SDQ self-report total difficulties banded by the Chinese norms (Du, Kou & Coghill 2008): ≈ 80 / 10 / 10 %", () => {
    const totals = of("sdq")
      .map(sdqTotal)
      .filter((t): t is number => t !== null);
    expectInBand(
      share(totals, (t) => t <= 14),
      SAMPLE_TARGETS.sdqSelfNormal,
    );
    expectInBand(
      share(totals, (t) => t >= 18),
      SAMPLE_TARGETS.sdqSelfAbnormal,
    );
  });

  test("MSSMHS overall mean ≥ 2 (at least mild) in 15–30 % of secondary students", () => {
    const overall = of("mssmhs").map((a) => mean(answered(a)));
    expectInBand(
      share(overall, (m) => m >= 2),
      SAMPLE_TARGETS.mssmhsAtLeastMild,
    );
  });

  test("about 1.5 % of questionnaire items are missing; < 0.5 % of PHQ-9 sheets are unusable", () => {
    const questionnaires = [...byInstrument.entries()]
      .filter(([id]) => id !== "fitness-2014")
      .flatMap(([, list]) => list);
    const items = questionnaires.flatMap(values);
    expectInBand(
      share(items, (v) => v === null),
      SAMPLE_TARGETS.itemMissing,
    );
    expect(share(of("phq-9"), (a) => proratedTotal(a, 9) === null)).toBeLessThan(0.005);
  });
});

describe("families", () => {
  test("Family APGAR: ≈ 75 % functional (7–10), ≈ 20 % moderately, ≈ 5 % severely dysfunctional", () => {
    const totals = of("family-apgar").map((a) => roundHalfUp(mean(answered(a)) * 5));
    expectInBand(
      share(totals, (t) => t >= 7),
      SAMPLE_TARGETS.familyApgarFunctional,
    );
    expect(share(totals, (t) => t <= 3)).toBeLessThan(0.08);
  });

  test("PSDQ scale means: authoritative ≈ 3.9, authoritarian ≈ 2.2, permissive ≈ 2.3", () => {
    const scales = {
      authoritative: [1, 3, 5, 7, 9, 11, 12, 14, 18, 21, 22, 25, 27, 29, 31],
      permissive: [8, 15, 17, 20, 24],
    };
    const scaleMean = (items: number[]) =>
      mean(
        of("psdq").map((a) =>
          mean(
            a.answers
              .filter((x) => items.includes(Number(x.itemId.slice(5))) && x.value !== null)
              .map((x) => x.value as number),
          ),
        ),
      );
    const authoritarian = Array.from({ length: 32 }, (_, i) => i + 1).filter(
      (i) => !scales.authoritative.includes(i) && !scales.permissive.includes(i),
    );
    expectInBand(scaleMean(scales.authoritative), SAMPLE_TARGETS.psdqAuthoritativeMean);
    expectInBand(scaleMean(authoritarian), SAMPLE_TARGETS.psdqAuthoritarianMean);
    expectInBand(scaleMean(scales.permissive), SAMPLE_TARGETS.psdqPermissiveMean);
  });

  test.each(Object.entries(FAMILY_FLAG_RATES))(
    "flag %s is set at its documented rate %f (± 4 standard errors)",
    (flag, rate) => {
      const got = share(d.families, (f) => (f.supportFlags as string[]).includes(flag));
      expect(Math.abs(got - rate)).toBeLessThan(4 * Math.sqrt((rate * (1 - rate)) / d.families.length) + 0.001);
    },
  );
});

describe("fitness", () => {
  const bmiCategories = () =>
    of("fitness-2014").map((a) => {
      const h = a.answers.find((x) => x.itemId === "height-cm")?.value as number;
      const w = a.answers.find((x) => x.itemId === "weight-kg")?.value as number;
      const bmi = roundHalfUp(w / (h / 100) ** 2, 1);
      const sex = sexOf.get(a.studentId) as "male" | "female";
      const [lo, hi, obese] = BMI_BANDS_2014[sex][(gradeOf.get(a.studentId) as number) - 1] as readonly number[];
      return {
        sex,
        category:
          bmi < (lo as number)
            ? "under"
            : bmi <= (hi as number)
              ? "normal"
              : bmi < (obese as number)
                ? "over"
                : "obese",
      };
    });

  test("BMI by the 2014 standard: 15–23 % overweight or obese (national 6–17: 19.0 %), boys more than girls", () => {
    const cats = bmiCategories();
    const heavy = (c: { category: string }) => c.category === "over" || c.category === "obese";
    expectInBand(share(cats, heavy), SAMPLE_TARGETS.overweightOrObese);
    expect(share(cats, (c) => c.category === "obese")).toBeGreaterThan(0.04);
    expect(share(cats, (c) => c.category === "obese")).toBeLessThan(0.12);
    expect(share(cats, (c) => c.category === "under")).toBeLessThan(0.08);
    expect(
      share(
        cats.filter((c) => c.sex === "male"),
        heavy,
      ),
    ).toBeGreaterThan(
      share(
        cats.filter((c) => c.sex === "female"),
        heavy,
      ),
    );
  });

  test("item scores are 0–100 on the standard's ladder and only the grade's items are recorded", () => {
    for (const a of of("fitness-2014").slice(0, 5_000)) {
      const grade = gradeOf.get(a.studentId) as number;
      const ids = a.answers.map((x) => x.itemId);
      expect(ids.slice(0, 2)).toEqual(["height-cm", "weight-kg"]);
      for (const x of a.answers.slice(2))
        expect([100, 95, 90, 85, 80, 78, 76, 74, 72, 70, 68, 66, 64, 62, 60, 50, 40, 30, 20, 10, 0]).toContain(x.value);
      expect(ids.includes("rope-skipping-1min-score")).toBe(grade <= 6);
      expect(ids.includes("pull-ups-score")).toBe(grade >= 7 && sexOf.get(a.studentId) === "male");
      expect(ids.includes("run-800m-score")).toBe(grade >= 7 && sexOf.get(a.studentId) === "female");
    }
  });
});
