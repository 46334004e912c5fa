import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { assignDense } from "./assignDense.js";
import { solveAssignment } from "./solveAssignment.js";

/** Property tests that call HiGHS hundreds of times: generous on a shared, loaded machine. */
const SLOW = 180_000;
type Highs = Awaited<ReturnType<typeof highsLoader>>;
// HiGHS's default tolerances (1e-7) can stop a few 1e-7 above the optimum on fractional costs; the oracle runs tighter.
const HIGHS_OPTIONS = { output_flag: false, primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 };
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/** Independent oracle 1: every partial matching, best = (most pairs, then least cost). */
const bruteForce = (cost: number[][]) => {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  let best = { assigned: -1, cost: Infinity };
  const used = new Array<boolean>(m).fill(false);
  const visit = (i: number, assigned: number, total: number) => {
    if (i === n) {
      if (assigned > best.assigned || (assigned === best.assigned && total < best.cost))
        best = { assigned, cost: total };
      return;
    }
    visit(i + 1, assigned, total);
    for (let j = 0; j < m; j++) {
      const c = cost[i]?.[j] as number;
      if (used[j] || c === Infinity) continue;
      used[j] = true;
      visit(i + 1, assigned + 1, total + c);
      used[j] = false;
    }
  };
  visit(0, 0, 0);
  return best;
};

/**
 * Independent oracle 2: HiGHS on the LP of the assignment polytope (integral: bipartite incidence matrices are
 * totally unimodular), in two stages — maximise the number of pairs, then minimise cost with that number fixed.
 */
const highsAssignment = (cost: number[][]) => {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  const cells: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if ((cost[i]?.[j] as number) < Infinity) cells.push([i, j]);
  if (cells.length === 0) return { assigned: 0, cost: 0 };
  // Rows: n row constraints, m column constraints, 1 cardinality row. CSC: each cell is in its row, its column, the total.
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const [i, j] of cells) {
    indices.push(i, n + j, n + m);
    values.push(1, 1, 1);
    starts.push(indices.length);
  }
  const solve = (colCost: number[], cardinality: number | null, maximize: boolean) =>
    highs.withModel(
      {
        numCols: cells.length,
        numRows: n + m + 1,
        sense: maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
        colCost,
        colLower: cells.map(() => 0),
        colUpper: cells.map(() => 1),
        rowLower: [...new Array(n + m).fill(-highs.infinity), cardinality ?? -highs.infinity],
        rowUpper: [...new Array(n + m).fill(1), cardinality ?? highs.infinity],
        matrix: { format: "csc", numRows: n + m + 1, numCols: cells.length, starts, indices, values },
      },
      (model) => {
        model.options.set(HIGHS_OPTIONS);
        model.run();
        expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
        return model.getObjectiveValue();
      },
    );
  const assigned = Math.round(
    solve(
      cells.map(() => 1),
      null,
      true,
    ),
  );
  const total = solve(
    cells.map(([i, j]) => cost[i]?.[j] as number),
    assigned,
    false,
  );
  return { assigned, cost: total };
};

/** Checks the shape of a result: a matching on allowed cells whose cost is what it says. */
const expectValidMatching = (
  cost: number[][],
  r: { rowToCol: number[]; colToRow: number[]; cost: number; assigned: number },
) => {
  const m = cost[0]?.length ?? 0;
  expect(r.rowToCol).toHaveLength(cost.length);
  expect(r.colToRow).toHaveLength(m);
  let total = 0;
  let pairs = 0;
  r.rowToCol.forEach((j, i) => {
    if (j < 0) return;
    expect(r.colToRow[j]).toBe(i);
    const c = cost[i]?.[j] as number;
    expect(c).toBeLessThan(Infinity);
    total += c;
    pairs++;
  });
  expect(r.colToRow.filter((i) => i >= 0)).toHaveLength(pairs);
  expect(r.assigned).toBe(pairs);
  expect(r.cost).toBeCloseTo(total, 9);
};

const costMatrix = (maxSide: number, forbidden: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxSide }), fc.integer({ min: 1, max: maxSide }))
    .chain(([n, m]) =>
      fc.array(
        fc.array(
          fc.oneof(
            { weight: 100 - forbidden, arbitrary: fc.integer({ min: -20, max: 60 }) },
            { weight: forbidden, arbitrary: fc.constant(Infinity) },
          ),
          { minLength: m, maxLength: m },
        ),
        { minLength: n, maxLength: n },
      ),
    );

