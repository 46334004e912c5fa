import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { averageRanks } from "./averageRanks.js";
import { criticWeights } from "./criticWeights.js";

describe("criticWeights — hand-computed", () => {
  test("3 × 3: s_j = 0.5 each, r_ab = 0.5, r_ac = −1, r_bc = −0.5 → C = (1.25, 1, 1.75), w = C/4", () => {
    const r = criticWeights([
      [0, 0, 2],
      [1, 2, 1],
      [2, 1, 0],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { weights, sd, correlation, information, conflict } = r.value;
    [0.3125, 0.25, 0.4375].forEach((w, j) => {
      expect(weights[j]).toBeCloseTo(w, 14);
    });
    for (const s of sd) expect(s).toBeCloseTo(0.5, 14);
    expect(correlation[0]?.[1]).toBeCloseTo(0.5, 14);
    expect(correlation[0]?.[2]).toBeCloseTo(-1, 14);
    expect(correlation[1]?.[2]).toBeCloseTo(-0.5, 14);
    expect(conflict[0]).toBeCloseTo(2.5, 14);
    expect(information[2]).toBeCloseTo(1.75, 14);
    expect(r.value.correlationMethod).toBe("pearson");
  });

  test("Spearman uses average ranks for ties: ρ([1,2,2,3], [1,3,2,4]) = 4.5/√22.5", () => {
    expect(Array.from(averageRanks([1, 2, 2, 3]))).toEqual([1, 2.5, 2.5, 4]);
    const r = criticWeights(
      [
        [1, 1],
        [2, 3],
        [2, 2],
        [3, 4],
      ],
      { correlation: "spearman" },
    );
    expect(r.ok && r.value.correlation[0]?.[1]).toBeCloseTo(4.5 / Math.sqrt(22.5), 14);
    expect(r.ok && r.value.correlationMethod).toBe("spearman");
  });

  test("a constant column gets weight 0 and is left out of the others' conflict", () => {
    const withConstant = criticWeights([
      [0, 7, 0, 2],
      [1, 7, 2, 1],
      [2, 7, 1, 0],
    ]);
    const without = criticWeights([
      [0, 0, 2],
      [1, 2, 1],
      [2, 1, 0],
    ]);
    expect(withConstant.ok && without.ok).toBe(true);
    if (!withConstant.ok || !without.ok) return;
    expect(withConstant.value.constantColumns).toEqual([1]);
    expect(withConstant.value.weights[1]).toBe(0);
    expect([0, 2, 3].map((j) => withConstant.value.weights[j])).toEqual(without.value.weights);
  });
});

describe("criticWeights — typed errors", () => {
  test.each([
    [
      "NaN",
      [
        [1, 2],
        [Number.NaN, 1],
      ],
      {},
      "not-finite",
      [1, 0],
    ],
    ["one row", [[1, 2]], {}, "too-few", []],
    [
      "perfectly correlated",
      [
        [1, 2],
        [2, 4],
        [3, 6],
      ],
      {},
      "degenerate",
      [],
    ],
    [
      "unknown correlation",
      [
        [1, 2],
        [2, 1],
        [3, 3],
      ],
      { correlation: "kendall" },
      "invalid-option",
      ["correlation"],
    ],
  ])("%s → %s", (_, matrix, options, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed options
    const r = criticWeights(matrix as number[][], options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
  });
});

// Independent oracle: sample covariance from Σxy − n·x̄·ȳ on the raw columns (min–max does not change r), ranks by
// counting (#smaller + (#equal + 1)/2), s_j of the min–max column from Σx² − n·x̄².
const countRanks = (c: number[]) =>
  c.map((x) => c.filter((y) => y < x).length + (c.filter((y) => y === x).length + 1) / 2);
const oracle = (mx: number[][], spearman: boolean): number[] | null => {
  const m = mx.length;
  const raw = (mx[0] as number[]).map((_, j) => mx.map((row) => row[j] as number));
  const informative = raw.map((c) => Math.max(...c) > Math.min(...c));
  const z = raw.map((c) => c.map((x) => (x - Math.min(...c)) / (Math.max(...c) - Math.min(...c) || 1)));
  const sd = z.map((c) => {
    const mean = c.reduce((a, b) => a + b, 0) / m;
    return Math.sqrt(Math.max(0, c.reduce((a, b) => a + b * b, 0) - m * mean * mean) / (m - 1));
  });
  const cols = spearman ? raw.map(countRanks) : raw;
  const corr = (a: number[], b: number[]) => {
    const ma = a.reduce((s, x) => s + x, 0) / m;
    const mb = b.reduce((s, x) => s + x, 0) / m;
    const sab = a.reduce((s, x, i) => s + x * (b[i] as number), 0) - m * ma * mb;
    const saa = a.reduce((s, x) => s + x * x, 0) - m * ma * ma;
    const sbb = b.reduce((s, x) => s + x * x, 0) - m * mb * mb;
    return sab / Math.sqrt(saa * sbb);
  };
  const C = cols.map((a, j) =>
    informative[j]
      ? (sd[j] as number) * cols.reduce((s, b, k) => s + (informative[k] ? 1 - (j === k ? 1 : corr(a, b)) : 0), 0)
      : 0,
  );
  const total = C.reduce((a, b) => a + b, 0);
  return total > 1e-9 ? C.map((c) => c / total) : null;
};

describe("criticWeights — properties", () => {
  const matrixArb = fc.tuple(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 2, max: 6 })).chain(([m, n]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }), {
      minLength: m,
      maxLength: m,
    }),
  );

  test.each(["pearson", "spearman"] as const)("%s: equals the independent oracle; weights sum to 1", (method) => {
    fc.assert(
      fc.property(matrixArb, (mx) => {
        const expected = oracle(mx, method === "spearman");
        const r = criticWeights(mx, { correlation: method });
        if (expected === null) return !r.ok && r.error.reason === "degenerate";
        if (!r.ok) return false;
        expect(r.value.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expected.forEach((w, j) => {
          expect(r.value.weights[j]).toBeCloseTo(w, 8);
        });
        return true;
      }),
    );
  });
});
