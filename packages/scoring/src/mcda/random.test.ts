import { describe, expect, test } from "vitest";
import { mulberry32 } from "./mulberry32.js";
import { quantile } from "./quantile.js";
import { sampleDirichlet, sampleGamma } from "./sampleDirichlet.js";

// The reference Mulberry32 as published by its author (bryc/code, PRNGs.md), kept verbatim in its signed-int form.
function referenceMulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("mulberry32", () => {
  test.each([0, 1, 42, 123456789, 2 ** 31 - 1])(
    "seed %i matches the reference implementation for 1000 draws",
    (seed) => {
      const a = mulberry32(seed);
      const b = referenceMulberry32(seed);
      for (let i = 0; i < 1000; i++) expect(a()).toBe(b());
    },
  );

  test("draws are in [0, 1) with mean ≈ 0.5", () => {
    const r = mulberry32(7);
    let s = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      s += x;
    }
    expect(Math.abs(s / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe("quantile (R type 7)", () => {
  test.each([
    // R: quantile(1:10, c(0.05, 0.5, 0.95)) → 1.45 5.50 9.55
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.05, 1.45],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 9.55],
    [[3], 0.95, 3],
    [[1, 1, 1, 2], 0.5, 1],
  ])("%j at %f → %f", (xs, p, q) => {
    expect(quantile(xs, p)).toBeCloseTo(q, 12);
  });
});

describe("gamma and Dirichlet sampling", () => {
  test.each([0.3, 1, 2.5, 40])("Gamma(%f) has mean ≈ shape and variance ≈ shape", (shape) => {
    const r = mulberry32(11);
    const n = 40_000;
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const g = sampleGamma(shape, r);
      expect(g).toBeGreaterThanOrEqual(0);
      s += g;
      ss += g * g;
    }
    const mean = s / n;
    const variance = ss / n - mean * mean;
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
    expect(Math.abs(variance / shape - 1)).toBeLessThan(0.08);
  });

  test("Dirichlet(κw) has mean w and component variance w(1 − w)/(κ + 1); zero weights stay zero", () => {
    const w = [0.5, 0.3, 0.2, 0];
    const kappa = 50;
    const r = mulberry32(3);
    const n = 20_000;
    const sum = [0, 0, 0, 0];
    const sq = [0, 0, 0, 0];
    const out = new Float64Array(4);
    for (let i = 0; i < n; i++) {
      sampleDirichlet(
        w.map((x) => x * kappa),
        r,
        out,
      );
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      out.forEach((x, j) => {
        sum[j] = (sum[j] as number) + x;
        sq[j] = (sq[j] as number) + x * x;
      });
    }
    w.forEach((wj, j) => {
      const mean = (sum[j] as number) / n;
      expect(Math.abs(mean - wj)).toBeLessThan(0.003);
      const variance = (sq[j] as number) / n - mean * mean;
      expect(variance).toBeCloseTo((wj * (1 - wj)) / (kappa + 1), 3);
    });
    expect(sum[3]).toBe(0);
  });
});
