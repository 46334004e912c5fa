import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { type DeaUnit, dea } from "./dea.js";
import { type Highs, highsRadial, loadHighs } from "./deaWithHighs.testing.js";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/**
 * θ* or φ* agrees with HiGHS within 1e-6 — or are better while our benchmark is feasible (checked separately), which
 * proves HiGHS stopped early: on large degenerate instances it did, e.g. θ = 0.0020561 where our exactly feasible
 * benchmark gives 0.0020255.
 */
const expectOptimal = (ours: number, reference: number, orientation: "input" | "output") => {
  if (orientation === "input") expect(ours).toBeLessThanOrEqual(reference + 1e-6);
  else expect(ours).toBeGreaterThanOrEqual(reference - 1e-6);
};

/** Our benchmark λ must satisfy unit o's envelopment constraints on the raw data (relative tolerance 1e-8). */
const expectFeasible = (
  X: number[][],
  Y: number[][],
  o: number,
  u: DeaUnit,
  model: "CCR" | "BCC",
  orientation: "input" | "output",
) => {
  const t = u.radial;
  (X[o] as number[]).forEach((xo, i) => {
    const lhs = u.lambdas.reduce((acc, l, j) => acc + l * (X[j]?.[i] as number), 0);
    const rhs = orientation === "input" ? t * xo : xo;
    expect(lhs).toBeLessThanOrEqual(rhs + 1e-8 * Math.max(1, rhs, lhs));
  });
  (Y[o] as number[]).forEach((yo, r) => {
    const lhs = u.lambdas.reduce((acc, l, j) => acc + l * (Y[j]?.[r] as number), 0);
    const rhs = orientation === "input" ? yo : t * yo;
    expect(lhs).toBeGreaterThanOrEqual(rhs - 1e-8 * Math.max(1, rhs, lhs));
  });
  expect(u.lambdas.every((l) => l >= 0)).toBe(true);
  if (model === "BCC") expect(u.lambdas.reduce((a, l) => a + l, 0)).toBeCloseTo(1, 8);
};

