import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ahp } from "../mcda/ahp.js";
import { criticWeights } from "../mcda/criticWeights.js";
import { entropyWeights } from "../mcda/entropyWeights.js";
import { weightedMean } from "../mcda/weightedMean.js";
import type { Evaluation } from "./Evaluation.js";
import { evaluate } from "./evaluate.js";
import type { IndicatorFrameworkInput } from "./IndicatorFramework.js";
import type { WeightSource } from "./WeightSource.js";

const unit = { zh: "分", en: "points" };
type Norm = IndicatorFrameworkInput["dimensions"][number]["indicators"][number]["normalization"];
const ind = (id: string, normalization: Norm, direction: "benefit" | "cost" = "benefit", target?: number) => ({
  id,
  nameZh: id,
  nameEn: id,
  direction,
  unit,
  normalization,
  ...(target === undefined ? {} : { target }),
});

// Hand-computed: dimension A (weight 2) = a1 goalposts 0–10 (w 1) + a2 goalposts 0–10 cost (w 3); dimension B
// (weight 1) = b1 min–max. X: a1 5 → 50, a2 2 → 80, b1 10 → 0; Y: 100, 0, 100; Z: 0, 100, missing.
// A = .25·a1 + .75·a2: X 72.5, Y 25, Z 75. B: X 0, Y 100, Z null (coverage 0).
// Total: X = 2/3·72.5 = 48.33, Y = 2/3·25 + 1/3·100 = 50, Z = 75 (B's weight redistributed, coverage 2/3 ≥ 0.5).
const handFramework: IndicatorFrameworkInput = {
  id: "hand",
  version: "1",
  nameZh: "手算",
  nameEn: "Hand",
  source: "test",
  dimensionWeights: { kind: "fixed", weights: { a: 2, b: 1 } },
  dimensions: [
    {
      id: "a",
      nameZh: "A",
      nameEn: "A",
      weights: { kind: "fixed", weights: { a1: 1, a2: 3 } },
      indicators: [
        ind("a1", { method: "goalposts", low: 0, high: 10 }),
        ind("a2", { method: "goalposts", low: 0, high: 10 }, "cost"),
      ],
    },
    { id: "b", nameZh: "B", nameEn: "B", weights: { kind: "equal" }, indicators: [ind("b1", { method: "minmax" })] },
  ],
};
const handData = {
  alternatives: [
    { id: "X", values: { a1: 5, a2: 2, b1: 10 } },
    { id: "Y", values: { a1: 10, a2: 10, b1: 20 } },
    { id: "Z", values: { a1: 0, a2: 0, b1: null } },
  ],
};

const ok = (r: ReturnType<typeof evaluate>): Evaluation => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("evaluate — hand-computed framework", () => {
  const e = ok(evaluate(handFramework, handData));
  test.each([
    ["X", 48.333333333333336, 3, [72.5, 0]],
    ["Y", 50, 2, [25, 100]],
    ["Z", 75, 1, [75, null]],
  ] as const)("%s: total %d, rank %d, dimensions %j", (id, total, rank, dims) => {
    const a = e.alternatives.find((x) => x.id === id);
    expect(a?.total).toBeCloseTo(total, 12);
    expect(a?.rank).toBe(rank);
    a?.dimensions.forEach((d, k) => {
      if (dims[k] === null) expect(d.score).toBeNull();
      else expect(d.score).toBeCloseTo(dims[k] as number, 12);
    });
  });

  test("order, global weights and provenance", () => {
    expect(e.order).toEqual(["Z", "Y", "X"]);
    expect(e.weights.global.a1).toBeCloseTo(2 / 3 / 4, 14);
    expect(e.weights.global.a2).toBeCloseTo((2 / 3) * 0.75, 14);
    expect(e.weights.global.b1).toBeCloseTo(1 / 3, 14);
    expect(e.weights.dimensions.source).toBe("fixed");
    expect(e.normalisation.b1).toMatchObject({
      method: "minmax",
      basis: { min: 10, max: 20 },
      dropped: null,
      present: 2,
    });
  });

  test("the explanation names the missing indicator, the coverage and each contribution", () => {
    const z = e.alternatives.find((x) => x.id === "Z");
    expect(z?.explanation.missing).toEqual(["b1"]);
    expect(z?.explanation.coverage).toBeCloseTo(2 / 3, 14);
    const [a1, a2, b1] = z?.explanation.indicators ?? [];
    expect(a1).toMatchObject({ raw: 0, normalised: 0, weightUsed: 0.25, contribution: 0, status: "present" });
    expect(a2).toMatchObject({ raw: 0, normalised: 100, weightUsed: 0.75, contribution: 75, status: "present" });
    expect(b1).toMatchObject({ raw: null, normalised: null, weightUsed: 0, contribution: null, status: "missing" });
  });

  test("a dimension score equals weightedMean over its present indicators", () => {
    const x = e.alternatives.find((a) => a.id === "X");
    const wm = weightedMean([50, 80], [1, 3]);
    expect(wm.ok && x?.dimensions[0]?.score).toBeCloseTo(wm.ok ? (wm.value.value as number) : Number.NaN, 12);
  });
});

