import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { FitnessItem } from "./fitnessItems.js";
import { fitnessWeights2014 } from "./fitnessWeights2014.js";
import { scoreFitness } from "./scoreFitness.js";

// Weights typed by hand from 国家学生体质健康标准(2014年修订) 二、单项指标与权重 (REFERENCE.md §1), not read from our table.
const HAND_WEIGHTS: ReadonlyArray<
  [string, { grade?: number; universityYear?: number }, "male" | "female", Record<string, number>]
> = [
  [
    "grades 1–2",
    { grade: 1 },
    "male",
    { bmi: 15, "vital-capacity": 15, "sprint-50m": 20, "sit-and-reach": 30, "rope-skipping": 20 },
  ],
  [
    "grades 1–2",
    { grade: 2 },
    "female",
    { bmi: 15, "vital-capacity": 15, "sprint-50m": 20, "sit-and-reach": 30, "rope-skipping": 20 },
  ],
  [
    "grades 3–4",
    { grade: 4 },
    "male",
    { bmi: 15, "vital-capacity": 15, "sprint-50m": 20, "sit-and-reach": 20, "rope-skipping": 20, "sit-ups": 10 },
  ],
  [
    "grades 5–6",
    { grade: 5 },
    "female",
    {
      bmi: 15,
      "vital-capacity": 15,
      "sprint-50m": 20,
      "sit-and-reach": 10,
      "rope-skipping": 10,
      "sit-ups": 20,
      "shuttle-run-50x8": 10,
    },
  ],
  [
    "secondary boys",
    { grade: 7 },
    "male",
    {
      bmi: 15,
      "vital-capacity": 15,
      "sprint-50m": 20,
      "sit-and-reach": 10,
      "standing-long-jump": 10,
      "pull-ups": 10,
      "run-1000m": 20,
    },
  ],
  [
    "secondary girls",
    { grade: 12 },
    "female",
    {
      bmi: 15,
      "vital-capacity": 15,
      "sprint-50m": 20,
      "sit-and-reach": 10,
      "standing-long-jump": 10,
      "sit-ups": 10,
      "run-800m": 20,
    },
  ],
  [
    "university girls",
    { universityYear: 4 },
    "female",
    {
      bmi: 15,
      "vital-capacity": 15,
      "sprint-50m": 20,
      "sit-and-reach": 10,
      "standing-long-jump": 10,
      "sit-ups": 10,
      "run-800m": 20,
    },
  ],
];

