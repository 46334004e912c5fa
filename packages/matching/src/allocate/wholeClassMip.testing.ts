/**
 * Test and benchmark helper (not published): the whole-class allocation problem exactly as `allocate` builds it, and
 * its mixed-integer program solved by HiGHS, to measure the heuristic and the bounds against the true optimum.
 */
import type highsLoader from "highs";
import type { z } from "zod";
import { travelMinutes } from "../travel/travelMinutes.js";
import { AllocateOptions } from "./AllocateOptions.js";
import { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import type { AllocationProblem } from "./AllocationProblem.js";
import { buildAllocationProblem } from "./buildAllocationProblem.js";
import { penaltyBands } from "./fairnessPenalty.js";

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** The core problem and penalty settings `allocate` solves for these inputs (embedded travel model, no rankings). */
export interface WholeClassModel {
  readonly problem: AllocationProblem;
  readonly penalty: number;
  readonly fairness: number;
}

/**
 * Builds the {@link AllocationProblem} that `allocate(demands, offers, options)` builds (same validation, same
 * embedded travel model: straight line × detour factor ÷ the demand's mode speed). Throws on bad input (test helper).
 */
export const wholeClassModel = (
  demands: ReadonlyArray<AllocationDemand>,
  offers: ReadonlyArray<AllocationOffer>,
  options: AllocateOptions = {},
): WholeClassModel => {
  const o = AllocateOptions.parse(options);
  const ds = demands.map((d) => AllocationDemand.parse(d));
  const os = offers.map((x) => AllocationOffer.parse(x));
  const minutes = (i: number, j: number): number => {
    const d = ds[i] as z.output<typeof AllocationDemand>;
    const x = os[j] as z.output<typeof AllocationOffer>;
    return travelMinutes(d.origin, x.location ?? d.origin, {
      metersPerMinute: o.speeds[d.travelMode],
      detourFactor: o.detourFactor,
    }).minutes;
  };
  const problem = buildAllocationProblem(ds, os, o, minutes, new Map());
  return { problem, penalty: o.unplacedPenalty, fairness: o.fairness };
};

/** What HiGHS reports for the whole-class MIP. */
export interface WholeClassMipResult {
  /** `optimal` (proven within `mip_rel_gap` = 0), or `time-limit` (then `objective` is only the incumbent). */
  readonly status: "optimal" | "time-limit";
  /** Objective of the best integer solution found (the optimum when `status` is `optimal`). */
  readonly objective: number;
  /** HiGHS's proven lower bound on the optimum (`mip_dual_bound`). */
  readonly bound: number;
  /** Branch-and-bound nodes explored. */
  readonly nodes: number;
  /** Wall-clock seconds of the solve. */
  readonly seconds: number;
  /** The objective recomputed from the solution (placements + convex band penalty), as a check of the model. */
  readonly recomputed: number;
}

/**
 * The whole-class problem as a MIP (HiGHS 1.x, wasm): binaries `x_ic` (demand `i` takes candidate offer `c`, cost
 * `size_i × perSeat_ic`), `Σ_c x_ic ≤ 1` per demand, `Σ_i size_i x_ic ≤ capacity_c` per offer, and per fairness group
 * `g` continuous band variables `0 ≤ y_gk ≤ width_k` (cost `slope_k` per seat, convex so the cheapest band fills
 * first) with `Σ size_i x_ic + Σ_k y_gk = requested_g`. Solved to a zero relative gap, or until `timeLimitSeconds`.
 * The solution is checked (integral, feasible) and its objective recomputed independently; throws if it fails.
 */
export const solveWholeClassMip = (
  highs: Highs,
  model: WholeClassModel,
  timeLimitSeconds: number,
): WholeClassMipResult => {
  const { problem, penalty, fairness } = model;
  const n = problem.demands.length;
  const m = problem.offers.length;
  const schools = [...new Set(problem.demands.map((d) => d.group))];
  const schoolRow = new Map(schools.map((s, g) => [s, n + m + g]));
  const requested = schools.map((s) =>
    problem.demands.filter((d) => d.group === s).reduce((sum, d) => sum + d.size, 0),
  );
  const bands = requested.map((r) => penaltyBands(r, penalty, fairness));

  const cost: number[] = [];
  const upper: number[] = [];
  const integrality: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const xs: Array<{ i: number; offer: number; cost: number }> = [];
  problem.demands.forEach((d, i) => {
    for (const c of problem.candidates[i] ?? []) {
      xs.push({ i, offer: c.offer, cost: d.size * c.perSeat });
      cost.push(d.size * c.perSeat);
      upper.push(1);
      integrality.push(1);
      indices.push(i, n + c.offer, schoolRow.get(d.group) as number);
      values.push(1, d.size, d.size);
      starts.push(indices.length);
    }
  });
  bands.forEach((list, g) => {
    for (const b of list) {
      cost.push(b.slope);
      upper.push(b.width);
      integrality.push(0);
      indices.push(n + m + g);
      values.push(1);
      starts.push(indices.length);
    }
  });
  const numCols = cost.length;
  const numRows = n + m + schools.length;
  const rowLower = [
    ...problem.demands.map(() => -highs.infinity),
    ...problem.offers.map(() => -highs.infinity),
    ...requested,
  ];
  const rowUpper = [...problem.demands.map(() => 1), ...problem.offers.map((o) => o.capacity), ...requested];
  const started = performance.now();
  return highs.withModel(
    {
      numCols,
      numRows,
      colCost: Float64Array.from(cost),
      colLower: new Float64Array(numCols),
      colUpper: Float64Array.from(upper),
      rowLower: Float64Array.from(rowLower),
      rowUpper: Float64Array.from(rowUpper),
      integrality: Int32Array.from(integrality),
      matrix: {
        format: "csc",
        numRows,
        numCols,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    },
    (mip): WholeClassMipResult => {
      mip.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 1e-9 });
      mip.run();
      const seconds = (performance.now() - started) / 1000;
      const code = mip.getModelStatus();
      const { optimal, timeLimit } = highs.constants.modelStatus;
      if (code !== optimal && code !== timeLimit) throw new Error(`HiGHS stopped with model status ${code}`);
      const x = mip.getSolution().colValue;
      // Check the solution independently: integral, each demand once, capacities, objective with the band penalty.
      const used = new Float64Array(m);
      const placed = new Float64Array(schools.length);
      const taken = new Float64Array(n);
      let placementCost = 0;
      xs.forEach((v, k) => {
        const value = x[k] as number;
        if (Math.abs(value - Math.round(value)) > 1e-6) throw new Error("HiGHS solution is not integral");
        if (Math.round(value) !== 1) return;
        const d = problem.demands[v.i] as AllocationProblem["demands"][number];
        taken[v.i] = (taken[v.i] as number) + 1;
        used[v.offer] = (used[v.offer] as number) + d.size;
        const g = (schoolRow.get(d.group) as number) - n - m;
        placed[g] = (placed[g] as number) + d.size;
        placementCost += v.cost;
      });
      if (taken.some((t) => t > 1)) throw new Error("HiGHS placed a demand twice");
      if (problem.offers.some((o, j) => (used[j] as number) > o.capacity)) throw new Error("HiGHS exceeded a capacity");
      let unplacedCost = 0;
      bands.forEach((list, g) => {
        let left = (requested[g] as number) - (placed[g] as number);
        for (const b of list) {
          const take = Math.min(left, b.width);
          unplacedCost += take * b.slope;
          left -= take;
        }
      });
      return {
        status: code === optimal ? "optimal" : "time-limit",
        objective: mip.getObjectiveValue(),
        bound: Number(mip.info.get("mip_dual_bound")),
        nodes: Number(mip.info.get("mip_node_count")),
        seconds,
        recomputed: placementCost + unplacedCost,
      };
    },
  );
};