describe("evaluate — normalisation methods", () => {
  const one = (normalization: Norm, direction: "benefit" | "cost", values: (number | null)[], target?: number) => {
    const f: IndicatorFrameworkInput = {
      ...handFramework,
      dimensionWeights: { kind: "equal" },
      dimensions: [
        {
          id: "d",
          nameZh: "d",
          nameEn: "d",
          weights: { kind: "equal" },
          indicators: [ind("x", normalization, direction, target)],
        },
      ],
    };
    const r = ok(evaluate(f, { alternatives: values.map((v, i) => ({ id: `a${i}`, values: { x: v } })) }));
    return r.alternatives.map((a) => a.total);
  };
  test.each([
    ["minmax benefit", { method: "minmax" }, "benefit", [2, 4, 6], undefined, [0, 50, 100]],
    ["minmax cost", { method: "minmax" }, "cost", [2, 4, 6], undefined, [100, 50, 0]],
    ["target benefit (x − min)/(target − min), capped", { method: "target" }, "benefit", [2, 6, 12], 10, [0, 50, 100]],
    [
      "target cost (max − x)/(max − target), capped",
      { method: "target" },
      "cost",
      [3, 6, 10],
      4,
      [100, 66.66666666666667, 0],
    ],
    [
      "goalposts truncated to [0, 100]",
      { method: "goalposts", low: 1, high: 5 },
      "benefit",
      [0, 3, 9],
      undefined,
      [0, 50, 100],
    ],
    ["goalposts cost", { method: "goalposts", low: 0, high: 20 }, "cost", [5, 20, 30], undefined, [75, 0, 0]],
  ] as const)("%s", (_, normalization, direction, values, target, expected) => {
    const got = one(normalization as Norm, direction, [...values], target);
    got.forEach((g, i) => {
      expect(g).toBeCloseTo(expected[i] as number, 10);
    });
  });

  test("a constant indicator under min–max is dropped (weight 0) and reported; under goalposts it counts", () => {
    const f: IndicatorFrameworkInput = {
      ...handFramework,
      dimensionWeights: { kind: "equal" },
      dimensions: [
        {
          id: "d",
          nameZh: "d",
          nameEn: "d",
          weights: { kind: "equal" },
          indicators: [
            ind("flat", { method: "minmax" }),
            ind("g", { method: "goalposts", low: 0, high: 10 }),
            ind("v", { method: "minmax" }),
          ],
        },
      ],
    };
    const e = ok(
      evaluate(f, {
        alternatives: [
          { id: "p", values: { flat: 3, g: 5, v: 1 } },
          { id: "q", values: { flat: 3, g: 5, v: 2 } },
        ],
      }),
    );
    expect(e.normalisation.flat?.dropped).toBe("constant");
    expect(e.weights.indicators.d?.weights).toEqual({ flat: 0, g: 0.5, v: 0.5 });
    expect(e.alternatives.map((a) => a.total)).toEqual([25, 75]);
    expect(e.alternatives[0]?.explanation.indicators[0]?.status).toBe("dropped");
  });
});

