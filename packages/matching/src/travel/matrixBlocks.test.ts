import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type BlockLimit, matrixBlocks } from "./matrixBlocks.js";

const covers = (nO: number, nD: number, limit: BlockLimit) => {
  const blocks = matrixBlocks(nO, nD, limit);
  const hits = new Uint8Array(nO * nD);
  for (const b of blocks) {
    const s = b.originEnd - b.originStart;
    const d = b.destinationEnd - b.destinationStart;
    expect(s).toBeGreaterThan(0);
    expect(d).toBeGreaterThan(0);
    if ("maxLocations" in limit) expect(s + d).toBeLessThanOrEqual(limit.maxLocations);
    else expect(s * d).toBeLessThanOrEqual(limit.maxPairs);
    for (let i = b.originStart; i < b.originEnd; i++)
      for (let j = b.destinationStart; j < b.destinationEnd; j++) hits[i * nD + j] = (hits[i * nD + j] ?? 0) + 1;
  }
  expect(hits.every((h) => h === 1)).toBe(true);
  return blocks;
};

describe("matrixBlocks", () => {
  test("every cell lies in exactly one block and every block respects the server limit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 2, max: 120 }),
        (nO, nD, L) => {
          covers(nO, nD, { maxLocations: L });
          covers(nO, nD, { maxPairs: L * 5 });
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ["1 school × 67 venues fits one OSRM request", 1, 67, { maxLocations: 100 }, 1],
    ["1 school × 250 venues: 1 + 99 locations per request", 1, 250, { maxLocations: 100 }, 3],
    ["130 × 67 for OSRM", 130, 67, { maxLocations: 100 }, 6],
    ["50 × 50 is one Valhalla request", 50, 50, { maxPairs: 2500 }, 1],
    ["60 × 67 for Valhalla", 60, 67, { maxPairs: 2500 }, 4],
    ["empty", 0, 10, { maxLocations: 100 }, 0],
  ])("%s", (_n, nO, nD, limit, count) => {
    expect(covers(nO, nD, limit as BlockLimit)).toHaveLength(count);
  });
});
