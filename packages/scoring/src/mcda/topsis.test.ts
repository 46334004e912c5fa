import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { CriterionType } from "./Matrix.js";
import { type TopsisNormalization, topsis } from "./topsis.js";

// Hwang & Yoon (1981), Multiple Attribute Decision Making, §3.3 fighter-aircraft example: max speed, ferry range,
// max payload, acquisition cost (cost), reliability, manoeuvrability; w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3).
// Published relative closeness C* = (0.643, 0.268, 0.613…0.614, 0.312): A1 > A3 > A4 > A2.
const aircraft = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];
const aircraftOptions = {
  weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
  types: [1, 1, 1, -1, 1, 1] as CriterionType[],
  normalization: "vector" as const,
};

describe("topsis — published worked example", () => {
  test("Hwang & Yoon fighter aircraft: C* and ranking", () => {
    const r = topsis(aircraft, aircraftOptions);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    [0.643, 0.268, 0.6135, 0.312].forEach((c, i) => {
      expect(Math.abs((r.value.scores[i] as number) - c)).toBeLessThan(6e-4);
    });
    expect(r.value.ranks).toEqual([1, 4, 2, 3]);
    // The ideal takes the lowest cost, the anti-ideal the highest (column 4, cost).
    expect(r.value.ideal[3]).toBeCloseTo((0.1 * 4.5) / Math.hypot(5.5, 6.5, 4.5, 5.0), 14);
    expect(r.value.antiIdeal[3]).toBeCloseTo((0.1 * 6.5) / Math.hypot(5.5, 6.5, 4.5, 5.0), 14);
    expect(r.value).toMatchObject({ normalization: "vector", types: [1, 1, 1, -1, 1, 1] });
  });

  test("weights are renormalised and reported; closeness does not depend on their scale", () => {
    const a = topsis(aircraft, aircraftOptions);
    const b = topsis(aircraft, { ...aircraftOptions, weights: [20, 10, 10, 10, 20, 30] });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    b.value.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(aircraftOptions.weights[j] as number, 14);
    });
    b.value.scores.forEach((s, i) => {
      expect(s).toBeCloseTo(a.value.scores[i] as number, 14);
    });
  });

  test("min–max and no normalisation are explicit options and can rank differently", () => {
    const mm = topsis(aircraft, { ...aircraftOptions, normalization: "minmax" });
    const none = topsis(aircraft, { ...aircraftOptions, normalization: "none" });
    expect(mm.ok && none.ok).toBe(true);
    if (!mm.ok || !none.ok) return;
    // Without normalisation the payload column (18 000 … 21 000) dominates every distance, so the ranking follows
    // payload: A3 (21 000) first, A2 (18 000) last, and A1 no longer wins as it does with vector normalisation.
    expect(none.value.ranks[2]).toBe(1);
    expect(none.value.ranks[1]).toBe(4);
    expect(none.value.ranks[0]).not.toBe(1);
    expect(mm.value.normalization).toBe("minmax");
  });

  test("ties get competition ranks; all-equal alternatives all score 0.5 and rank 1", () => {
    const r = topsis(
      [
        [1, 2],
        [3, 1],
        [1, 2],
      ],
      { weights: [0.5, 0.5], types: [1, -1], normalization: "vector" },
    );
    // Row 1 has the highest benefit and the lowest cost; rows 0 and 2 are identical and share rank 2.
    expect(r.ok && r.value.ranks).toEqual([2, 1, 2]);
    const flat = topsis(
      [
        [4, 4],
        [4, 4],
      ],
      { weights: [1, 1], types: [1, 1], normalization: "minmax" },
    );
    expect(flat).toMatchObject({ ok: true, value: { scores: [0.5, 0.5], ranks: [1, 1] } });
  });
});