describe("evaluate — weight sources", () => {
  const cols = { a: [1, 4, 2, 8, 5], b: [10, 30, 20, 50, 15], c: [3, 1, 2, 5, 4] };
  const data = {
    alternatives: [0, 1, 2, 3, 4].map((i) => ({ id: `r${i}`, values: { a: cols.a[i], b: cols.b[i], c: cols.c[i] } })),
  };
  const framework = (weights: WeightSource | { kind: "ahp"; pairwise: number[][] }): IndicatorFrameworkInput => ({
    ...handFramework,
    dimensionWeights: { kind: "equal" },
    dimensions: [
      {
        id: "d",
        nameZh: "d",
        nameEn: "d",
        weights,
        indicators: [ind("a", { method: "minmax" }), ind("b", { method: "minmax" }), ind("c", { method: "minmax" })],
      },
    ],
  });
  const minmax = (xs: number[]) => xs.map((x) => (100 * (x - Math.min(...xs))) / (Math.max(...xs) - Math.min(...xs)));
  const normRows = [0, 1, 2, 3, 4].map((i) => [minmax(cols.a)[i], minmax(cols.b)[i], minmax(cols.c)[i]] as number[]);
  const pairwise = [
    [1, 3, 5],
    [1 / 3, 1, 2],
    [1 / 5, 1 / 2, 1],
  ];
  const ahpW = ahp(pairwise);
  const ent = entropyWeights(normRows);
  const crit = criticWeights(normRows);
  test.each([
    ["equal", { kind: "equal" }, [1 / 3, 1 / 3, 1 / 3]],
    ["fixed (renormalised)", { kind: "fixed", weights: { a: 2, b: 1, c: 1 } }, [0.5, 0.25, 0.25]],
    ["ahp (principal eigenvector)", { kind: "ahp", pairwise }, ahpW.ok ? ahpW.value.weights : []],
    ["entropy (on normalised values)", { kind: "entropy" }, ent.ok ? ent.value.weights : []],
    ["critic (on normalised values)", { kind: "critic" }, crit.ok ? crit.value.weights : []],
  ] as const)("%s", (_, source, expected) => {
    const e = ok(evaluate(framework(source as WeightSource), data));
    const w = e.weights.indicators.d?.weights ?? {};
    ["a", "b", "c"].forEach((id, j) => {
      expect(w[id]).toBeCloseTo(expected[j] as number, 12);
    });
    expect(e.weights.indicators.d?.source).toBe(source.kind);
  });

  test("AHP provenance carries CR and names the worst judgment by id", () => {
    const e = ok(evaluate(framework({ kind: "ahp", pairwise } as WeightSource), data));
    const p = e.weights.indicators.d?.ahp;
    expect(p?.consistent).toBe(true);
    expect(p?.cr).toBeGreaterThan(0);
    expect(["a", "b", "c"]).toContain(p?.worstJudgment?.row);
  });

  test("entropy reports how many complete alternatives it used; fewer than 2 is a weights error", () => {
    const e = ok(evaluate(framework({ kind: "entropy" }), data));
    expect(e.weights.indicators.d?.computedOn).toBe(5);
    const sparse = {
      alternatives: [
        { id: "p", values: { a: 1, b: 2, c: null } },
        { id: "q", values: { a: 2, b: null, c: 3 } },
        { id: "r", values: { a: 3, b: 4, c: 5 } },
      ],
    };
    const r = evaluate(framework({ kind: "entropy" }), sparse);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ _tag: "EvaluationError", reason: "weights", path: ["dimensions", 0, "weights"] });
  });

  test("inconsistent AHP judgments: flagged by default, refused with onInconsistent: error", () => {
    const bad = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const flagged = ok(evaluate(framework({ kind: "ahp", pairwise: bad } as WeightSource), data));
    expect(flagged.weights.indicators.d?.ahp?.consistent).toBe(false);
    const refused = evaluate(framework({ kind: "ahp", pairwise: bad, onInconsistent: "error" } as WeightSource), data);
    expect(refused.ok || refused.error).toMatchObject({ reason: "weights", cause: { reason: "inconsistent" } });
  });
});

describe("evaluate — coverage", () => {
  test("below minCoverage the total is null, the rank null, and the alternative is ordered last", () => {
    const e = ok(
      evaluate(
        { ...handFramework, minCoverage: 0.9 },
        {
          alternatives: [
            { id: "sparse", values: { a1: 10, a2: 0 } },
            { id: "full", values: { a1: 1, a2: 9, b1: 3 } },
            { id: "full2", values: { a1: 2, a2: 9, b1: 4 } },
          ],
        },
      ),
    );
    const sparse = e.alternatives[0];
    expect(sparse?.total).toBeNull();
    expect(sparse?.rank).toBeNull();
    expect(sparse?.explanation.indicators.every((x) => x.contribution === null)).toBe(true);
    expect(e.order).toEqual(["full2", "full", "sparse"]);
  });
});