describe("solveAssignment — examples", () => {
  test("the documented example: 3 coaches × 4 schools", () => {
    const r = solveAssignment([
      [12, 30, 25, 18],
      [20, 10, 40, 35],
      [Infinity, 22, 15, 16],
    ]);
    expect(r.ok && r.value).toEqual({ rowToCol: [0, 1, 2], colToRow: [0, 1, 2, -1], assigned: 3, cost: 37 });
  });

  test("more rows than columns: the cheapest rows win, the rest get −1", () => {
    const r = solveAssignment([[5], [1], [3]]);
    expect(r.ok && r.value).toEqual({ rowToCol: [-1, 0, -1], colToRow: [1], assigned: 1, cost: 1 });
  });

  test("forbidden pairs: more pairs beat a cheaper total, then the cheaper of equally many", () => {
    // Both rows can only use column 0: one of them is left out; the cheaper one (row 1) takes it.
    const alone = solveAssignment([
      [100, Infinity],
      [1, Infinity],
    ]);
    expect(alone.ok && alone.value.rowToCol).toEqual([-1, 0]);
    // Two pairs at cost 200 beat one pair at cost 2.
    const two = solveAssignment([
      [1, 100],
      [1, Infinity],
    ]);
    expect(two.ok && two.value).toMatchObject({ rowToCol: [1, 0], assigned: 2, cost: 101 });
  });

  test.each([
    ["no rows", [], [], []],
    ["rows without columns", [[], []], [-1, -1], []],
    ["everything forbidden", [[Infinity, Infinity]], [-1], [-1, -1]],
  ])("%s → nothing assigned, cost 0", (_name, cost, rowToCol, colToRow) => {
    const r = solveAssignment(cost as number[][]);
    expect(r.ok && r.value).toEqual({ rowToCol, colToRow, assigned: 0, cost: 0 });
  });

  test("typed-array rows are accepted", () => {
    const r = solveAssignment([Float64Array.of(4, 1), Float64Array.of(2, 3)]);
    expect(r.ok && r.value.cost).toBe(3);
  });
});

describe("solveAssignment — exact against independent oracles", () => {
  test(
    "equals brute force on tiny matrices (any shape, ~25 % forbidden, negative costs)",
    () => {
      fc.assert(
        fc.property(costMatrix(5, 25), (cost) => {
          const r = solveAssignment(cost);
          if (!r.ok) throw r.error;
          expectValidMatching(cost, r.value);
          const best = bruteForce(cost);
          expect(r.value.assigned).toBe(best.assigned);
          expect(r.value.cost).toBe(best.cost);
        }),
        { numRuns: 400 },
      );
    },
    SLOW,
  );

  test(
    "equals the HiGHS LP optimum on random matrices up to 30 × 30 (sparse to dense forbidden patterns)",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 70 }).chain((f) => costMatrix(30, f)),
          (cost) => {
            const r = solveAssignment(cost);
            if (!r.ok) throw r.error;
            expectValidMatching(cost, r.value);
            const lp = highsAssignment(cost);
            expect(r.value.assigned).toBe(lp.assigned);
            expect(r.value.cost).toBeCloseTo(lp.cost, 6);
          },
        ),
        { numRuns: 120 },
      );
    },
    SLOW,
  );

  test(
    "equals HiGHS on fractional costs (geometric distances, 60 × 45)",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
            minLength: 105,
            maxLength: 105,
          }),
          (pts) => {
            const a = pts.slice(0, 60);
            const b = pts.slice(60);
            const cost = a.map(([x, y]) => b.map(([p, q]) => Math.hypot(x - p, y - q)));
            const r = solveAssignment(cost);
            if (!r.ok) throw r.error;
            expect(r.value.cost).toBeCloseTo(highsAssignment(cost).cost, 7);
          },
        ),
        { numRuns: 15 },
      );
    },
    SLOW,
  );

  test(
    "the LAPJV start and the plain shortest augmenting path agree (square, finite, many ties)",
    () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 80 })
            .chain((n) =>
              fc.tuple(
                fc.constant(n),
                fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n * n, maxLength: n * n }),
              ),
            ),
          ([n, values]) => {
            const data = Float64Array.from(values);
            const sum = (colOf: Int32Array) => colOf.reduce((s, j, i) => s + (data[i * n + j] as number), 0);
            const jv = assignDense(n, n, data, true);
            const sap = assignDense(n, n, data, false);
            expect(new Set(jv).size).toBe(n);
            expect(sum(jv)).toBe(sum(sap));
          },
        ),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  test(
    "transposing the matrix gives the same optimum",
    () => {
      fc.assert(
        fc.property(costMatrix(7, 30), (cost) => {
          const t = (cost[0] ?? []).map((_, j) => cost.map((row) => row[j] as number));
          const a = solveAssignment(cost);
          const b = solveAssignment(t);
          if (!a.ok || !b.ok) throw new Error("unexpected validation failure");
          expect(b.value.assigned).toBe(a.value.assigned);
          expect(b.value.cost).toBe(a.value.cost);
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );
});

describe("solveAssignment — bad input is a typed ValidationError", () => {
  test.each([
    ["NaN", [[1, Number.NaN]], [0, 1]],
    ["−Infinity", [[1], [-Infinity]], [1, 0]],
    ["a string", [["3", 1]], [0, 0]],
    ["null", [[null, 1]], [0, 0]],
    ["a ragged matrix", [[1, 2], [3]], [1]],
    ["a row that is not an array", [[1, 2], 7], [1]],
    ["not an array", "matrix", []],
  ])("%s", (_name, cost, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = solveAssignment(cost as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("cost");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("lists every bad entry (up to 20), not just the first", () => {
    const r = solveAssignment([
      [Number.NaN, 1],
      [2, Number.NaN],
    ]);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
