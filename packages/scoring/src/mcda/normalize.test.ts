import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize } from "./normalize.js";

// Hand-computed from the formulas of REFERENCE §2 (OECD/JRC Handbook 2008).
describe("normalize — hand-computed examples", () => {
  test.each([
    ["minmax 0–100", [2, 4, 6, 10], { method: "minmax" }, [0, 25, 50, 100]],
    ["minmax cost", [2, 4, 6, 10], { method: "minmax", direction: "cost" }, [100, 75, 50, 0]],
    ["minmax to [1, 10]", [0, 5, 10], { method: "minmax", range: [1, 10] }, [1, 5.5, 10]],
    // mean 5, sample sd = sqrt(((−3)² + (−1)² + 1² + 3²)/3) = sqrt(20/3)
    ["zscore", [2, 4, 6, 8], { method: "zscore" }, [-3, -1, 1, 3].map((d) => d / Math.sqrt(20 / 3))],
    [
      "zscore cost",
      [2, 4, 6, 8],
      { method: "zscore", direction: "cost" },
      [3, 1, -1, -3].map((d) => d / Math.sqrt(20 / 3)),
    ],
    // benefit (x − min)/(target − min), capped at 1: min 50, target 90
    ["target benefit", [50, 70, 90, 95], { method: "target", target: 90 }, [0, 0.5, 1, 1]],
    // cost (max − x)/(max − target): max 20, target 10
    ["target cost", [20, 15, 10, 5], { method: "target", target: 10, direction: "cost" }, [0, 0.5, 1, 1]],
    ["target already met by all", [95, 97, 99], { method: "target", target: 90 }, [1, 1, 1]],
    ["target × 100", [50, 70, 90], { method: "target", target: 90, scale: 100 }, [0, 50, 100]],
    [
      "goalposts truncate",
      [-5, 0, 25, 50, 100, 120],
      { method: "goalposts", low: 0, high: 100 },
      [0, 0, 0.25, 0.5, 1, 1],
    ],
    ["goalposts cost", [0, 25, 100], { method: "goalposts", low: 0, high: 100, direction: "cost" }, [1, 0.75, 0]],
  ] as const)("%s", (_, values, options, expected) => {
    const r = normalize(values, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values).toHaveLength(expected.length);
    r.value.values.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i] as number, 12);
    });
  });

  test("missing values stay null and are left out of the statistics", () => {
    const r = normalize([null, 2, 4, null, 6], { method: "minmax" });
    expect(r).toMatchObject({
      ok: true,
      value: {
        values: [null, 0, 50, null, 100],
        present: 3,
        basis: { method: "minmax", min: 2, max: 6, range: [0, 100] },
      },
    });
  });

  test("the result names its basis", () => {
    const r = normalize([2, 4, 6, 8], { method: "zscore" });
    expect(r.ok && r.value.basis).toEqual({ method: "zscore", mean: 5, sd: Math.sqrt(20 / 3) });
    expect(r.ok && r.value.direction).toBe("benefit");
  });
});

describe("normalize — typed errors", () => {
  test.each([
    ["NaN", [1, Number.NaN, 3], { method: "minmax" }, "not-finite", [1]],
    ["Infinity", [1, 2, Number.POSITIVE_INFINITY], { method: "zscore" }, "not-finite", [2]],
    ["undefined hole", [1, undefined, 3], { method: "minmax" }, "not-finite", [1]],
    ["all missing", [null, null], { method: "minmax" }, "empty", []],
    ["constant min–max", [3, 3, 3], { method: "minmax" }, "constant", []],
    ["constant z-score", [3, 3, null, 3], { method: "zscore" }, "constant", []],
    ["one value z-score", [3], { method: "zscore" }, "too-few", []],
    ["unknown method", [1, 2], { method: "rank" }, "invalid-option", ["method"]],
    ["goalposts reversed", [1, 2], { method: "goalposts", low: 10, high: 0 }, "invalid-option", ["high"]],
    ["range reversed", [1, 2], { method: "minmax", range: [100, 0] }, "invalid-option", ["range"]],
    ["target missing", [1, 2], { method: "target" }, "invalid-option", ["target"]],
  ])("%s → %s", (_, values, options, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    const r = normalize(values as any, options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("McdaError");
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
    expect(r.error.messageZh.length).toBeGreaterThan(0);
  });
});

describe("normalize — properties", () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const spread = fc
    .array(finite, { minLength: 2, maxLength: 40 })
    .filter((xs) => Math.max(...xs) - Math.min(...xs) > 1e-6);

  test("min–max lands in [0, 100], hits both ends, and preserves order (reversed for cost)", () => {
    fc.assert(
      fc.property(spread, fc.constantFrom("benefit" as const, "cost" as const), (xs, direction) => {
        const r = normalize(xs, { method: "minmax", direction });
        if (!r.ok) return false;
        const v = r.value.values as number[];
        expect(Math.min(...v)).toBeCloseTo(0, 9);
        expect(Math.max(...v)).toBeCloseTo(100, 9);
        for (let i = 0; i < xs.length; i++)
          for (let k = 0; k < xs.length; k++)
            if ((xs[i] as number) < (xs[k] as number))
              expect(
                direction === "benefit" ? (v[i] as number) <= (v[k] as number) : (v[i] as number) >= (v[k] as number),
              ).toBe(true);
        return true;
      }),
    );
  });

  test("z-scores have mean 0 and sample variance 1 (oracle: two-pass variance from sums of squares)", () => {
    fc.assert(
      fc.property(spread, (xs) => {
        const r = normalize(xs, { method: "zscore" });
        if (!r.ok) return false;
        const z = r.value.values as number[];
        const n = z.length;
        const mean = z.reduce((a, b) => a + b, 0) / n;
        const sumSq = z.reduce((a, b) => a + b * b, 0);
        expect(mean).toBeCloseTo(0, 8);
        expect((sumSq - n * mean * mean) / (n - 1)).toBeCloseTo(1, 8);
        return true;
      }),
    );
  });

  test("goalposts and target stay within [0, scale]", () => {
    fc.assert(
      fc.property(spread, finite, fc.double({ min: 0.1, max: 1000, noNaN: true }), (xs, t, scale) => {
        const g = normalize(xs, { method: "goalposts", low: t, high: t + 1, scale });
        const d = normalize(xs, { method: "target", target: t, scale, direction: t > 0 ? "benefit" : "cost" });
        for (const r of [g, d]) {
          if (!r.ok) return false;
          for (const v of r.value.values) expect((v as number) >= 0 && (v as number) <= scale * (1 + 1e-12)).toBe(true);
        }
        return true;
      }),
    );
  });
});