describe("evaluate — errors are typed and specific", () => {
  test.each([
    [
      "unknown indicator",
      { alternatives: [{ id: "a", values: { a1: 1, nope: 2 } }] },
      "unknown-indicator",
      ["alternatives", 0, "values", "nope"],
    ],
    [
      "NaN",
      { alternatives: [{ id: "a", values: { a1: Number.NaN } }] },
      "not-finite",
      ["alternatives", 0, "values", "a1"],
    ],
    [
      "Infinity",
      { alternatives: [{ id: "a", values: { a2: Number.POSITIVE_INFINITY } }] },
      "not-finite",
      ["alternatives", 0, "values", "a2"],
    ],
    [
      "a string",
      { alternatives: [{ id: "a", values: { a1: "5" } }] },
      "not-finite",
      ["alternatives", 0, "values", "a1"],
    ],
    [
      "duplicate ids",
      {
        alternatives: [
          { id: "a", values: {} },
          { id: "a", values: {} },
        ],
      },
      "duplicate-alternative",
      ["alternatives", 1, "id"],
    ],
    ["no alternatives", { alternatives: [] }, "empty", ["alternatives"]],
    ["no id", { alternatives: [{ values: {} }] }, "invalid-alternative", ["alternatives", 0]],
    ["not an object", null, "invalid-alternative", ["alternatives"]],
  ] as const)("%s", (_, data, reason, path) => {
    const r = evaluate(handFramework, data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ _tag: "EvaluationError", reason, path });
  });

  test("all indicators constant: no-information", () => {
    const f: IndicatorFrameworkInput = {
      ...handFramework,
      dimensionWeights: { kind: "equal" },
      dimensions: [
        { id: "d", nameZh: "d", nameEn: "d", weights: { kind: "equal" }, indicators: [ind("x", { method: "minmax" })] },
      ],
    };
    const r = evaluate(f, {
      alternatives: [
        { id: "p", values: { x: 1 } },
        { id: "q", values: { x: 1 } },
      ],
    });
    expect(r.ok || r.error).toMatchObject({ reason: "no-information" });
  });

  test.each([
    [
      "fixed weights missing a child",
      { dimensionWeights: { kind: "fixed", weights: { a: 1 } } },
      ["dimensionWeights", "weights", "b"],
    ],
    ["AHP of the wrong size", { dimensionWeights: { kind: "ahp", pairwise: [[1]] } }, ["dimensionWeights", "pairwise"]],
    [
      "non-reciprocal AHP",
      {
        dimensionWeights: {
          kind: "ahp",
          pairwise: [
            [1, 3],
            [3, 1],
          ],
        },
      },
      ["dimensionWeights", "pairwise", 0, 1],
    ],
    [
      "target normalisation without a target",
      {
        dimensions: [{ ...handFramework.dimensions[1], indicators: [ind("b1", { method: "target" })] }],
        dimensionWeights: { kind: "equal" },
      },
      ["dimensions", 0, "indicators", 0, "target"],
    ],
    [
      "an indicator id used twice",
      {
        dimensions: [
          handFramework.dimensions[0],
          { ...handFramework.dimensions[1], indicators: [ind("a1", { method: "minmax" })] },
        ],
      },
      ["dimensions", 1, "indicators", 0, "id"],
    ],
  ] as const)("invalid framework: %s → ValidationError at its path", (_, patch, path) => {
    const r = evaluate({ ...handFramework, ...patch } as IndicatorFrameworkInput, handData);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error._tag === "ValidationError") expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
    else expect.unreachable("expected a ValidationError");
  });
});

// ---- Properties over random frameworks and data -------------------------------------------------------------------

const normArb: fc.Arbitrary<Norm> = fc.oneof(
  fc.constant({ method: "minmax" } as Norm),
  fc.constant({ method: "target" } as Norm),
  fc
    .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 100 }))
    .map(([low, span]) => ({ method: "goalposts", low, high: low + span }) as Norm),
);
const sourceArb = (k: number): fc.Arbitrary<WeightSource> =>
  fc.oneof(
    fc.constant({ kind: "equal" } as WeightSource),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: k, maxLength: k }).map((ws) => ({
      kind: "fixed" as const,
      weights: Object.fromEntries(ws.map((w, j) => [`i${j}`, w])),
    })) as fc.Arbitrary<WeightSource>,
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: k, maxLength: k }).map(
      (ws) =>
        ({
          kind: "ahp",
          pairwise: ws.map((wi) => ws.map((wj) => wi / wj)),
        }) as unknown as WeightSource,
    ),
  );

const frameworkArb = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) =>
    fc.tuple(
      fc.tuple(
        ...sizes.map((k) =>
          fc.tuple(
            fc.array(fc.tuple(normArb, fc.boolean(), fc.integer({ min: -20, max: 120 })), {
              minLength: k,
              maxLength: k,
            }),
            sourceArb(k),
          ),
        ),
      ),
      fc.constantFrom(0, 0.3, 0.6),
    ),
  )
  .map(([dims, minCoverage]) => {
    let n = 0;
    const f: IndicatorFrameworkInput = {
      id: "random",
      version: "1",
      nameZh: "随机",
      nameEn: "Random",
      source: "property test",
      minCoverage,
      dimensionWeights: { kind: "equal" },
      dimensions: dims.map(([inds, source], d) => {
        const ids = inds.map(() => `x${n++}`);
        const rename = (s: WeightSource): WeightSource =>
          s.kind === "fixed"
            ? { kind: "fixed", weights: Object.fromEntries(ids.map((id, j) => [id, s.weights[`i${j}`] as number])) }
            : s;
        return {
          id: `d${d}`,
          nameZh: `d${d}`,
          nameEn: `d${d}`,
          weights: rename(source),
          indicators: inds.map(([norm, cost, target], j) =>
            ind(ids[j] as string, norm, cost ? "cost" : "benefit", target),
          ),
        };
      }),
    };
    return { f, ids: Array.from({ length: n }, (_, k) => `x${k}`) };
  });

