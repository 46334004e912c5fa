import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { type FlowProblem, minCostFlow } from "./minCostFlow.js";

/** Property tests that call HiGHS hundreds of times: generous on a shared, loaded machine. */
const SLOW = 180_000;
type Highs = Awaited<ReturnType<typeof highsLoader>>;
const HIGHS_OPTIONS = { output_flag: false, primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 };
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/**
 * Independent oracle: HiGHS on the arc–node LP of the problem (integral: network matrices are totally unimodular).
 * `cost` is the optimum with every supply shipped (`null` if infeasible); `shipped` is the most supply that can be
 * shipped at all (extra variables absorb unmet supply and demand; their sum is maximised).
 */
const highsFlow = (p: FlowProblem) => {
  const nodes = p.supply.length;
  const arcs = p.arcs.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const a of p.arcs) {
    if (a.from === a.to) {
      starts.push(indices.length); // a self-loop does not enter any balance
      continue;
    }
    indices.push(a.from, a.to);
    values.push(1, -1);
    starts.push(indices.length);
  }
  const run = (model: ReturnType<Highs["createModel"]>) => {
    model.options.set(HIGHS_OPTIONS);
    model.run();
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.infeasible) return null;
    expect(status).toBe(highs.constants.modelStatus.optimal);
    return model.getObjectiveValue();
  };
  const upper = p.arcs.map((a) => (a.capacity === Infinity ? highs.infinity : a.capacity));
  const cost =
    arcs === 0
      ? p.supply.every((b) => b === 0)
        ? 0
        : null
      : highs.withModel(
          {
            numCols: arcs,
            numRows: nodes,
            colCost: p.arcs.map((a) => a.cost),
            colLower: p.arcs.map(() => 0),
            colUpper: upper,
            rowLower: p.supply,
            rowUpper: p.supply,
            matrix: { format: "csc", numRows: nodes, numCols: arcs, starts, indices, values },
          },
          run,
        );
  // Max shippable: out − in − y_v + z_v = 0 … with y_v ≤ supply⁺ (supply actually shipped), z_v ≤ demand⁻.
  const extra = p.supply.map((b, v) => ({ v, b })).filter(({ b }) => b !== 0);
  const s2 = [...starts];
  const i2 = [...indices];
  const v2 = [...values];
  for (const { v, b } of extra) {
    i2.push(v);
    v2.push(b > 0 ? -1 : 1);
    s2.push(i2.length);
  }
  const shipped =
    extra.length === 0
      ? 0
      : Math.round(
          highs.withModel(
            {
              numCols: arcs + extra.length,
              numRows: nodes,
              sense: highs.constants.objectiveSense.maximize,
              colCost: [...p.arcs.map(() => 0), ...extra.map(({ b }) => (b > 0 ? 1 : 0))],
              colLower: [...p.arcs.map(() => 0), ...extra.map(() => 0)],
              colUpper: [...upper, ...extra.map(({ b }) => Math.abs(b))],
              rowLower: p.supply.map(() => 0),
              rowUpper: p.supply.map(() => 0),
              matrix: {
                format: "csc",
                numRows: nodes,
                numCols: arcs + extra.length,
                starts: s2,
                indices: i2,
                values: v2,
              },
            },
            run,
          ) as number,
        );
  return { cost, shipped, requested: p.supply.reduce((a, b) => a + Math.max(0, b), 0) };
};

/** Random networks with parallel and antiparallel arcs, self-loops, isolated nodes, negative costs on finite arcs. */
const network = fc.integer({ min: 1, max: 8 }).chain((nodes) =>
  fc
    .record({
      arcs: fc.array(
        fc
          .record({
            from: fc.integer({ min: 0, max: nodes - 1 }),
            to: fc.integer({ min: 0, max: nodes - 1 }),
            capacity: fc.oneof(
              { weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) },
              { weight: 1, arbitrary: fc.constant(Infinity) },
            ),
            cost: fc.integer({ min: -8, max: 20 }),
          })
          .map((a) => (a.capacity === Infinity && a.cost < 0 ? { ...a, cost: -a.cost } : a)),
        { maxLength: 22 },
      ),
      raw: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: nodes, maxLength: nodes }),
    })
    .map(({ arcs, raw }) => {
      // Balance the supplies: the last node takes the negated sum.
      const sum = raw.slice(0, -1).reduce((a, b) => a + b, 0);
      return { supply: [...raw.slice(0, -1), -sum], arcs } satisfies FlowProblem;
    }),
);

const expectValidFlow = (p: FlowProblem, flows: number[], cost: number) => {
  const balance = p.supply.map(() => 0);
  let total = 0;
  p.arcs.forEach((a, k) => {
    const f = flows[k] as number;
    expect(Number.isInteger(f) && f >= 0 && f <= a.capacity).toBe(true);
    balance[a.from] = (balance[a.from] as number) + f;
    balance[a.to] = (balance[a.to] as number) - f;
    total += f * a.cost;
  });
  expect(balance).toEqual(p.supply.map((b) => b + 0));
  expect(cost).toBe(total);
};

