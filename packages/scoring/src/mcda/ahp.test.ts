import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ahp } from "./ahp.js";
import { RANDOM_INDEX } from "./randomIndex.js";

// Saaty (1980), The Analytic Hierarchy Process, §2 "wealth of nations" (US, USSR, China, France, UK, Japan, W. Germany):
// λmax = 7.61, priorities (.427, .230, .021, .052, .052, .123, .094) — consistent at CR ≈ 0.08.
const wealth = [
  [1, 4, 9, 6, 6, 5, 5],
  [1 / 4, 1, 7, 5, 5, 3, 4],
  [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
  [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
];
// Saaty (1977), "A scaling method for priorities in hierarchical structures", J. Math. Psychology 15: relative
// brightness of four chairs from a light, λmax = 4.39 — CI = 0.13, so CR = 0.145 > 0.10 with Saaty's RI = 0.90.
const light = [
  [1, 5, 6, 7],
  [1 / 5, 1, 4, 6],
  [1 / 6, 1 / 4, 1, 4],
  [1 / 7, 1 / 6, 1 / 4, 1],
];

describe("ahp — Saaty's classic matrices", () => {
  test("wealth of nations: λmax 7.61, published priorities, consistent", () => {
    const r = ahp(wealth);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lambdaMax).toBeCloseTo(7.61, 2);
    [0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094].forEach((w, i) => {
      expect(r.value.weights[i]).toBeCloseTo(w, 3);
    });
    expect(r.value.ri).toBe(1.32);
    expect(r.value.cr).toBeCloseTo(0.0767, 3);
    expect(r.value.consistent).toBe(true);
  });

  test("light intensity: λmax 4.39, CI 0.13, CR 0.14 → inconsistent (flagged, or rejected on request)", () => {
    const r = ahp(light);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lambdaMax).toBeCloseTo(4.39, 2);
    expect(r.value.ci).toBeCloseTo(0.13, 2);
    expect(r.value.cr).toBeCloseTo(0.1447, 3);
    expect(r.value.consistent).toBe(false);
    expect(r.value.worstJudgment).not.toBeNull();
    const rejected = ahp(light, { onInconsistent: "error" });
    expect(rejected).toMatchObject({ ok: false, error: { _tag: "McdaError", reason: "inconsistent" } });
  });

  test("the Tummala–Ling table gives a different CR for the same judgments, never a mix", () => {
    const s = ahp(light, { randomIndex: "saaty" });
    const t = ahp(light, { randomIndex: "tummala-ling" });
    expect(s.ok && t.ok).toBe(true);
    if (!s.ok || !t.ok) return;
    expect(t.value.ri).toBe(0.8921);
    expect(t.value.cr).toBeCloseTo(s.value.ci / 0.8921, 14);
    expect(t.value.randomIndex).toBe("tummala-ling");
  });

  test("random-index tables are exactly the published ones", () => {
    expect(RANDOM_INDEX.saaty).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]);
    expect(RANDOM_INDEX["tummala-ling"]).toEqual([
      0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831,
    ]);
  });
});

describe("ahp — small cases", () => {
  test.each([
    ["n = 1", [[1]], [1]],
    [
      "n = 2",
      [
        [1, 3],
        [1 / 3, 1],
      ],
      [0.75, 0.25],
    ],
    [
      "consistent 3 × 3 from w = (0.5, 0.3, 0.2)",
      [
        [1, 5 / 3, 5 / 2],
        [3 / 5, 1, 3 / 2],
        [2 / 5, 2 / 3, 1],
      ],
      [0.5, 0.3, 0.2],
    ],
  ])("%s", (_, matrix, weights) => {
    for (const method of ["eigenvector", "geometric"] as const) {
      const r = ahp(matrix, { method });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      weights.forEach((w, i) => {
        expect(r.value.weights[i]).toBeCloseTo(w, 12);
      });
      expect(r.value.cr).toBeCloseTo(0, 12);
      expect(r.value.consistent).toBe(true);
      expect(r.value.lambdaMax).toBeCloseTo(matrix.length, 12);
    }
  });

  test("CR is 0 for n ≤ 2 by definition", () => {
    const r = ahp([
      [1, 9],
      [1 / 9, 1],
    ]);
    expect(r.ok && r.value.cr).toBe(0);
  });

  test("accepts reciprocals written to three decimals, rejects two", () => {
    expect(
      ahp([
        [1, 6, 3],
        [0.167, 1, 0.5],
        [0.333, 2, 1],
      ]).ok,
    ).toBe(true);
    expect(
      ahp([
        [1, 6, 3],
        [0.167, 1, 0.5],
        [0.33, 2, 1],
      ]),
    ).toMatchObject({ ok: false, error: { reason: "not-reciprocal", path: [0, 2] } });
  });
});

