import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rankSensitivity } from "./rankSensitivity.js";
import { topsis } from "./topsis.js";

const venues = [
  [0.9, 120, 3],
  [0.8, 150, 1],
  [0.7, 90, 2],
  [0.85, 100, 4],
  [0.6, 160, 2],
];
const base = { weights: [0.5, 0.3, 0.2], types: [1, 1, -1] as const };

describe("rankSensitivity", () => {
  test("same seed → same result; the base ranking is TOPSIS's", () => {
    const a = rankSensitivity(venues, { ...base, types: [...base.types], runs: 300, seed: 9 });
    const b = rankSensitivity(venues, { ...base, types: [...base.types], runs: 300, seed: 9 });
    expect(a).toEqual(b);
    const t = topsis(venues, { ...base, types: [...base.types], normalization: "vector" });
    expect(a.ok && t.ok).toBe(true);
    if (!a.ok || !t.ok) return;
    expect(a.value.alternatives.map((x) => x.baseRank)).toEqual(t.value.ranks);
    expect(a.value.baseScores).toEqual(t.value.scores);
    expect(a.value).toMatchObject({
      runs: 300,
      seed: 9,
      model: "topsis",
      perturbation: { distribution: "uniform", spread: 0.2 },
    });
  });

  test("no perturbation and one normalisation: every interval collapses onto the base rank", () => {
    const r = rankSensitivity(venues, {
      ...base,
      types: [...base.types],
      perturbation: { distribution: "none" },
      runs: 50,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const a of r.value.alternatives)
      expect([a.p5, a.medianRank, a.p95]).toEqual([a.baseRank, a.baseRank, a.baseRank]);
    expect(r.value.meanAbsoluteShift).toBe(0);
  });

  test("two alternatives trading off: P(flip) = 0.126 analytically, so the 5–95 % interval spans both ranks", () => {
    // Weighted sum of min–max scores: A = w1, B = w2; w = (0.55, 0.45) ×(1 + U(−0.2, 0.2)) each. B wins iff
    // u2 > 2/9 + (11/9)·u1: a triangle of area ½ · (2/11) · (2/9) … over 0.4² → p ≈ 0.126, well inside (0.05, 0.5).
    for (const perturbation of [{ distribution: "uniform", spread: 0.2 }] as const) {
      const r = rankSensitivity(
        [
          [1, 0],
          [0, 1],
        ],
        { weights: [0.55, 0.45], types: [1, 1], model: "weighted-sum", perturbation, runs: 4000, seed: 1 },
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.alternatives).toEqual([
        { baseRank: 1, medianRank: 1, p5: 1, p95: 2 },
        { baseRank: 2, medianRank: 2, p5: 1, p95: 2 },
      ]);
    }
    // A concentrated Dirichlet (κ = 2000) almost never flips: P(w2 > w1) is ~1e-5.
    const tight = rankSensitivity(
      [
        [1, 0],
        [0, 1],
      ],
      {
        weights: [0.55, 0.45],
        types: [1, 1],
        model: "weighted-sum",
        perturbation: { distribution: "dirichlet", concentration: 2000 },
        runs: 2000,
      },
    );
    expect(tight.ok && tight.value.alternatives[0]).toEqual({ baseRank: 1, medianRank: 1, p5: 1, p95: 1 });
  });

  test("the normalisation drawn is counted and reported", () => {
    const r = rankSensitivity(venues, {
      ...base,
      types: [...base.types],
      normalizations: ["vector", "minmax", "none"],
      runs: 600,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const counts = r.value.normalizationRuns;
    expect((counts.vector ?? 0) + (counts.minmax ?? 0) + (counts.none ?? 0)).toBe(600);
    for (const k of ["vector", "minmax", "none"] as const) expect(counts[k]).toBeGreaterThan(150);
  });

  test.each([
    ["weights length", { weights: [1, 1], types: [1, 1, 1] }, "length-mismatch", ["weights"]],
    ["types", { weights: [1, 1, 1], types: [1, 2, 1] }, "invalid-option", ["types", 1]],
    [
      "normalisation for the model",
      { weights: [1, 1, 1], types: [1, 1, 1], model: "weighted-sum", normalizations: ["vector"] },
      "invalid-option",
      ["normalizations", 0],
    ],
    [
      "spread",
      { weights: [1, 1, 1], types: [1, 1, 1], perturbation: { distribution: "uniform", spread: 2 } },
      "invalid-option",
      ["perturbation", "spread"],
    ],
    ["runs", { weights: [1, 1, 1], types: [1, 1, 1], runs: 0 }, "invalid-option", ["runs"]],
  ])("%s → %s", (_, options, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed options
    const r = rankSensitivity(venues, options as any);
    expect(r).toMatchObject({ ok: false, error: { reason, path } });
  });

  test("property: intervals are ordered, within 1…m, and a dominating alternative is always first", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((m) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 3 }), {
            minLength: m,
            maxLength: m,
          }),
        ),
        fc.constantFrom("topsis" as const, "weighted-sum" as const),
        fc.integer(),
        (rows, model, seed) => {
          // Row 0 is strictly better than every other row on every criterion (benefit, benefit, cost).
          const x = [[60, 60, -1], ...rows];
          const r = rankSensitivity(x, { weights: [0.4, 0.4, 0.2], types: [1, 1, -1], model, runs: 40, seed });
          if (!r.ok) return false;
          for (const a of r.value.alternatives) {
            expect(a.p5).toBeLessThanOrEqual(a.medianRank);
            expect(a.medianRank).toBeLessThanOrEqual(a.p95);
            expect(a.p5).toBeGreaterThanOrEqual(1);
            expect(a.p95).toBeLessThanOrEqual(x.length);
          }
          expect(r.value.alternatives[0]).toEqual({ baseRank: 1, medianRank: 1, p5: 1, p95: 1 });
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});