describe("minCostFlow — examples", () => {
  test("the documented example: two schools, a hub with a narrow link, an antiparallel arc", () => {
    const r = minCostFlow({
      supply: [3, 2, 0, -5],
      arcs: [
        { from: 0, to: 2, capacity: 3, cost: 1 },
        { from: 1, to: 2, capacity: 2, cost: 1 },
        { from: 2, to: 3, capacity: 4, cost: 1 },
        { from: 0, to: 3, capacity: Infinity, cost: 5 },
        { from: 3, to: 2, capacity: 1, cost: 0 },
      ],
    });
    expect(r.ok && r.value).toEqual({ cost: 13, flows: [2, 2, 4, 1, 0] });
  });

  test("antiparallel arcs keep separate residual capacity (the node-pair bug)", () => {
    // 0 → 1 is cheap but narrow; 1 → 0 must not lend it capacity; the rest goes round through 2.
    const r = minCostFlow({
      supply: [3, -3, 0],
      arcs: [
        { from: 0, to: 1, capacity: 1, cost: 1 },
        { from: 1, to: 0, capacity: 5, cost: 1 },
        { from: 0, to: 2, capacity: 5, cost: 2 },
        { from: 2, to: 1, capacity: 5, cost: 2 },
      ],
    });
    expect(r.ok && r.value).toEqual({ cost: 9, flows: [1, 0, 2, 2] });
  });

  test("a negative cycle is saturated (min-cost circulation)", () => {
    const r = minCostFlow({
      supply: [0, 0],
      arcs: [
        { from: 0, to: 1, capacity: 2, cost: -5 },
        { from: 1, to: 0, capacity: 3, cost: 1 },
      ],
    });
    expect(r.ok && r.value).toEqual({ cost: -8, flows: [2, 2] });
  });

  test("an unreachable node with supply: InfeasibleError with the unplaced amount and a cut", () => {
    const r = minCostFlow({
      supply: [4, -6, 2],
      arcs: [
        { from: 0, to: 1, capacity: 9, cost: 1 },
        { from: 1, to: 2, capacity: 9, cost: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok || r.error._tag !== "InfeasibleError") return;
    expect(r.error).toMatchObject({
      subject: "min-cost flow",
      unplaced: 2,
      requested: 6,
      witness: { kind: "cut", nodes: [2], supply: 2, capacity: 0 },
    });
  });

  test("empty network", () => {
    expect(minCostFlow({ supply: [], arcs: [] })).toEqual({ ok: true, value: { cost: 0, flows: [] } });
  });
});

describe("minCostFlow — exact against HiGHS", () => {
  test(
    "optimum equals the LP optimum; infeasible exactly when the LP is, with the LP's unplaced amount",
    () => {
      fc.assert(
        fc.property(network, (p) => {
          const r = minCostFlow(p);
          const lp = highsFlow(p);
          if (r.ok) {
            expect(lp.cost).not.toBeNull();
            expectValidFlow(p, r.value.flows, r.value.cost);
            expect(r.value.cost).toBeCloseTo(lp.cost as number, 6);
            return;
          }
          if (r.error._tag !== "InfeasibleError") throw r.error;
          expect(lp.cost).toBeNull();
          expect(r.error.unplaced).toBe(lp.requested - lp.shipped);
          expect(r.error.requested).toBe(lp.requested);
          const { witness } = r.error;
          if (witness.kind !== "cut") throw new Error("expected a cut");
          // The certificate, checked from the input: net supply inside the cut minus what can leave it.
          const inside = new Set(witness.nodes);
          const supply = witness.nodes.reduce((a, v) => a + (p.supply[v] as number), 0);
          const out = p.arcs
            .filter((a) => inside.has(a.from) && !inside.has(a.to))
            .reduce((a, arc) => a + arc.capacity, 0);
          expect(witness.supply).toBe(supply);
          expect(witness.capacity).toBe(out);
          expect(supply - out).toBe(r.error.unplaced);
        }),
        { numRuns: 400 },
      );
    },
    SLOW,
  );
});

describe("minCostFlow — bad input is a typed ValidationError", () => {
  const arc = { from: 0, to: 1, capacity: 1, cost: 1 };
  test.each([
    ["NaN cost", { supply: [1, -1], arcs: [{ ...arc, cost: Number.NaN }] }, ["arcs", 0, "cost"]],
    ["Infinity cost", { supply: [1, -1], arcs: [{ ...arc, cost: Infinity }] }, ["arcs", 0, "cost"]],
    ["negative capacity", { supply: [1, -1], arcs: [{ ...arc, capacity: -1 }] }, ["arcs", 0, "capacity"]],
    ["fractional capacity", { supply: [1, -1], arcs: [{ ...arc, capacity: 0.5 }] }, ["arcs", 0, "capacity"]],
    ["node out of range", { supply: [1, -1], arcs: [{ ...arc, to: 2 }] }, ["arcs", 0, "to"]],
    ["fractional supply", { supply: [0.5, -0.5], arcs: [arc] }, ["supply", 0]],
    ["supplies not summing to 0", { supply: [2, -1], arcs: [arc] }, ["supply"]],
    [
      "negative cost without capacity",
      { supply: [1, -1], arcs: [{ ...arc, capacity: Infinity, cost: -1 }] },
      ["arcs", 0, "cost"],
    ],
    ["an arc that is not an object", { supply: [1, -1], arcs: [null] }, ["arcs", 0]],
    ["no arcs array", { supply: [0] }, ["arcs"]],
  ])("%s", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = minCostFlow(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    if (r.error._tag !== "ValidationError") return;
    expect(r.error.subject).toBe("flow problem");
    expect(r.error.issues[0]?.path).toEqual(path);
  });
});
