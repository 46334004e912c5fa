import { type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";
import { MAX_ISSUES } from "./checkCostMatrix.js";
import { type InfeasibleError, infeasibleError } from "./InfeasibleError.js";
import { successiveShortestPaths } from "./successiveShortestPaths.js";

/** One arc of a {@link FlowProblem}: up to `capacity` units from node `from` to node `to`, at `cost` per unit. */
export interface FlowArc {
  readonly from: number;
  readonly to: number;
  /** Non-negative integer, or `Infinity` for an uncapacitated arc. */
  readonly capacity: number;
  /** Finite cost per unit; negative only on an arc with a finite capacity. */
  readonly cost: number;
}

/** Input of {@link minCostFlow}: node supplies and arcs. */
export interface FlowProblem {
  /** Net supply of each node: > 0 ships out, < 0 must receive, 0 transit. Integers summing to 0. */
  readonly supply: ReadonlyArray<number>;
  readonly arcs: ReadonlyArray<FlowArc>;
}

/** An optimal flow found by {@link minCostFlow}. */
export interface Flow {
  /** Total cost, `Σ flows[a] × arcs[a].cost`. */
  readonly cost: number;
  /** Flow on each arc, in the order of the input arcs (integers). */
  readonly flows: number[];
}

/**
 * Minimum-cost flow on a general directed network: ships every node's supply to the nodes with demand along arcs
 * with capacities, at least total cost. Parallel and antiparallel arcs (`a → b` and `b → a`) are independent arcs,
 * nodes may be unreachable, costs may be negative on arcs with finite capacity (negative cycles included: they are
 * saturated). Supplies and capacities are integers (students, seats), so the optimal flow is integral (integrality
 * theorem of network flows). Supplies must sum to 0: to allow spare capacity, add a slack node with the negated sum
 * and zero-cost arcs to it — or use {@link solveTransportation}, which does that for the bipartite case.
 *
 * Exact: successive shortest paths with node potentials and Dijkstra on reduced costs (Edmonds & Karp 1972; Tomizawa
 * 1971; Ahuja, Magnanti & Orlin 1993, *Network Flows*, §9.7), residual arcs indexed per arc (the defect of graph
 * libraries that key residual capacity by node pair is exactly antiparallel arcs). O(U · (A + N) log N) for total
 * supply U.
 *
 * Errors are values: a {@link ValidationError} (subject `"flow problem"`) for a supply or capacity that is not a
 * (non-negative) integer, non-finite or `NaN` costs, nodes out of range, supplies not summing to 0, a negative cost
 * on an uncapacitated arc; an {@link InfeasibleError} when not all supply can reach the demand, with the amount and a
 * cut that proves it.
 *
 * @example
 * ```ts
 * import { minCostFlow } from "@jiaolianti/matching";
 * // Two schools (0, 1) send 3 + 2 classes to a venue (3) directly or through a hub (2); 2 → 3 is cheap but narrow.
 * const r = minCostFlow({
 *   supply: [3, 2, 0, -5],
 *   arcs: [
 *     { from: 0, to: 2, capacity: 3, cost: 1 },
 *     { from: 1, to: 2, capacity: 2, cost: 1 },
 *     { from: 2, to: 3, capacity: 4, cost: 1 },
 *     { from: 0, to: 3, capacity: Infinity, cost: 5 },
 *     { from: 3, to: 2, capacity: 1, cost: 0 }, // antiparallel to 2 → 3
 *   ],
 * });
 * if (r.ok) console.log(r.value.cost, r.value.flows); // 13 [2, 2, 4, 1, 0]
 * ```
 */
export const minCostFlow = (problem: FlowProblem): Result<Flow, ValidationError | InfeasibleError> => {
  const checked = checkFlowProblem(problem);
  if (!checked.ok) return checked;
  const net = checked.value;
  const out = successiveShortestPaths(net);
  if (out.reached !== null) {
    const nodes: number[] = [];
    let supply = 0;
    let requested = 0;
    for (let v = 0; v < net.nodes; v++) {
      const b = net.supply[v] as number;
      if (b > 0) requested += b;
      if (out.reached[v] === 1) {
        nodes.push(v);
        supply += b;
      }
    }
    let capacity = 0;
    for (let a = 0; a < net.from.length; a++)
      if (out.reached[net.from[a] as number] === 1 && out.reached[net.to[a] as number] === 0)
        capacity += net.capacity[a] as number;
    return {
      ok: false,
      error: infeasibleError("min-cost flow", out.unplaced, requested, { kind: "cut", nodes, supply, capacity }),
    };
  }
  const flows = Array.from(out.flow);
  let cost = 0;
  for (let a = 0; a < flows.length; a++)
    if ((flows[a] as number) !== 0) cost += (flows[a] as number) * (net.cost[a] as number);
  return { ok: true, value: { cost, flows } };
};

const isCount = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

/** Validates a {@link FlowProblem} and copies it into typed arrays (internal). */
const checkFlowProblem = (problem: unknown) => {
  const issues: ValidationIssue[] = [];
  const add = (path: ReadonlyArray<PropertyKey>, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const fail = () => ({ ok: false as const, error: validationError("flow problem", issues) });
  const p = problem as Partial<FlowProblem> | null;
  if (typeof p !== "object" || p === null) {
    add([], "Expected { supply, arcs }");
    return fail();
  }
  if (!Array.isArray(p.supply)) add(["supply"], "Expected an array of integers");
  if (!Array.isArray(p.arcs)) add(["arcs"], "Expected an array of arcs");
  if (issues.length > 0) return fail();
  const supplyIn = p.supply as ReadonlyArray<unknown>;
  const arcsIn = p.arcs as ReadonlyArray<unknown>;
  const nodes = supplyIn.length;
  const supply = new Float64Array(nodes);
  let sum = 0;
  let magnitude = 0;
  for (let v = 0; v < nodes; v++) {
    const b = supplyIn[v];
    if (typeof b !== "number" || !Number.isSafeInteger(b)) add(["supply", v], `${String(b)} is not an integer supply`);
    else {
      supply[v] = b;
      sum += b;
      magnitude += Math.abs(b);
    }
  }
  if (!Number.isSafeInteger(magnitude)) add(["supply"], "Supplies are too large to add up exactly");
  else if (issues.length === 0 && sum !== 0)
    add(["supply"], `Supplies sum to ${sum}, not 0 (add a slack node with supply ${-sum} and arcs to or from it)`);
  const arcs = arcsIn.length;
  const from = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const capacity = new Float64Array(arcs);
  const cost = new Float64Array(arcs);
  for (let a = 0; a < arcs; a++) {
    const arc = arcsIn[a] as Partial<FlowArc> | null;
    if (typeof arc !== "object" || arc === null) {
      add(["arcs", a], "Expected { from, to, capacity, cost }");
      continue;
    }
    const { from: f, to: t, capacity: u, cost: c } = arc;
    if (!Number.isInteger(f) || (f as number) < 0 || (f as number) >= nodes)
      add(["arcs", a, "from"], `${String(f)} is not a node (0 … ${nodes - 1})`);
    else from[a] = f as number;
    if (!Number.isInteger(t) || (t as number) < 0 || (t as number) >= nodes)
      add(["arcs", a, "to"], `${String(t)} is not a node (0 … ${nodes - 1})`);
    else to[a] = t as number;
    if (!isCount(u) && u !== Infinity)
      add(["arcs", a, "capacity"], `${String(u)} is not a capacity (a non-negative integer or Infinity)`);
    else capacity[a] = u;
    if (typeof c !== "number" || !Number.isFinite(c)) add(["arcs", a, "cost"], `${String(c)} is not a finite cost`);
    else {
      cost[a] = c;
      if (c < 0 && u === Infinity)
        add(["arcs", a, "cost"], "A negative cost needs a finite capacity (otherwise the cost may be unbounded)");
    }
  }
  if (issues.length > 0) return fail();
  return { ok: true as const, value: { nodes, supply, from, to, capacity, cost } };
};
