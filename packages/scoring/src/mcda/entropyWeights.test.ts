import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { entropyWeights } from "./entropyWeights.js";

describe("entropyWeights — hand-computed", () => {
  test("3 × 2: p = (¼, ¼, ½) and (0, ½, ½) with 0·ln 0 = 0", () => {
    // Column A: H = −(2 · ¼ ln ¼ + ½ ln ½) = 1.5 ln 2; column B: H = ln 2 (the zero contributes nothing).
    const dA = 1 - (1.5 * Math.LN2) / Math.log(3);
    const dB = 1 - Math.LN2 / Math.log(3);
    const r = entropyWeights([
      [1, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entropy[0]).toBeCloseTo((1.5 * Math.LN2) / Math.log(3), 14);
    expect(r.value.divergence[1]).toBeCloseTo(dB, 14);
    expect(r.value.weights[0]).toBeCloseTo(dA / (dA + dB), 14);
    expect(r.value.weights[1]).toBeCloseTo(dB / (dA + dB), 14);
    expect(r.value.method).toBe("entropy");
  });

  test("a constant column has entropy exactly 1 and weight exactly 0; a zero column too, and is listed", () => {
    const r = entropyWeights([
      [5, 0, 1],
      [5, 0, 2],
      [5, 0, 9],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entropy.slice(0, 2)).toEqual([1, 1]);
    expect(r.value.weights.slice(0, 2)).toEqual([0, 0]);
    expect(r.value.weights[2]).toBe(1);
    expect(r.value.zeroColumns).toEqual([1]);
  });
});

describe("entropyWeights — typed errors", () => {
  test.each([
    [
      "negative entry → shift first",
      [
        [1, 2],
        [3, -1],
      ],
      "negative",
      [1, 1],
      /shift/,
    ],
    [
      "NaN",
      [
        [1, 2],
        [Number.NaN, 1],
      ],
      "not-finite",
      [1, 0],
      /finite/,
    ],
    ["ragged", [[1, 2], [3]], "ragged", [1], /columns/],
    ["single alternative", [[1, 2]], "too-few", [], /at least 2/],
    ["no rows", [], "empty", [], /no rows/],
    [
      "nothing separates",
      [
        [1, 2],
        [1, 2],
      ],
      "degenerate",
      [],
      /undefined/,
    ],
  ])("%s", (_, matrix, reason, path, message) => {
    const r = entropyWeights(matrix as number[][]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
    expect(r.error.message).toMatch(message);
  });
});

// Independent oracle: transposes with map, takes log base m of each p directly, and skips zeros with filter.
const oracle = (matrix: number[][]): number[] => {
  const m = matrix.length;
  const cols = (matrix[0] as number[]).map((_, j) => matrix.map((row) => row[j] as number));
  const d = cols.map((c) => {
    const total = c.reduce((a, b) => a + b, 0);
    if (c.every((x) => x === c[0])) return 0;
    return 1 + c.filter((x) => x > 0).reduce((acc, x) => acc + (x / total) * (Math.log(x / total) / Math.log(m)), 0);
  });
  const sum = d.reduce((a, b) => a + b, 0);
  return d.map((x) => x / sum);
};

/** At least one column whose values differ by more than rounding (relative spread > 1e-6). */
const informative = (mx: number[][]) =>
  (mx[0] as number[]).some((_, j) => {
    const c = mx.map((row) => row[j] as number);
    return Math.max(...c) - Math.min(...c) > 1e-6 * Math.max(...c);
  });

const matrixArb = fc
  .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 6 }))
  .chain(([m, n]) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1000, noNaN: true })), {
        minLength: n,
        maxLength: n,
      }),
      { minLength: m, maxLength: m },
    ),
  )
  .filter(informative);

describe("entropyWeights — properties", () => {
  test("equals the independent oracle; weights are ≥ 0 and sum to 1", () => {
    fc.assert(
      fc.property(matrixArb, (mx) => {
        const r = entropyWeights(mx);
        if (!r.ok) return false;
        const w = r.value.weights;
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        oracle(mx).forEach((x, j) => {
          expect(w[j]).toBeCloseTo(x, 9);
        });
        return w.every((x) => x >= 0);
      }),
    );
  });

  test("scaling a column by a positive constant or permuting the rows changes nothing", () => {
    fc.assert(
      fc.property(matrixArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (mx, k) => {
        const a = entropyWeights(mx);
        const scaled = entropyWeights(mx.map((row) => row.map((x, j) => (j === 0 ? x * k : x))));
        const reversed = entropyWeights([...mx].reverse());
        if (!a.ok || !scaled.ok || !reversed.ok) return false;
        a.value.weights.forEach((w, j) => {
          expect(scaled.value.weights[j]).toBeCloseTo(w, 9);
          expect(reversed.value.weights[j]).toBeCloseTo(w, 9);
        });
        return true;
      }),
    );
  });
});