const dataArb = (ids: string[]) =>
  fc
    .array(
      fc.array(fc.option(fc.double({ min: -100, max: 200, noNaN: true }), { nil: null, freq: 4 }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .map((rows) => ({
      alternatives: rows.map((row, i) => ({
        id: `alt-${i}`,
        values: Object.fromEntries(ids.map((id, k) => [id, row[k] ?? null])),
      })),
    }));

const caseArb = frameworkArb.chain(({ f, ids }) => dataArb(ids).map((data) => ({ f, data })));

describe("evaluate — properties", () => {
  test("scores in [0, 100]; ranks are competition ranks of the totals; order is a permutation; contributions sum to the total", () => {
    fc.assert(
      fc.property(caseArb, ({ f, data }) => {
        const r = evaluate(f, data);
        if (!r.ok) {
          // Only "nothing separates the alternatives" may refuse random valid data.
          expect(r.error).toMatchObject({ reason: "no-information" });
          return;
        }
        const e = r.value;
        const totals = e.alternatives.map((a) => a.total);
        for (const a of e.alternatives) {
          if (a.total !== null) {
            expect(a.total).toBeGreaterThanOrEqual(0);
            expect(a.total).toBeLessThanOrEqual(100);
            const sum = a.explanation.indicators.reduce((s, x) => s + (x.contribution ?? 0), 0);
            expect(sum).toBeCloseTo(a.total, 9);
            const used = a.explanation.indicators.reduce((s, x) => s + x.weightUsed, 0);
            const scoredDims = a.dimensions.filter((d) => d.weightUsed > 0);
            if (scoredDims.length === a.dimensions.filter((d) => d.score !== null).length)
              expect(used).toBeCloseTo(1, 9);
            // competition rank = 1 + number of strictly better totals (better beyond competitionRanks' tie tolerance)
            const s = a.total;
            const better = totals.filter(
              (t) => t !== null && t - s > 1e-12 * Math.max(1, Math.abs(t), Math.abs(s)),
            ).length;
            expect(a.rank).toBe(better + 1);
          } else expect(a.rank).toBeNull();
          for (const d of a.dimensions)
            if (d.score !== null) {
              expect(d.score).toBeGreaterThanOrEqual(0);
              expect(d.score).toBeLessThanOrEqual(100);
            }
          expect(a.explanation.coverage).toBeGreaterThanOrEqual(0);
          expect(a.explanation.coverage).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect([...e.order].sort()).toEqual(e.alternatives.map((a) => a.id).sort());
        const globalSum = Object.values(e.weights.global).reduce((s, w) => s + w, 0);
        expect(globalSum).toBeCloseTo(1, 9);
        const scored = e.alternatives.filter((a) => a.rank !== null);
        const distinct = new Set(scored.map((a) => a.total?.toFixed(6))).size === scored.length;
        if (distinct)
          expect(scored.map((a) => a.rank).sort((x, y) => (x as number) - (y as number))).toEqual(
            scored.map((_, i) => i + 1),
          );
      }),
      { numRuns: 300 },
    );
  });

  test("raising a goalposts benefit indicator never lowers that alternative's total", () => {
    const f: IndicatorFrameworkInput = {
      ...handFramework,
      dimensionWeights: { kind: "equal" },
      dimensions: [
        {
          id: "d",
          nameZh: "d",
          nameEn: "d",
          weights: { kind: "fixed", weights: { g: 2, h: 1 } },
          indicators: [
            ind("g", { method: "goalposts", low: 0, high: 10 }),
            ind("h", { method: "goalposts", low: 0, high: 10 }, "cost"),
          ],
        },
      ],
    };
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 15, noNaN: true }),
        (g, bump, h) => {
          const t = (x: number) =>
            ok(evaluate(f, { alternatives: [{ id: "a", values: { g: x, h } }] })).alternatives[0]?.total as number;
          expect(t(g + bump)).toBeGreaterThanOrEqual(t(g) - 1e-12);
        },
      ),
    );
  });
});