describe("topsis — typed errors", () => {
  test.each([
    [
      "mismatched weights",
      [[1, 2]],
      { weights: [1], types: [1, 1], normalization: "vector" },
      "length-mismatch",
      ["weights"],
    ],
    [
      "negative weight",
      [[1, 2]],
      { weights: [1, -1], types: [1, 1], normalization: "vector" },
      "invalid-weights",
      ["weights", 1],
    ],
    [
      "zero weights",
      [[1, 2]],
      { weights: [0, 0], types: [1, 1], normalization: "vector" },
      "invalid-weights",
      ["weights"],
    ],
    [
      "NaN weight",
      [[1, 2]],
      { weights: [1, Number.NaN], types: [1, 1], normalization: "vector" },
      "not-finite",
      ["weights", 1],
    ],
    [
      "mismatched types",
      [[1, 2]],
      { weights: [1, 1], types: [1], normalization: "vector" },
      "length-mismatch",
      ["types"],
    ],
    ["bad type", [[1, 2]], { weights: [1, 1], types: [1, 0], normalization: "vector" }, "invalid-option", ["types", 1]],
    [
      "bad normalisation",
      [[1, 2]],
      { weights: [1, 1], types: [1, 1], normalization: "sum" },
      "invalid-option",
      ["normalization"],
    ],
    [
      "NaN cell",
      [
        [1, 2],
        [3, Number.NaN],
      ],
      { weights: [1, 1], types: [1, 1], normalization: "vector" },
      "not-finite",
      [1, 1],
    ],
    ["ragged", [[1, 2], [3]], { weights: [1, 1], types: [1, 1], normalization: "vector" }, "ragged", [1]],
  ])("%s → %s", (_, matrix, options, reason, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    const r = topsis(matrix as number[][], options as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
  });
});

// Independent oracle: the textbook loops, step by step (normalised matrix, weighted matrix, ideal sets, distances).
const oracle = (x: number[][], w: number[], types: number[], norm: TopsisNormalization): number[] => {
  const m = x.length;
  const n = w.length;
  const wsum = w.reduce((a, b) => a + b, 0);
  const r: number[][] = [];
  for (let i = 0; i < m; i++) {
    r.push([]);
    for (let j = 0; j < n; j++) {
      const col = x.map((row) => row[j] as number);
      let v = x[i]?.[j] as number;
      if (norm === "vector") {
        const d = Math.sqrt(col.reduce((s, c) => s + c * c, 0));
        v = d === 0 ? 0 : v / d;
      } else if (norm === "minmax") {
        const lo = Math.min(...col);
        const hi = Math.max(...col);
        v = hi === lo ? 0 : (v - lo) / (hi - lo);
      }
      r[i]?.push((v * (w[j] as number)) / wsum);
    }
  }
  const best: number[] = [];
  const worst: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = r.map((row) => row[j] as number);
    best.push(types[j] === 1 ? Math.max(...col) : Math.min(...col));
    worst.push(types[j] === 1 ? Math.min(...col) : Math.max(...col));
  }
  return r.map((row) => {
    const dp = Math.sqrt(row.reduce((s, v, j) => s + (v - (best[j] as number)) ** 2, 0));
    const dm = Math.sqrt(row.reduce((s, v, j) => s + (v - (worst[j] as number)) ** 2, 0));
    return dp + dm === 0 ? 0.5 : dm / (dp + dm);
  });
};

const problemArb = fc.tuple(fc.integer({ min: 2, max: 15 }), fc.integer({ min: 1, max: 6 })).chain(([m, n]) =>
  fc.record({
    x: fc.array(
      fc.array(
        fc.integer({ min: 1, max: 100_000 }).map((v) => v / 100),
        { minLength: n, maxLength: n },
      ),
      {
        minLength: m,
        maxLength: m,
      },
    ),
    w: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    types: fc.array(fc.constantFrom(1 as const, -1 as const), { minLength: n, maxLength: n }),
    norm: fc.constantFrom("vector" as const, "minmax" as const, "none" as const),
  }),
);

describe("topsis — properties", () => {
  test("equals the textbook-loop oracle; scores in [0, 1]; ranks are 1 + the number of strictly better scores", () => {
    fc.assert(
      fc.property(problemArb, ({ x, w, types, norm }) => {
        const r = topsis(x, { weights: w, types, normalization: norm });
        if (!r.ok) return false;
        const expected = oracle(x, w, types, norm);
        expected.forEach((s, i) => {
          expect(r.value.scores[i]).toBeCloseTo(s, 10);
        });
        r.value.scores.forEach((s, i) => {
          expect(s >= 0 && s <= 1).toBe(true);
          expect(r.value.ranks[i]).toBe(1 + r.value.scores.filter((t) => t > s + 1e-12).length);
        });
        return true;
      }),
    );
  });

  test("with distinct scores the ranks are a permutation of 1…m", () => {
    fc.assert(
      fc.property(problemArb, ({ x, w, types, norm }) => {
        const r = topsis(x, { weights: w, types, normalization: norm });
        if (!r.ok) return false;
        const sorted = [...r.value.scores].sort((a, b) => a - b);
        fc.pre(sorted.every((s, i) => i === 0 || s - (sorted[i - 1] as number) > 1e-9));
        expect([...r.value.ranks].sort((a, b) => a - b)).toEqual(x.map((_, i) => i + 1));
        return true;
      }),
    );
  });

  test("vector normalisation: scaling a benefit column by a positive constant changes nothing", () => {
    fc.assert(
      fc.property(problemArb, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ x, w, types }, k) => {
        const opts = {
          weights: w,
          types: types.map((t, j) => (j === 0 ? 1 : t)) as CriterionType[],
          normalization: "vector" as const,
        };
        const a = topsis(x, opts);
        const b = topsis(
          x.map((row) => row.map((v, j) => (j === 0 ? v * k : v))),
          opts,
        );
        if (!a.ok || !b.ok) return false;
        a.value.scores.forEach((s, i) => {
          expect(b.value.scores[i]).toBeCloseTo(s, 10);
        });
        return true;
      }),
    );
  });

  test("an alternative that dominates another never scores lower", () => {
    fc.assert(
      fc.property(problemArb, fc.double({ min: 0, max: 10, noNaN: true }), ({ x, w, types, norm }, bump) => {
        // Row 0 improved on every criterion relative to row 1 (higher benefit, lower cost).
        const y = x.map((row) => [...row]);
        y[0] = (y[1] as number[]).map((v, j) => (types[j] === 1 ? v + bump : Math.max(0, v - bump)));
        const r = topsis(y, { weights: w, types, normalization: norm });
        if (!r.ok) return false;
        return (r.value.scores[0] as number) >= (r.value.scores[1] as number) - 1e-12;
      }),
    );
  });
});
