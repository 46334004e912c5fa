import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { competitionRanks } from "./competitionRanks.js";

describe("competitionRanks", () => {
  test.each([
    [[0.9, 0.7, 0.7, 0.5], "descending", [1, 2, 2, 4]],
    [[1, 1, 1], "descending", [1, 1, 1]],
    [[0.2, 0.8, 0.5], "descending", [3, 1, 2]],
    [[3, 1, 2], "ascending", [3, 1, 2]],
    [[5, 5, 1, 9], "ascending", [2, 2, 1, 4]],
    [[], "descending", []],
    // A chain of near-ties: a ≈ b and b ≈ c within the tolerance, a clearly above c (found by a property test).
    [[1.5e-12, 0.8e-12, 0], "descending", [1, 1, 2]],
    [[0, 0.8e-12, 1.5e-12], "ascending", [1, 1, 2]],
  ] as const)("%j %s → %j", (scores, order, ranks) => {
    expect(competitionRanks(scores, order)).toEqual(ranks);
  });

  test("distinct scores give a permutation of 1…n; each rank = 1 + number of strictly better scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 50 }), (xs) => {
        const r = competitionRanks(xs);
        xs.forEach((x, i) => {
          expect(r[i]).toBe(1 + xs.filter((y) => y > x).length);
        });
        if (new Set(xs).size === xs.length) expect([...r].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
        return true;
      }),
    );
  });

  test("with near-ties: each rank = 1 + number of scores better beyond the tolerance (doubles of any size)", () => {
    const tiny = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-9, max: 1e-9 }), fc.constant(0));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(tiny, fc.double({ noNaN: true, min: -1e6, max: 1e6 })), { maxLength: 40 }),
        (xs) => {
          const r = competitionRanks(xs);
          xs.forEach((x, i) => {
            const better = xs.filter((y) => y - x > 1e-12 * Math.max(1, Math.abs(y), Math.abs(x))).length;
            expect(r[i]).toBe(better + 1);
          });
        },
      ),
    );
  });
});
