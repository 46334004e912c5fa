import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { weightedGeometricMean } from "./weightedGeometricMean.js";
import { weightedMean } from "./weightedMean.js";

describe("weightedMean — missing values", () => {
  test.each([
    // values, weights, minCoverage, value, coverage
    ["all present", [80, 70, 60], [0.5, 0.25, 0.25], 0, 72.5, 1],
    ["one missing → renormalised", [80, null, 60], [0.5, 0.25, 0.25], 0, (0.5 * 80 + 0.25 * 60) / 0.75, 0.75],
    ["coverage exactly at threshold", [80, null, 60], [0.5, 0.25, 0.25], 0.75, (0.5 * 80 + 0.25 * 60) / 0.75, 0.75],
    ["coverage below threshold → null", [80, null, 60], [0.5, 0.25, 0.25], 0.8, null, 0.75],
    ["all missing → null", [null, null], [1, 1], 0, null, 0],
    ["weights need not sum to 1", [10, 20], [1, 3], 0, 17.5, 1],
  ] as const)("%s", (_, values, weights, minCoverage, value, coverage) => {
    const r = weightedMean(values, weights, { minCoverage });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if (value === null) expect(r.value.value).toBeNull();
    else expect(r.value.value).toBeCloseTo(value, 12);
    expect(r.value.coverage).toBeCloseTo(coverage, 14);
  });

  test("reports the weights used, the missing and the imputed values", () => {
    const r = weightedMean([80, null, 60, 50], [0.4, 0.2, 0.2, 0.2], { imputed: [false, false, true, false] });
    expect(r).toMatchObject({ ok: true, value: { missing: [1], imputed: [2], method: "arithmetic", minCoverage: 0 } });
    if (!r.ok) return;
    expect(r.value.weightsUsed[1]).toBeNull();
    expect(r.value.weightsUsed[0]).toBeCloseTo(0.5, 14);
    expect(r.value.weightsUsed.reduce<number>((s, w) => s + (w ?? 0), 0)).toBeCloseTo(1, 14);
  });
});

describe("weightedMean / weightedGeometricMean — typed errors", () => {
  test.each([
    ["mismatched weights", weightedMean, [1, 2, 3], [1, 1], {}, "length-mismatch", ["weights"]],
    ["NaN value is not a missing value", weightedMean, [1, Number.NaN], [1, 1], {}, "not-finite", [1]],
    ["negative weight", weightedMean, [1, 2], [1, -1], {}, "invalid-weights", ["weights", 1]],
    ["zero weights", weightedMean, [1, 2], [0, 0], {}, "invalid-weights", ["weights"]],
    ["imputed flags length", weightedMean, [1, 2], [1, 1], { imputed: [true] }, "length-mismatch", ["imputed"]],
    ["coverage above 1", weightedMean, [1, 2], [1, 1], { minCoverage: 1.5 }, "invalid-option", ["minCoverage"]],
    ["geometric: zero value", weightedGeometricMean, [1, 0], [1, 1], {}, "non-positive", [1]],
    ["geometric: negative value", weightedGeometricMean, [-2, 3], [1, 1], {}, "non-positive", [0]],
  ] as const)("%s → %s", (_, f, values, weights, options, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    const r = f(values as any, weights as any, options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
  });
});

describe("weightedGeometricMean", () => {
  test.each([
    [[4, 9], [1, 1], 6],
    [[2, 8], [0.5, 0.5], 4],
    [[10, null, 1000], [1, 1, 1], 100],
    [[1, 100], [3, 1], 100 ** 0.25],
  ] as const)("%j with %j → %f", (values, weights, expected) => {
    const r = weightedGeometricMean(values, weights);
    expect(r.ok && r.value.value).toBeCloseTo(expected, 12);
    expect(r.ok && r.value.method).toBe("geometric");
  });
});

const inputArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    values: fc.array(fc.option(fc.double({ min: 0.1, max: 100, noNaN: true }), { nil: null, freq: 3 }), {
      minLength: n,
      maxLength: n,
    }),
    weights: fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
  }),
);

describe("weighted means — properties", () => {
  test("renormalising equals imputing each missing value with the weighted mean of the present ones", () => {
    fc.assert(
      fc.property(inputArb, ({ values, weights }) => {
        const r = weightedMean(values, weights);
        if (!r.ok) return false;
        const present = values.flatMap((v, k) => (v === null ? [] : [[v, weights[k] as number] as const]));
        if (present.length === 0) return r.value.value === null;
        // Oracle: plain ratio of sums over the present values, then check the imputation identity on the full vector.
        const m = present.reduce((s, [v, w]) => s + v * w, 0) / present.reduce((s, [, w]) => s + w, 0);
        const filled = values.map((v) => v ?? m);
        const full = filled.reduce((s, v, k) => s + v * (weights[k] as number), 0) / weights.reduce((s, w) => s + w, 0);
        expect(r.value.value).toBeCloseTo(m, 10);
        expect(r.value.value).toBeCloseTo(full, 10);
        return true;
      }),
    );
  });

  test("geometric ≤ arithmetic (AM–GM), both between the smallest and largest present value", () => {
    fc.assert(
      fc.property(inputArb, ({ values, weights }) => {
        const a = weightedMean(values, weights);
        const g = weightedGeometricMean(values, weights);
        if (!a.ok || !g.ok) return false;
        const present = values.filter((v): v is number => v !== null);
        if (present.length === 0) return a.value.value === null && g.value.value === null;
        const lo = Math.min(...present);
        const hi = Math.max(...present);
        const av = a.value.value as number;
        const gv = g.value.value as number;
        return gv <= av * (1 + 1e-12) && gv >= lo * (1 - 1e-12) && av <= hi * (1 + 1e-12);
      }),
    );
  });

  test("result is null exactly when coverage < minCoverage", () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ values, weights }, minCoverage) => {
        const r = weightedMean(values, weights, { minCoverage });
        if (!r.ok) return false;
        const total = weights.reduce((s, w) => s + w, 0);
        const covered = weights.reduce((s, w, k) => s + (values[k] === null ? 0 : w), 0);
        expect(r.value.coverage).toBeCloseTo(covered / total, 12);
        return (r.value.value === null) === (covered === 0 || r.value.coverage < minCoverage);
      }),
    );
  });
});