describe("dea — hand-computed", () => {
  // One input, one output. Units (x, y): A (2, 1), B (4, 3), C (6, 4), D (5, 2).
  const X = [[2], [4], [6], [5]];
  const Y = [[1], [3], [4], [2]];
  test.each([
    // CCR: efficiency = (y/x) / max(y/x), max ratio 0.75 (B).
    ["CCR", "input", [0.5 / 0.75, 1, 4 / 6 / 0.75, 0.4 / 0.75]],
    ["CCR", "output", [0.5 / 0.75, 1, 4 / 6 / 0.75, 0.4 / 0.75]],
    // BCC input: D needs y ≥ 2 from A–B: λ_B ≥ ½ → input ≥ 3 → θ = 3/5. A (least input) and C (most output) efficient.
    ["BCC", "input", [1, 1, 1, 0.6]],
    // BCC output: D may use x ≤ 5 from B–C: λ_C = ½ → y = 3.5 → φ = 1.75.
    ["BCC", "output", [1, 1, 1, 1 / 1.75]],
  ] as const)("%s %s-oriented", (model, orientation, expected) => {
    const r = dea(X, Y, { model, orientation });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expected.forEach((e, k) => {
      expect(r.value.efficiencies[k]).toBeCloseTo(e, 12);
    });
    expect(r.value.returnsToScale).toBe(model === "CCR" ? "constant" : "variable");
  });

  test("D's BCC-input benchmark: peers A and B with λ = ½, target input 3, output 2", () => {
    const r = dea(X, Y, { model: "BCC" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value.units[3];
    expect(d?.peers).toEqual([0, 1]);
    expect(d?.lambdas[0]).toBeCloseTo(0.5, 12);
    expect(d?.inputTargets[0]).toBeCloseTo(3, 12);
    expect(d?.outputTargets[0]).toBeCloseTo(2, 12);
    expect(d?.status).toBe("inefficient");
  });

  test("radially efficient but with slack → weakly efficient, and the slack is reported in original units", () => {
    // P (1, 2 | 1) and Q (1, 3 | 1): Q can keep its output with 1 unit less of input 2.
    const r = dea(
      [
        [1, 2],
        [1, 3],
      ],
      [[1], [1]],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.efficiencies).toEqual([1, 1]);
    expect(r.value.units.map((u) => u.status)).toEqual(["efficient", "weakly-efficient"]);
    expect(r.value.units[1]?.inputSlacks[1]).toBeCloseTo(1, 12);
    expect(r.value.units[1]?.inputTargets).toEqual([1, 2].map((v) => expect.closeTo(v, 12)));
    expect(r.value.units[1]?.peers).toEqual([0]);
  });

  test("badly scaled BCC-output case: φ* = 1 + 1/(15 · 993), verified by hand (HiGHS at default tolerances says 1)", () => {
    // Unit 5 (x = 3, 717; y = 993, 1) mixes units 2 and 7 with λ = 14/15, 1/15: input 1 is 14/15 + 31/15 = 3, and
    // output 1 is (14 · 993 + 994)/15 = 993 · (1 + 1/(15 · 993)).
    const X = [
      [1, 1],
      [3, 1],
      [1, 1],
      [2, 1],
      [1, 1],
      [3, 717],
      [3, 1],
      [31, 392],
      [1, 1],
    ];
    const Y = [
      [1, 1],
      [1, 1],
      [993, 122],
      [1, 1],
      [1, 1],
      [993, 1],
      [1, 1],
      [994, 1],
      [1, 1],
    ];
    const r = dea(X, Y, { model: "BCC", orientation: "output" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.units[5]?.radial).toBeCloseTo(1 + 1 / (15 * 993), 14);
    expect(r.value.units[5]?.peers).toEqual([2, 7]);
    expect(r.value.units[5]?.lambdas[7]).toBeCloseTo(1 / 15, 12);
  });
});

describe("dea — typed errors", () => {
  test.each([
    ["negative input", [[1], [-2]], [[1], [1]], "negative", [1, 0]],
    ["NaN output", [[1], [2]], [[1], [Number.NaN]], "not-finite", [1, 0]],
    ["row mismatch", [[1], [2]], [[1]], "length-mismatch", []],
    [
      "unit without input",
      [
        [0, 0],
        [1, 1],
      ],
      [[1], [1]],
      "degenerate",
      [0],
    ],
    ["unit without output", [[1], [1]], [[0], [1]], "degenerate", [0]],
    ["ragged", [[1, 2], [1]], [[1], [1]], "ragged", [1]],
  ])("%s → %s", (_, X, Y, reason, path) => {
    expect(dea(X, Y)).toMatchObject({ ok: false, error: { _tag: "McdaError", reason, path } });
  });
  test("options are checked", () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed options
    expect(dea([[1]], [[1]], { model: "SBM" } as any)).toMatchObject({
      ok: false,
      error: { reason: "invalid-option", path: ["model"] },
    });
  });
});

const dataArb = (allowZeros: boolean) =>
  fc
    .tuple(fc.integer({ min: 2, max: 25 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .chain(([n, m, s]) => {
      const cell = allowZeros
        ? fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }))
        : fc.integer({ min: 1, max: 1000 });
      const row = (k: number) => fc.array(cell, { minLength: k, maxLength: k }).filter((r) => r.some((v) => v > 0));
      return fc.record({
        X: fc.array(row(m), { minLength: n, maxLength: n }),
        Y: fc.array(row(s), { minLength: n, maxLength: n }),
      });
    });
const models = [
  ["CCR", "input"],
  ["CCR", "output"],
  ["BCC", "input"],
  ["BCC", "output"],
] as const;

describe("dea — against HiGHS on random instances", () => {
  test.each(models)(
    "%s %s-oriented: θ*/φ* match HiGHS's within 1e-6 (never worse) and our benchmark is feasible",
    (model, orientation) => {
      fc.assert(
        fc.property(dataArb(false), ({ X, Y }) => {
          const r = dea(X, Y, { model, orientation });
          if (!r.ok) return false;
          r.value.units.forEach((u, o) => {
            expectOptimal(u.radial, highsRadial(highs, X, Y, o, model, orientation), orientation);
            expectFeasible(X, Y, o, u, model, orientation);
          });
          return true;
        }),
        { numRuns: 40 },
      );
    },
  );

  test("data with zeros (each unit keeps one positive input and output) still match HiGHS", () => {
    fc.assert(
      fc.property(dataArb(true), fc.constantFrom(...models), ({ X, Y }, [model, orientation]) => {
        const r = dea(X, Y, { model, orientation });
        if (!r.ok) return false;
        r.value.units.forEach((u, o) => {
          expectOptimal(u.radial, highsRadial(highs, X, Y, o, model, orientation), orientation);
          expectFeasible(X, Y, o, u, model, orientation);
        });
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

describe("dea — invariants", () => {
  test("efficiencies in (0, 1]; some unit scores 1; efficient units score 1; BCC ≥ CCR; CCR input = CCR output", () => {
    fc.assert(
      fc.property(dataArb(false), ({ X, Y }) => {
        const ccrIn = dea(X, Y, { model: "CCR", orientation: "input" });
        const ccrOut = dea(X, Y, { model: "CCR", orientation: "output" });
        const bccIn = dea(X, Y, { model: "BCC", orientation: "input" });
        const bccOut = dea(X, Y, { model: "BCC", orientation: "output" });
        if (!ccrIn.ok || !ccrOut.ok || !bccIn.ok || !bccOut.ok) return false;
        for (const r of [ccrIn, ccrOut, bccIn, bccOut]) {
          expect(r.value.efficiencies.some((e) => e === 1)).toBe(true);
          for (const u of r.value.units) {
            expect(u.efficiency > 0 && u.efficiency <= 1).toBe(true);
            if (u.status !== "inefficient") expect(u.efficiency).toBe(1);
            if (u.status === "efficient") {
              expect(u.inputSlacks.every((s) => s === 0) && u.outputSlacks.every((s) => s === 0)).toBe(true);
            }
          }
        }
        ccrIn.value.efficiencies.forEach((e, k) => {
          expect(e).toBeCloseTo(ccrOut.value.efficiencies[k] as number, 9);
          expect(bccIn.value.efficiencies[k] as number).toBeGreaterThanOrEqual(e - 1e-9);
          expect(bccOut.value.efficiencies[k] as number).toBeGreaterThanOrEqual(e - 1e-9);
        });
        // BCC-input: a unit using the least of some input is efficient (θ·x_io ≥ Σλx_ij ≥ min_j x_ij with Σλ = 1).
        (X[0] as number[]).forEach((_, i) => {
          const col = X.map((row) => row[i] as number);
          const k = col.indexOf(Math.min(...col));
          expect(bccIn.value.efficiencies[k]).toBe(1);
        });
        (Y[0] as number[]).forEach((_, r) => {
          const col = Y.map((row) => row[r] as number);
          const k = col.indexOf(Math.max(...col));
          expect(bccOut.value.efficiencies[k]).toBe(1);
        });
        return true;
      }),
      { numRuns: 60 },
    );
  });

  test("targets are the benchmark combination Σλx, Σλy; units of measurement do not matter", () => {
    fc.assert(
      fc.property(
        dataArb(false),
        fc.constantFrom(...models),
        fc.integer({ min: 1, max: 10_000 }),
        ({ X, Y }, [model, orientation], k) => {
          const r = dea(X, Y, { model, orientation });
          const scaled = dea(
            X.map((row) => row.map((v, i) => (i === 0 ? v * k : v))),
            Y.map((row) => row.map((v, i) => (i === 0 ? v / k : v))),
            { model, orientation },
          );
          if (!r.ok || !scaled.ok) return false;
          r.value.units.forEach((u, o) => {
            expect(scaled.value.efficiencies[o]).toBeCloseTo(u.efficiency, 8);
            u.inputTargets.forEach((t, i) => {
              const combo = u.lambdas.reduce((s, l, j) => s + l * (X[j]?.[i] as number), 0);
              expect(Math.abs(t - combo)).toBeLessThan(1e-6 * Math.max(1, combo));
            });
            u.outputTargets.forEach((t, r2) => {
              const combo = u.lambdas.reduce((s, l, j) => s + l * (Y[j]?.[r2] as number), 0);
              expect(Math.abs(t - combo)).toBeLessThan(1e-6 * Math.max(1, combo));
            });
            if (model === "BCC") expect(u.lambdas.reduce((s, l) => s + l, 0)).toBeCloseTo(1, 9);
          });
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});
