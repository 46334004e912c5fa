import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { solveAssignment } from "./solveAssignment.js";
import { solveTransportation, type TransportationProblem } from "./solveTransportation.js";
import { transportFewSinks } from "./transportFewSinks.js";
import { transportOnNetwork } from "./transportOnNetwork.js";

/** Property tests that call HiGHS hundreds of times: generous on a shared, loaded machine. */
const SLOW = 180_000;
type Highs = Awaited<ReturnType<typeof highsLoader>>;
// HiGHS's default tolerances (1e-7) can stop a few 1e-7 above the optimum on fractional costs; the oracle runs tighter.
const HIGHS_OPTIONS = { output_flag: false, primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 };
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/**
 * Independent oracle: HiGHS on the transportation LP (integral: the constraint matrix is a bipartite incidence
 * matrix). `placeable` maximises the units placed (Σ_j x_ij ≤ supply_i) — the max-flow value; `cost` minimises cost
 * with every unit placed (Σ_j x_ij = supply_i), `null` when that LP is infeasible.
 */
const highsTransportation = (p: TransportationProblem) => {
  const n = p.supply.length;
  const m = p.capacity.length;
  const cells: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if ((p.cost[i]?.[j] as number) < Infinity) cells.push([i, j]);
  const starts = [0];
  const indices: number[] = [];
  for (const [i, j] of cells) {
    indices.push(i, n + j);
    starts.push(indices.length);
  }
  const capUpper = p.capacity.map((c) => (c === Infinity ? highs.infinity : c));
  const solve = (colCost: number[], exact: boolean, maximize: boolean) =>
    highs.withModel(
      {
        numCols: cells.length,
        numRows: n + m,
        sense: maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
        colCost,
        colLower: cells.map(() => 0),
        colUpper: cells.map(() => highs.infinity),
        rowLower: [...p.supply.map((s) => (exact ? s : -highs.infinity)), ...p.capacity.map(() => -highs.infinity)],
        rowUpper: [...p.supply, ...capUpper],
        matrix: { format: "csc", numRows: n + m, numCols: cells.length, starts, indices, values: indices.map(() => 1) },
      },
      (model) => {
        model.options.set(HIGHS_OPTIONS);
        model.run();
        const status = model.getModelStatus();
        if (status === highs.constants.modelStatus.infeasible) return null;
        expect(status).toBe(highs.constants.modelStatus.optimal);
        return model.getObjectiveValue();
      },
    );
  const placeable =
    cells.length === 0
      ? 0
      : Math.round(
          solve(
            cells.map(() => 1),
            false,
            true,
          ) ?? Number.NaN,
        );
  const requested = p.supply.reduce((a, b) => a + b, 0);
  const cost =
    placeable < requested
      ? null
      : cells.length === 0
        ? 0
        : solve(
            cells.map(([i, j]) => p.cost[i]?.[j] as number),
            true,
            false,
          );
  return { placeable, requested, cost };
};

const problem = (maxSources: number, maxSinks: number) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: maxSources }),
      m: fc.integer({ min: 0, max: maxSinks }),
      forbidden: fc.integer({ min: 0, max: 60 }),
    })
    .chain(({ n, m, forbidden }) =>
      fc.record({
        cost: fc.array(
          fc.array(
            fc.oneof(
              { weight: 100 - forbidden, arbitrary: fc.integer({ min: -5, max: 40 }) },
              { weight: forbidden, arbitrary: fc.constant(Infinity) },
            ),
            { minLength: m, maxLength: m },
          ),
          { minLength: n, maxLength: n },
        ),
        supply: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
        capacity: fc.array(
          fc.oneof(
            { weight: 9, arbitrary: fc.integer({ min: 0, max: 14 }) },
            { weight: 1, arbitrary: fc.constant(Infinity) },
          ),
          { minLength: m, maxLength: m },
        ),
      }),
    );