const without = (o: Record<string, number>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const only = (weights: Record<string, number>, hot: string, value = 100) =>
  Object.fromEntries(Object.keys(weights).map((k) => [k, k === hot ? value : 0]));

describe("scoreFitness — item weights of the 2014 standard", () => {
  test.each(
    HAND_WEIGHTS.flatMap(([name, year, sex, weights]) =>
      Object.entries(weights).map(([item, weight]) => [name, sex, item, weight, year, weights] as const),
    ),
  )("%s %s: %s at 100, others 0 → 标准分 %i", (_name, sex, item, weight, year, weights) => {
    const r = scoreFitness({ sex, ...year, items: only(weights, item) });
    expect(r.ok && r.value.standardScore).toBe(weight);
    expect(r.ok && r.value.items.find((x) => x.item === item)?.weight).toBe(weight);
  });
});

const boys7 = (run: number) => ({
  sex: "male" as const,
  grade: 7,
  items: {
    bmi: 100,
    "vital-capacity": 100,
    "sprint-50m": 100,
    "sit-and-reach": 100,
    "standing-long-jump": 100,
    "pull-ups": 100,
    "run-1000m": run,
  },
});
const allAt = (score: number, sex: "male" | "female", grade: number) => {
  const g = fitnessWeights2014.groups.find((x) => x.level === "school" && x.years[0] <= grade && grade <= x.years[1]);
  return { sex, grade, items: Object.fromEntries((g?.items[sex] ?? []).map((x) => [x.item, score])) };
};

describe("scoreFitness — totals and grade boundaries", () => {
  test.each([
    // name, input, standardScore, bonus, total, grade
    [
      "grade 2 boy with 6 skipping bonus points: 15 + 12 + 17 + 27 + 20 = 91, + 6",
      {
        sex: "male" as const,
        grade: 2,
        items: { bmi: 100, "vital-capacity": 80, "sprint-50m": 85, "sit-and-reach": 90, "rope-skipping": 100 },
        bonus: { "rope-skipping": 6 },
      },
      91,
      6,
      97,
      "excellent",
    ],
    [
      "grade 5 girl: 15 + 11.7 + 14.4 + 6.6 + 10 + 18 + 6 = 81.7, + 20 skipping",
      {
        sex: "female" as const,
        grade: 5,
        items: {
          bmi: 100,
          "vital-capacity": 78,
          "sprint-50m": 72,
          "sit-and-reach": 66,
          "rope-skipping": 100,
          "sit-ups": 90,
          "shuttle-run-50x8": 60,
        },
        bonus: { "rope-skipping": 20 },
      },
      81.7,
      20,
      101.7,
      "excellent",
    ],
    [
      "grade 8 girl: 9 + 7.5 + 10 + 5 + 5 + 10 + 20 = 66.5, + 10 + 10",
      {
        sex: "female" as const,
        grade: 8,
        items: {
          bmi: 60,
          "vital-capacity": 50,
          "sprint-50m": 50,
          "sit-and-reach": 50,
          "standing-long-jump": 50,
          "sit-ups": 100,
          "run-800m": 100,
        },
        bonus: { "sit-ups": 10, "run-800m": 10 },
      },
      66.5,
      20,
      86.5,
      "good",
    ],
    ["grade 7 boy, 1000 m at 49.5 → 89.9", boys7(49.5), 89.9, 0, 89.9, "good"],
    ["grade 7 boy, 1000 m at 49.75 → 89.95 → 90.0", boys7(49.75), 90, 0, 90, "excellent"],
    ["grade 10 girl, all 60 → 60.0", allAt(60, "female", 10), 60, 0, 60, "pass"],
    ["grade 10 girl, all 59.9 → 59.9", allAt(59.9, "female", 10), 59.9, 0, 59.9, "fail"],
    ["grade 3 boy, all 80 → 80.0", allAt(80, "male", 3), 80, 0, 80, "good"],
    ["grade 3 boy, all 79.9 → 79.9", allAt(79.9, "male", 3), 79.9, 0, 79.9, "pass"],
    [
      "university year 3 boy, all 100 + 10 + 10 → 120",
      {
        ...boys7(100),
        grade: undefined,
        universityYear: 3,
        bonus: { "pull-ups": 10, "run-1000m": 10 },
      },
      100,
      20,
      120,
      "excellent",
    ],
  ])("%s", (_name, input, standardScore, bonus, total, grade) => {
    const r = scoreFitness(input);
    expect(r).toMatchObject({ ok: true, value: { standardScore, bonus, total, grade } });
  });

  test("the result names its group and standard, and lists every item with its weight", () => {
    const r = scoreFitness({ ...boys7(100), grade: undefined, universityYear: 1 });
    expect(r).toMatchObject({
      ok: true,
      value: {
        group: { id: "university", label: { zh: "大学各年级" } },
        standard: "cn-student-fitness-2014-weights@2014",
      },
    });
    expect(r.ok && r.value.items.map((x) => [x.item, x.weight])).toEqual([
      ["bmi", 15],
      ["vital-capacity", 15],
      ["sprint-50m", 20],
      ["sit-and-reach", 10],
      ["standing-long-jump", 10],
      ["pull-ups", 10],
      ["run-1000m", 20],
    ]);
  });
});

describe("scoreFitness — typed errors", () => {
  test.each([
    [
      "a missing required item",
      { sex: "female", grade: 1, items: { bmi: 100 } },
      "missing-item",
      ["items", "vital-capacity"],
    ],
    [
      "pull-ups for a girl (she is tested on sit-ups)",
      { ...allAt(80, "female", 9), items: { ...allAt(80, "female", 9).items, "pull-ups": 80 } },
      "item-not-in-group",
      ["items", "pull-ups"],
    ],
    [
      "a boy's sit-ups instead of pull-ups",
      { ...boys7(80), items: { ...without(boys7(80).items, "pull-ups"), "sit-ups": 90 } },
      "missing-item",
      ["items", "pull-ups"],
    ],
    [
      "skipping bonus in secondary",
      { ...boys7(100), bonus: { "rope-skipping": 5 } },
      "bonus-not-in-group",
      ["bonus", "rope-skipping"],
    ],
    [
      "11 pull-up bonus points",
      { ...boys7(100), bonus: { "pull-ups": 11 } },
      "bonus-over-limit",
      ["bonus", "pull-ups"],
    ],
    [
      "bonus on an item below 100",
      { ...boys7(95), bonus: { "run-1000m": 3 } },
      "bonus-without-full-score",
      ["bonus", "run-1000m"],
    ],
  ])("%s → FitnessError %s", (_name, input, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const r = scoreFitness(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("FitnessError");
    expect(r.error._tag === "FitnessError" && r.error.reason).toBe(reason);
    expect(r.error._tag === "FitnessError" && r.error.path).toEqual(path);
    expect(r.error.messageZh.length).toBeGreaterThan(0);
  });

  test.each([
    ["grade 0", { ...allAt(80, "male", 3), grade: 0 }, ["grade"]],
    ["grade 13", { ...allAt(80, "male", 3), grade: 13 }, ["grade"]],
    ["no grade or year", { ...allAt(80, "male", 3), grade: undefined }, ["grade"]],
    ["both grade and university year", { ...boys7(90), universityYear: 1 }, ["grade"]],
    ["university year 5", { ...boys7(90), grade: undefined, universityYear: 5 }, ["universityYear"]],
    ["score 101", { ...boys7(101) }, ["items", "run-1000m"]],
    ["negative score", { ...boys7(-1) }, ["items", "run-1000m"]],
    ["NaN score", { ...boys7(Number.NaN) }, ["items", "run-1000m"]],
    ["unknown item", { ...boys7(90), items: { ...boys7(90).items, swim: 80 } }, ["items"]],
    ["unknown key", { ...boys7(90), name: "x" }, []],
    ["unknown sex", { ...boys7(90), sex: "x" }, ["sex"]],
  ])("rejects %s with a ValidationError", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const r = scoreFitness(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error._tag === "ValidationError" && r.error.issues.map((i) => i.path)).toContainEqual(path);
  });

  test("a custom table with a gap or bad weights is refused, not guessed", () => {
    const noUniversity = {
      ...fitnessWeights2014,
      groups: fitnessWeights2014.groups.filter((g) => g.level === "school"),
    };
    const r1 = scoreFitness({ ...boys7(90), grade: undefined, universityYear: 2 }, noUniversity);
    expect(!r1.ok && r1.error._tag === "FitnessError" && r1.error.reason).toBe("no-group");
    const badWeights = {
      ...fitnessWeights2014,
      groups: fitnessWeights2014.groups.map((g) =>
        g.id === "secondary" ? { ...g, items: { ...g.items, male: g.items.male.slice(1) } } : g,
      ),
    };
    const r2 = scoreFitness({ ...boys7(90), items: without(boys7(90).items, "bmi") }, badWeights);
    expect(!r2.ok && r2.error._tag === "FitnessError" && r2.error.reason).toBe("invalid-standard");
  });
});

describe("scoreFitness — properties", () => {
  const yearArb = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((grade) => ({ grade })),
    fc.integer({ min: 1, max: 4 }).map((universityYear) => ({ universityYear })),
  );
  const groupOf = (y: { grade?: number; universityYear?: number }) =>
    fitnessWeights2014.groups.find((g) =>
      y.grade !== undefined
        ? g.level === "school" && g.years[0] <= y.grade && y.grade <= g.years[1]
        : g.level === "university",
    );

  test("标准分 is the weighted mean within 0–100, total = 标准分 + 附加分 ≤ 120, and raising an item never lowers it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("male" as const, "female" as const),
        yearArb,
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.nat({ max: 6 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (sex, year, scores, pick, raise) => {
          const group = groupOf(year);
          if (!group) throw new Error("no group");
          const list = group.items[sex];
          const items = Object.fromEntries(list.map((x, i) => [x.item, scores[i] ?? 0])) as Record<FitnessItem, number>;
          const r = scoreFitness({ sex, ...year, items });
          if (!r.ok) throw new Error(r.error.message);
          const exact = list.reduce((s, x) => s + (items[x.item] * x.weight) / 100, 0);
          expect(Math.abs(r.value.standardScore - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(r.value.standardScore).toBeGreaterThanOrEqual(0);
          expect(r.value.standardScore).toBeLessThanOrEqual(100);
          expect(r.value.total).toBe(r.value.standardScore);
          const target = list[pick % list.length]?.item as FitnessItem;
          const higher = scoreFitness({
            sex,
            ...year,
            items: { ...items, [target]: Math.max(items[target], raise) },
          });
          if (!higher.ok) throw new Error(higher.error.message);
          expect(higher.value.standardScore).toBeGreaterThanOrEqual(r.value.standardScore);
        },
      ),
    );
  });

  test("with full bonus items, total ≤ 120 and the grade follows the total", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("male" as const, "female" as const),
        yearArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sex, year, share) => {
          const group = groupOf(year);
          if (!group) throw new Error("no group");
          const items = Object.fromEntries(group.items[sex].map((x) => [x.item, 100]));
          const bonus = Object.fromEntries(group.bonus[sex].map((b) => [b.item, Math.floor(b.maxPoints * share)]));
          const r = scoreFitness({ sex, ...year, items, bonus });
          if (!r.ok) throw new Error(r.error.message);
          expect(r.value.total).toBeLessThanOrEqual(120);
          expect(r.value.total).toBe(100 + r.value.bonus);
          expect(r.value.grade).toBe("excellent");
        },
      ),
    );
  });
});
