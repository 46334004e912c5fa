import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bandIndex } from "./bandIndex.js";
import { scaleValue } from "./scaleValue.js";

describe("scaleValue", () => {
  test.each<[string, "sum" | "mean", number, number, number, number, number]>([
    // name, aggregate, sum, answered, n, minAnswered, expected
    ["complete sum", "sum", 12, 9, 9, 7, 12],
    ["PHQ-9 one missing: round(14 × 9 / 8 = 15.75)", "sum", 14, 8, 9, 7, 16],
    ["PHQ-9 half up: round(4 × 9 / 8 = 4.5)", "sum", 4, 8, 9, 7, 5],
    ["SDQ two missing: floor(0.5 + 1 × 5)", "sum", 3, 3, 5, 3, 5],
    ["SDQ half up: floor(0.5 + 0.5 × 5)", "sum", 2, 4, 5, 3, 3],
    ["too few answered", "sum", 10, 6, 9, 7, Number.NaN],
    ["none answered with minAnswered 0-like rules", "mean", 0, 0, 6, 0, Number.NaN],
    ["mean of six", "mean", 17, 6, 6, 3, 17 / 6],
    ["mean of the answered", "mean", 12, 4, 6, 3, 3],
  ])("%s", (_name, aggregate, sum, answered, n, minAnswered, expected) => {
    expect(scaleValue(aggregate, sum, answered, n, minAnswered)).toBe(expected);
  });

  test("a prorated sum is sum × n / answered rounded half up (exact integer check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat(), fc.nat(), (n, a, s) => {
        const answered = 1 + (a % n);
        const sum = s % (3 * answered + 1);
        const r = scaleValue("sum", sum, answered, n, 1);
        // r − ½ ≤ sum × n / answered < r + ½, multiplied out by 2 × answered
        expect(2 * r * answered - answered).toBeLessThanOrEqual(2 * sum * n);
        expect(2 * sum * n).toBeLessThan(2 * r * answered + answered);
      }),
    );
  });
});

describe("bandIndex", () => {
  const from = Float64Array.of(0, 5, 10, 15, 20);
  test.each([
    [0, 0],
    [4, 0],
    [4.999, 0],
    [5, 1],
    [19, 3],
    [20, 4],
    [27, 4],
    [-1, -1],
    [Number.NaN, -1],
  ])("%f → %i", (score, index) => {
    expect(bandIndex(from, score)).toBe(index);
  });
});
