import { type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";
import { checkCostMatrix, MAX_ISSUES } from "./checkCostMatrix.js";
import { type InfeasibleError, infeasibleError } from "./InfeasibleError.js";
import { transportFewSinks } from "./transportFewSinks.js";
import { transportOnNetwork } from "./transportOnNetwork.js";

/**
 * Above this many sinks {@link solveTransportation} solves on the bipartite network instead of the sink graph (whose
 * `sinks²` shift table would then dominate time and memory: 1024² entries ≈ 12 MB).
 */
export const FEW_SINKS_MAX = 1024;

/** Input of {@link solveTransportation}. */
export interface TransportationProblem {
  /** `cost[i][j]`: cost per unit from source `i` (a school, a group) to sink `j` (a session); `Infinity` = forbidden. */
  readonly cost: ReadonlyArray<ArrayLike<number>>;
  /** Units each source must place (non-negative integers: students). */
  readonly supply: ReadonlyArray<number>;
  /** Units each sink can take (non-negative integers: seats; `Infinity` = unlimited). */
  readonly capacity: ReadonlyArray<number>;
}

/** An optimal plan found by {@link solveTransportation}. */
export interface TransportationPlan {
  /** Total cost, `Σ flows[i][j] × cost[i][j]`. */
  readonly cost: number;
  /** `flows[i][j]`: units from source `i` to sink `j` (integers; rows sum to `supply[i]`). */
  readonly flows: number[][];
  /** Units each sink receives (≤ its capacity). */
  readonly load: number[];
}

/**
 * Places every unit of supply (students of each school or group) into sinks (sessions, venues) without exceeding any
 * capacity, at minimum total cost (travel minutes, distance, any per-unit cost); spare capacity may stay unused.
 * `Infinity` forbids a source–sink pair. Integral: with integer supplies and capacities the optimal plan is integral
 * (integrality theorem of network flows), so no student is split.
 *
 * Exact: successive shortest paths with potentials. With up to {@link FEW_SINKS_MAX} sinks it runs on the sink graph
 * (Kleinschmidt & Schannath 1995, Math. Programming 68:1–13; Brenner 2008, Oper. Res. Letters 36(4):408–413) —
 * Dijkstra over sinks only, O(sinks²) per augmentation, which is what makes 5000 students × 200 sessions fast; above
 * that, on the bipartite network with a binary heap ({@link minCostFlow}'s kernel).
 *
 * Errors are values: a {@link ValidationError} (subject `"transportation problem"`, paths into `cost`, `supply`,
 * `capacity`) for a non-rectangular matrix, `NaN`/`−Infinity`/non-number costs, supplies or capacities that are not
 * non-negative integers, or lengths that do not match the matrix; an {@link InfeasibleError} when the supply cannot
 * all be placed, with the number of units that cannot and a Hall witness: sources whose supply exceeds the capacity
 * of every sink they may use.
 *
 * @example
 * ```ts
 * import { solveTransportation } from "@jiaolianti/matching";
 * // Three schools send 30, 25 and 20 students to two sessions with 40 and 35 seats; cost = minutes of travel.
 * const r = solveTransportation({
 *   cost: [
 *     [10, 25],
 *     [15, 12],
 *     [30, 14],
 *   ],
 *   supply: [30, 25, 20],
 *   capacity: [40, 35],
 * });
 * if (r.ok) console.log(r.value.cost, r.value.flows); // 910 [[30, 0], [10, 15], [0, 20]]
 * ```
 */
export const solveTransportation = (
  problem: TransportationProblem,
): Result<TransportationPlan, ValidationError | InfeasibleError> => {
  const subject = "transportation problem";
  const p = problem as Partial<TransportationProblem> | null;
  if (typeof p !== "object" || p === null)
    return {
      ok: false,
      error: validationError(subject, [{ path: [], message: "Expected { cost, supply, capacity }" }]),
    };
  const matrix = checkCostMatrix(p.cost, subject, { prefix: ["cost"] });
  if (!matrix.ok) return matrix;
  const { rows: n, data } = matrix.value;
  // With no sources the matrix cannot tell the number of sinks: take it from the capacities.
  const m = n === 0 && Array.isArray(p.capacity) ? p.capacity.length : matrix.value.cols;
  const issues: ValidationIssue[] = [];
  const supply = checkCounts(p.supply, n, "supply", false, issues);
  const capacity = checkCounts(p.capacity, m, "capacity", true, issues);
  if (supply === null || capacity === null || issues.length > 0)
    return { ok: false, error: validationError(subject, issues) };
  let requested = 0;
  for (const s of supply) requested += s;

  let flow: Float64Array;
  let left: Float64Array;
  if (m <= FEW_SINKS_MAX) ({ flow, left } = transportFewSinks(n, m, data, supply, capacity));
  else ({ flow, left } = transportOnNetwork(n, m, data, supply, capacity));

  let unplaced = 0;
  for (const x of left) unplaced += x;
  if (unplaced > 0)
    return { ok: false, error: hallWitness(n, m, data, supply, capacity, flow, left, unplaced, requested) };

  const flows: number[][] = [];
  const load = new Array<number>(m).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = Array.from(flow.subarray(i * m, (i + 1) * m));
    for (let j = 0; j < m; j++) {
      const f = row[j] as number;
      if (f === 0) continue;
      load[j] = (load[j] as number) + f;
      total += f * (data[i * m + j] as number);
    }
    flows.push(row);
  }
  return { ok: true, value: { cost: total, flows, load } };
};