/** A feasible plan: rows sum to supply, columns within capacity, nothing on a forbidden pair, integers. */
const expectFeasiblePlan = (p: TransportationProblem, flows: number[][], load: number[], cost: number) => {
  let total = 0;
  const cols = new Array<number>(p.capacity.length).fill(0);
  flows.forEach((row, i) => {
    expect(row.reduce((a, b) => a + b, 0)).toBe(p.supply[i]);
    row.forEach((f, j) => {
      expect(Number.isInteger(f) && f >= 0).toBe(true);
      if (f === 0) return;
      expect(p.cost[i]?.[j]).toBeLessThan(Infinity);
      cols[j] = (cols[j] as number) + f;
      total += f * (p.cost[i]?.[j] as number);
    });
  });
  cols.forEach((c, j) => {
    expect(c).toBeLessThanOrEqual(p.capacity[j] as number);
    expect(load[j]).toBe(c);
  });
  expect(cost).toBe(total);
};

const kernels = [
  ["sink graph", transportFewSinks],
  ["bipartite network", transportOnNetwork],
] as const;

describe("solveTransportation — examples", () => {
  test("the documented example: three schools, two sessions", () => {
    const r = solveTransportation({
      cost: [
        [10, 25],
        [15, 12],
        [30, 14],
      ],
      supply: [30, 25, 20],
      capacity: [40, 35],
    });
    expect(r.ok && r.value).toEqual({
      cost: 910,
      flows: [
        [30, 0],
        [10, 15],
        [0, 20],
      ],
      load: [40, 35],
    });
  });

  test("the documented infeasible example: the error says how much cannot be placed, and why", () => {
    const r = solveTransportation({
      cost: [
        [5, 9],
        [4, Infinity],
        [6, Infinity],
      ],
      supply: [10, 20, 15],
      capacity: [25, 40],
    });
    expect(r.ok).toBe(false);
    if (r.ok || r.error._tag !== "InfeasibleError") return;
    expect(r.error).toMatchObject({
      unplaced: 10,
      requested: 45,
      witness: { kind: "hall", sources: [1, 2], sinks: [0], demand: 35, capacity: 25 },
    });
    expect(r.error.message).toContain("10 of 45 units cannot be placed");
    expect(r.error.messageZh).toContain("10 个无法安排");
  });

  test("more supply than seats overall", () => {
    const r = solveTransportation({ cost: [[1, 2]], supply: [9], capacity: [3, 4] });
    expect(!r.ok && r.error._tag === "InfeasibleError" && r.error.unplaced).toBe(2);
  });

  test("no sources, or nothing to place: an empty plan", () => {
    expect(solveTransportation({ cost: [], supply: [], capacity: [] })).toEqual({
      ok: true,
      value: { cost: 0, flows: [], load: [] },
    });
    const r = solveTransportation({ cost: [[Infinity]], supply: [0], capacity: [0] });
    expect(r.ok && r.value).toEqual({ cost: 0, flows: [[0]], load: [0] });
  });

  test("unit supplies and capacities: the same optimum as solveAssignment", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n + 3, maxLength: n + 3 }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (cost) => {
          const a = solveAssignment(cost);
          const t = solveTransportation({
            cost,
            supply: cost.map(() => 1),
            capacity: (cost[0] as number[]).map(() => 1),
          });
          expect(a.ok && t.ok && t.value.cost).toBe(a.ok && a.value.cost);
        },
      ),
    );
  });
});