describe("ahp — typed errors naming the cell", () => {
  test.each([
    [
      "non-reciprocal",
      [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1, 1],
      ],
      "not-reciprocal",
      [1, 2],
    ],
    [
      "diagonal ≠ 1",
      [
        [1, 2],
        [1 / 2, 2],
      ],
      "not-reciprocal",
      [1, 1],
    ],
    [
      "zero judgment",
      [
        [1, 0],
        [1, 1],
      ],
      "non-positive",
      [0, 1],
    ],
    [
      "negative judgment",
      [
        [1, 2],
        [-0.5, 1],
      ],
      "non-positive",
      [1, 0],
    ],
    [
      "NaN",
      [
        [1, Number.NaN],
        [1, 1],
      ],
      "not-finite",
      [0, 1],
    ],
    [
      "non-square",
      [
        [1, 2, 3],
        [0.5, 1, 2],
      ],
      "not-square",
      [0],
    ],
    ["ragged", [[1, 2], [0.5]], "not-square", [1]],
    ["empty", [], "empty", []],
    ["n = 16", Array.from({ length: 16 }, () => new Array(16).fill(1)), "unsupported-size", []],
  ])("%s → %s", (_, matrix, reason, path) => {
    const r = ahp(matrix as number[][]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("McdaError");
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
  });

  test("options are checked", () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed options
    expect(ahp([[1]], { randomIndex: "alonso" } as any)).toMatchObject({
      ok: false,
      error: { reason: "invalid-option", path: ["randomIndex"] },
    });
  });
});

// Random reciprocal matrices on Saaty's 1/9 … 9 scale.
const scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const reciprocalArb = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc.array(fc.constantFrom(...scale), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    let k = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const v = upper[k++] as number;
        (a[i] as number[])[j] = v;
        (a[j] as number[])[i] = 1 / v;
      }
    return a;
  }),
);

// Independent oracle: repeated squaring A ← A²/‖A²‖ (no power iteration on a vector); the normalised row sums of the
// limit give the Perron vector, and λmax = (A w)_i / w_i from the original matrix.
const squaringOracle = (a: number[][]): { w: number[]; lambda: number } => {
  let p = a.map((r) => [...r]);
  for (let it = 0; it < 60; it++) {
    const q = p.map((_, i) =>
      p.map((__, j) => p.reduce((s, _r, k) => s + (p[i]?.[k] as number) * (p[k]?.[j] as number), 0)),
    );
    const total = q.flat().reduce((s, x) => s + x, 0);
    p = q.map((r) => r.map((x) => x / total));
  }
  const rows = p.map((r) => r.reduce((s, x) => s + x, 0));
  const sum = rows.reduce((s, x) => s + x, 0);
  const w = rows.map((x) => x / sum);
  const aw = a.map((r) => r.reduce((s, x, j) => s + x * (w[j] as number), 0));
  return { w, lambda: aw.reduce((s, x) => s + x, 0) / (w.reduce((s, x) => s + x, 0) || 1) };
};

describe("ahp — properties against independent oracles", () => {
  test("eigenvector and λmax equal the repeated-squaring oracle on random reciprocal matrices (n ≤ 15)", () => {
    fc.assert(
      fc.property(reciprocalArb, (a) => {
        const r = ahp(a);
        if (!r.ok) return false;
        const o = squaringOracle(a);
        o.w.forEach((w, i) => {
          expect(r.value.weights[i]).toBeCloseTo(w, 9);
        });
        expect(r.value.lambdaMax).toBeCloseTo(o.lambda, 8);
        expect(r.value.lambdaMax).toBeGreaterThanOrEqual(a.length - 1e-9);
        expect(r.value.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        const ri = RANDOM_INDEX.saaty[a.length - 1] as number;
        expect(r.value.cr).toBeCloseTo(a.length <= 2 ? 0 : (o.lambda - a.length) / (a.length - 1) / ri, 7);
        expect(r.value.consistent).toBe(r.value.cr <= 0.1);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  test("geometric method equals (Π_j a_ij)^(1/n) normalised", () => {
    fc.assert(
      fc.property(reciprocalArb, (a) => {
        const r = ahp(a, { method: "geometric" });
        if (!r.ok) return false;
        const g = a.map((row) => row.reduce((p, x) => p * x, 1) ** (1 / a.length));
        const s = g.reduce((p, x) => p + x, 0);
        g.forEach((x, i) => {
          expect(r.value.weights[i]).toBeCloseTo(x / s, 12);
        });
        return true;
      }),
    );
  });

  test("judgments derived from any positive weights are consistent and give those weights back", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 15 }), (v) => {
        const a = v.map((x) => v.map((y) => x / y));
        const r = ahp(a);
        if (!r.ok) return false;
        const s = v.reduce((p, x) => p + x, 0);
        v.forEach((x, i) => {
          expect(r.value.weights[i]).toBeCloseTo(x / s, 10);
        });
        return r.value.consistent && r.value.cr < 1e-9;
      }),
    );
  });

  test("a strongly intransitive matrix (a > b > c > a at 9) is rejected as inconsistent", () => {
    const r = ahp([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    expect(r.ok && r.value.consistent).toBe(false);
    expect(r.ok && r.value.cr).toBeGreaterThan(1);
  });
});