/** Validates a vector of non-negative integers (`Infinity` too if `unlimited`) of length `length` (internal). */
const checkCounts = (
  input: unknown,
  length: number,
  name: "supply" | "capacity",
  unlimited: boolean,
  issues: ValidationIssue[],
): Float64Array | null => {
  const what = name === "supply" ? "row" : "column";
  if (!Array.isArray(input)) {
    issues.push({ path: [name], message: "Expected an array of non-negative integers" });
    return null;
  }
  if (input.length !== length) {
    issues.push({ path: [name], message: `Has ${input.length} entries, expected ${length} (one per ${what} of cost)` });
    return null;
  }
  const out = new Float64Array(length);
  let sum = 0;
  for (let k = 0; k < length; k++) {
    const x: unknown = input[k];
    const okCount = typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
    if (!okCount && !(unlimited && x === Infinity)) {
      if (issues.length < MAX_ISSUES)
        issues.push({
          path: [name, k],
          message: `${String(x)} is not a non-negative integer${unlimited ? " (or Infinity)" : ""}`,
        });
      continue;
    }
    out[k] = x as number;
    if (x !== Infinity) sum += x as number;
  }
  if (!Number.isSafeInteger(sum)) issues.push({ path: [name], message: "Total is too large to add up exactly" });
  return out;
};

/**
 * The Hall witness of an infeasible plan (internal): sources reachable in the residual network from a source with
 * supply left (forward on allowed pairs, backward on pairs carrying flow) and the sinks they reach. Those sinks are
 * full and receive only from those sources, so `demand − capacity` equals the unplaced total.
 */
const hallWitness = (
  n: number,
  m: number,
  data: Float64Array,
  supply: Float64Array,
  capacity: Float64Array,
  flow: Float64Array,
  left: Float64Array,
  unplaced: number,
  requested: number,
): InfeasibleError => {
  const source = new Uint8Array(n);
  const sink = new Uint8Array(m);
  const queue: number[] = [];
  for (let i = 0; i < n; i++)
    if ((left[i] as number) > 0) {
      source[i] = 1;
      queue.push(i);
    }
  while (queue.length > 0) {
    const i = queue.pop() as number;
    for (let j = 0; j < m; j++) {
      if (sink[j] === 1 || (data[i * m + j] as number) === Infinity) continue;
      sink[j] = 1;
      for (let r = 0; r < n; r++)
        if (source[r] === 0 && (flow[r * m + j] as number) > 0) {
          source[r] = 1;
          queue.push(r);
        }
    }
  }
  const sources: number[] = [];
  const sinks: number[] = [];
  let demand = 0;
  let cap = 0;
  for (let i = 0; i < n; i++)
    if (source[i] === 1) {
      sources.push(i);
      demand += supply[i] as number;
    }
  for (let j = 0; j < m; j++)
    if (sink[j] === 1) {
      sinks.push(j);
      cap += capacity[j] as number;
    }
  return infeasibleError("transportation", unplaced, requested, {
    kind: "hall",
    sources,
    sinks,
    demand,
    capacity: cap,
  });
};
