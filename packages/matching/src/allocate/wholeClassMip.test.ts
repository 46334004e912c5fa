import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { allocate } from "./allocate.js";
import { wholeClassInstance } from "./wholeClassInstance.testing.js";
import { solveWholeClassMip, wholeClassModel } from "./wholeClassMip.testing.js";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

describe("solveWholeClassMip (test helper)", () => {
  test.each([1, 2, 3, 4, 5, 6])(
    "small instance (seed %i, 9 groups × 4 sessions, load 1.1): the MIP optimum equals allocate's exhaustive optimum",
    (seed) => {
      const x = wholeClassInstance(seed, { groups: 9, sessions: 4, load: 1.1 });
      const r = allocate(x.demands, x.offers);
      if (!r.ok) throw r.error;
      expect(r.value.optimal).toBe(true);
      const mip = solveWholeClassMip(highs, wholeClassModel(x.demands, x.offers), 60);
      expect(mip.status).toBe("optimal");
      expect(mip.objective).toBeCloseTo(r.value.cost, 6);
      expect(mip.recomputed).toBeCloseTo(mip.objective, 6);
      expect(mip.bound).toBeLessThanOrEqual(mip.objective + 1e-6);
    },
  );

  test.each([21, 22])(
    "medium instance (seed %i, 30 groups × 12 sessions): LP ≤ Lagrangian ≤ MIP optimum ≤ allocate's cost",
    (seed) => {
      const x = wholeClassInstance(seed, { groups: 30, sessions: 12 });
      const r = allocate(x.demands, x.offers);
      if (!r.ok) throw r.error;
      const mip = solveWholeClassMip(highs, wholeClassModel(x.demands, x.offers), 60);
      expect(mip.status).toBe("optimal");
      expect(mip.recomputed).toBeCloseTo(mip.objective, 6);
      expect(r.value.bounds?.lp as number).toBeLessThanOrEqual(mip.objective + 1e-6);
      expect(r.value.bounds?.lagrangian as number).toBeLessThanOrEqual(mip.objective + 1e-6);
      expect(r.value.cost).toBeGreaterThanOrEqual(mip.objective - 1e-6);
    },
  );
});