describe("solveTransportation — exact against HiGHS", () => {
  test.each(kernels)(
    "%s kernel: optimum equals the LP optimum; infeasibility and its amount agree",
    (_name, kernel) => {
      fc.assert(
        fc.property(problem(25, 9), (p) => {
          const n = p.supply.length;
          const m = p.capacity.length;
          const data = new Float64Array(n * m);
          p.cost.forEach((row, i) => {
            for (let j = 0; j < m; j++) data[i * m + j] = row[j] as number;
          });
          const out = kernel(n, m, data, Float64Array.from(p.supply), Float64Array.from(p.capacity));
          const lp = highsTransportation(p);
          const left = out.left.reduce((a, b) => a + b, 0);
          expect(left).toBe(lp.requested - lp.placeable);
          if (lp.cost === null) return;
          let cost = 0;
          out.flow.forEach((f, k) => {
            if (f > 0) cost += f * (data[k] as number);
          });
          expect(cost).toBeCloseTo(lp.cost, 6);
        }),
        { numRuns: 150 },
      );
    },
    SLOW,
  );

  test(
    "solveTransportation: a feasible plan at the LP optimum, or an InfeasibleError whose witness checks out",
    () => {
      fc.assert(
        fc.property(problem(30, 12), (p) => {
          const r = solveTransportation(p);
          const lp = highsTransportation(p);
          if (r.ok) {
            expect(lp.cost).not.toBeNull();
            expectFeasiblePlan(p, r.value.flows, r.value.load, r.value.cost);
            expect(r.value.cost).toBeCloseTo(lp.cost as number, 6);
            return;
          }
          if (r.error._tag !== "InfeasibleError") throw r.error;
          expect(lp.cost).toBeNull();
          const { unplaced, requested, witness } = r.error;
          expect(unplaced).toBe(lp.requested - lp.placeable);
          expect(requested).toBe(lp.requested);
          if (witness.kind !== "hall") throw new Error("expected a Hall witness");
          // The certificate, checked from the input alone: these sources may only use these sinks, and do not fit.
          const sinks = new Set(witness.sinks);
          for (const i of witness.sources)
            (p.cost[i] as number[]).forEach((c, j) => {
              if (c < Infinity) expect(sinks.has(j)).toBe(true);
            });
          expect(witness.demand).toBe(witness.sources.reduce((a, i) => a + (p.supply[i] as number), 0));
          expect(witness.capacity).toBe(witness.sinks.reduce((a, j) => a + (p.capacity[j] as number), 0));
          expect(witness.demand - witness.capacity).toBe(unplaced);
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  test(
    "fractional costs (geometric distances), 80 groups × 15 sessions",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), {
            minLength: 95,
            maxLength: 95,
          }),
          fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 80, maxLength: 80 }),
          (pts, supply) => {
            const groups = pts.slice(0, 80);
            const sessions = pts.slice(80);
            const total = supply.reduce((a, b) => a + b, 0);
            const p = {
              cost: groups.map(([x, y]) => sessions.map(([a, b]) => Math.hypot(x - a, y - b))),
              supply,
              capacity: sessions.map((_, j) => Math.ceil((total * 1.1) / 15) + (j % 3)),
            };
            const r = solveTransportation(p);
            if (!r.ok) throw r.error;
            expect(r.value.cost).toBeCloseTo(highsTransportation(p).cost as number, 6);
          },
        ),
        { numRuns: 10 },
      );
    },
    SLOW,
  );
});

describe("solveTransportation — bad input is a typed ValidationError", () => {
  const cost = [
    [1, 2],
    [3, 4],
  ];
  test.each([
    [
      "NaN cost",
      {
        cost: [
          [1, Number.NaN],
          [3, 4],
        ],
        supply: [1, 1],
        capacity: [1, 1],
      },
      ["cost", 0, 1],
    ],
    [
      "−Infinity cost",
      {
        cost: [
          [1, 2],
          [-Infinity, 4],
        ],
        supply: [1, 1],
        capacity: [1, 1],
      },
      ["cost", 1, 0],
    ],
    ["ragged cost", { cost: [[1, 2], [3]], supply: [1, 1], capacity: [1, 1] }, ["cost", 1]],
    ["negative capacity", { cost, supply: [1, 1], capacity: [1, -2] }, ["capacity", 1]],
    ["fractional supply", { cost, supply: [1.5, 1], capacity: [1, 1] }, ["supply", 0]],
    ["Infinity supply", { cost, supply: [Infinity, 1], capacity: [1, 1] }, ["supply", 0]],
    ["supply of the wrong length", { cost, supply: [1], capacity: [1, 1] }, ["supply"]],
    ["capacity missing", { cost, supply: [1, 1] }, ["capacity"]],
    ["not an object", null, []],
  ])("%s", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = solveTransportation(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    if (r.error._tag !== "ValidationError") return;
    expect(r.error.subject).toBe("transportation problem");
    expect(r.error.issues[0]?.path).toEqual(path);
  });
});
