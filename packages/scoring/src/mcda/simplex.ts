import { denseLu } from "./denseLu.js";

/** One constraint of a {@link LinearProgram}: `coefficients · x (relation) rhs`. */
export interface LpConstraint {
  readonly coefficients: ArrayLike<number>;
  readonly relation: "<=" | ">=" | "=";
  readonly rhs: number;
}

/** `min` or `max` of `objective · x` subject to `constraints`, with every variable ≥ 0. */
export interface LinearProgram {
  readonly sense: "min" | "max";
  readonly objective: ArrayLike<number>;
  readonly constraints: ReadonlyArray<LpConstraint>;
}

/** Outcome of {@link simplex}. */
export type LpOutcome =
  | { readonly status: "optimal"; readonly x: Float64Array; readonly objective: number; readonly iterations: number }
  | {
      /** `numerical`: the final point violates a constraint by more than 1e-7 (relative) — never silently returned. */
      readonly status: "infeasible" | "unbounded" | "iteration-limit" | "numerical";
      readonly iterations: number;
    };

/** Primal feasibility tolerance (Harris ratio test, phase-1 residue) on data scaled to O(1). */
export const SIMPLEX_FEASIBILITY_TOLERANCE = 1e-9;
/** Optimality tolerance on reduced costs, relative to 1 + |c_j|. */
export const SIMPLEX_OPTIMALITY_TOLERANCE = 1e-9;
/** Smallest accepted pivot, relative to the largest entry of the entering column. */
const PIVOT_TOLERANCE = 1e-9;
/** Phase-1 residue (relative to max(1, |b|∞)) above which the programme is infeasible — the same 1e-7 as the final check. */
const INFEASIBLE_RESIDUE = 1e-7;
/** Column entries below this are exact zeros for the ratio test. */
const ZERO = 1e-12;
/** Consecutive degenerate pivots after which the pivot rule switches from Dantzig to Bland for good. */
const DEGENERATE_STREAK = 25;

/**
 * A small dense revised simplex (Dantzig 1951; two phases; Bland 1977 anti-cycling) for the DEA programmes — a few
 * rows, a few hundred columns (internal, not exported from the package).
 *
 * Robustness choices, because DEA data are often badly scaled and degenerate (each was forced by a failing random
 * comparison with HiGHS):
 *
 * - **Scaling.** Four passes of geometric-mean row/column scaling, then column equilibration, and the objective to
 *   largest cost 1, so the absolute tolerances act as relative ones; the solution is unscaled and checked against the
 *   caller's rows.
 * - **No tableau.** Every iteration refactorises the basis B (m × m, LU with partial pivoting) from the original
 *   columns and recomputes `x_B = B⁻¹b`, the duals `y = c_B B⁻¹` and the reduced costs: rounding never accumulates
 *   over iterations (m ≤ ~12 for DEA, so the O(m³) factorisation costs less than pricing the columns).
 * - **Harris ratio test** (Harris 1973) with feasibility tolerance {@link SIMPLEX_FEASIBILITY_TOLERANCE}: every
 *   decreasing basic variable bounds the step; among the rows within that bound it pivots on the largest entry, and
 *   on entries below 1e-9 of the column's largest only when nothing larger blocks.
 * - **Bound shifting.** A leaving variable the tolerance let slip below zero is moved to exactly zero by shifting the
 *   right-hand side (at most the tolerance), so a small pivot can never turn its residue into a negative value.
 * - **Phases.** Phase 1 minimises the sum of artificials; a residue above `1e-7 · max(1, |b|∞)` means infeasible.
 *   Artificials still basic afterwards are swapped for real columns when a clear pivot exists, otherwise their row is
 *   redundant; in phase 2 they are held at zero and artificial columns may not re-enter.
 * - **Pivot rule.** Dantzig's largest reduced cost (per unit of column norm), switching permanently to Bland's
 *   smallest index after {@link DEGENERATE_STREAK} consecutive degenerate pivots, which guarantees termination.
 * - **Final check.** The optimum is checked against every original constraint (1e-7 relative) and reported as
 *   `numerical` rather than returned if it fails.
 */
export const simplex = (lp: LinearProgram): LpOutcome => {
  const nv = lp.objective.length;
  const m = lp.constraints.length;
  // Columns: [original nv | one slack/surplus per inequality | one artificial per ≥/= row]; rows flipped so b ≥ 0.
  const rel = lp.constraints.map((c) =>
    c.rhs < 0 ? (c.relation === "<=" ? ">=" : c.relation === ">=" ? "<=" : "=") : c.relation,
  );
  const nSlack = rel.filter((r) => r !== "=").length;
  const nArt = rel.filter((r) => r !== "<=").length;
  const artStart = nv + nSlack;
  const N = artStart + nArt;
  const A = new Float64Array(N * m); // column-major: A[j * m + i]
  const b = new Float64Array(m);
  const basis = new Int32Array(m);
  for (let i = 0, s = nv, a = artStart; i < m; i++) {
    const c = lp.constraints[i] as LpConstraint;
    const sign = c.rhs < 0 ? -1 : 1;
    for (let j = 0; j < nv; j++) A[j * m + i] = sign * (c.coefficients[j] as number);
    b[i] = sign * c.rhs;
    if (rel[i] === "<=") {
      A[s * m + i] = 1;
      basis[i] = s++;
    } else {
      if (rel[i] === ">=") A[s++ * m + i] = -1;
      A[a * m + i] = 1;
      basis[i] = a++;
    }
  }
  // Scaling: four passes of geometric-mean scaling (each row, then each column, divided by √(max·min) of its nonzero
  // magnitudes), then equilibration of the columns to largest entry 1 (Curtis & Reid 1972 style, as GLPK's "gm"+"eq"),
  // so that the absolute tolerances below act as relative ones. x_j = colScale_j · x̃_j; slack and artificial
  // columns stay ±1 (their variables are scaled implicitly).
  const colScale = new Float64Array(nv).fill(1);
  const scaleRow = (i: number, f: number) => {
    for (let j = 0; j < nv; j++) A[j * m + i] = (A[j * m + i] as number) * f;
    b[i] = (b[i] as number) * f;
  };
  const scaleCol = (j: number, f: number) => {
    for (let i = 0; i < m; i++) A[j * m + i] = (A[j * m + i] as number) * f;
    colScale[j] = (colScale[j] as number) * f;
  };
  const spread = (get: (k: number) => number, len: number): [number, number] => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    for (let k = 0; k < len; k++) {
      const v = Math.abs(get(k));
      if (v === 0) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  };
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i < m; i++) {
      const [lo, hi] = spread((j) => A[j * m + i] as number, nv);
      if (hi > 0) scaleRow(i, 1 / Math.sqrt(lo * hi));
    }
    for (let j = 0; j < nv; j++) {
      const [lo, hi] = spread((i) => A[j * m + i] as number, m);
      if (hi > 0) scaleCol(j, 1 / Math.sqrt(lo * hi));
    }
  }
  for (let j = 0; j < nv; j++) {
    const [, hi] = spread((i) => A[j * m + i] as number, m);
    if (hi > 0) scaleCol(j, 1 / hi);
  }
  let bMax = 0;
  for (let i = 0; i < m; i++) bMax = Math.max(bMax, Math.abs(b[i] as number));
  const colNorm = new Float64Array(N);
  for (let j = 0; j < N; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s = Math.max(s, Math.abs(A[j * m + i] as number));
    colNorm[j] = s;
  }
  // Right-hand side actually solved for: b plus the small shifts that put each leaving variable exactly at zero.
  const shifted = Float64Array.from(b);
  const xB = new Float64Array(m);
  const y = new Float64Array(m);
  const alpha = new Float64Array(m);
  const isBasic = new Uint8Array(N);
  let iterations = 0;
  const maxIterations = 50 * (m + N) + 1000;

  const lu = denseLu(m);
  /** Factorises the current basis matrix from the original columns. */
  const factor = (): boolean => lu.factor((i, k) => A[(basis[k] as number) * m + i] as number);
  const solve = lu.solve;
  const solveTransposed = lu.solveTransposed;
  const columnTimes = (j: number, v: ArrayLike<number>): number => {
    let s = 0;
    for (let i = 0; i < m; i++) s += (A[j * m + i] as number) * (v[i] as number);
    return s;
  };

  /** Runs the simplex on costs `cost`; columns ≥ `limit` may not enter; `holdArtificials` keeps basic artificials at 0. */
  const run = (
    cost: Float64Array,
    limit: number,
    holdArtificials: boolean,
  ): "optimal" | "unbounded" | "iteration-limit" | "numerical" => {
    let bland = false;
    let streak = 0;
    const cB = new Float64Array(m);
    for (;;) {
      if (!factor()) return "numerical";
      solve(shifted, xB);
      for (let i = 0; i < m; i++) cB[i] = cost[basis[i] as number] as number;
      solveTransposed(cB, y);
      isBasic.fill(0);
      for (let i = 0; i < m; i++) isBasic[basis[i] as number] = 1;
      let e = -1;
      let best = 0;
      for (let j = 0; j < limit; j++) {
        if (isBasic[j]) continue;
        const cj = cost[j] as number;
        const d = cj - columnTimes(j, y);
        if (d >= -SIMPLEX_OPTIMALITY_TOLERANCE * (1 + Math.abs(cj))) continue;
        if (bland) {
          e = j;
          break;
        }
        const score = d / Math.max(1e-12, colNorm[j] as number); // scale-aware Dantzig
        if (score < best) {
          best = score;
          e = j;
        }
      }
      if (e < 0) return "optimal";
      if (iterations >= maxIterations) return "iteration-limit";
      const col = new Float64Array(m);
      for (let i = 0; i < m; i++) col[i] = A[e * m + i] as number;
      solve(col, alpha);
      let amax = 0;
      for (let i = 0; i < m; i++) amax = Math.max(amax, Math.abs(alpha[i] as number));
      const piv = PIVOT_TOLERANCE * Math.max(1, amax);
      const feas = SIMPLEX_FEASIBILITY_TOLERANCE;
      // A basic artificial held at zero must leave as soon as the entering column touches its row.
      let r = -1;
      if (holdArtificials)
        for (let i = 0; i < m; i++)
          if ((basis[i] as number) >= artStart && Math.abs(alpha[i] as number) > piv) {
            if (r < 0 || Math.abs(alpha[i] as number) > Math.abs(alpha[r] as number)) r = i;
          }
      let step = 0;
      if (r < 0) {
        // Harris pass 1: the largest step that keeps every basic variable ≥ −feas. Every decreasing variable counts
        // here, however small its rate (ignoring small rates lets long steps drive variables negative).
        let bound = Number.POSITIVE_INFINITY;
        let anyBlocking = false;
        for (let i = 0; i < m; i++) {
          const a = alpha[i] as number;
          if (a <= ZERO) continue;
          bound = Math.min(bound, (Math.max(0, xB[i] as number) + feas) / a);
          if (a > piv) anyBlocking = true;
        }
        if (!anyBlocking && !Number.isFinite(bound)) return "unbounded";
        // Pass 2: among rows whose ratio is within that bound, the largest pivot (Bland: the smallest basic index);
        // pivots below `piv` are taken only when nothing larger blocks.
        for (const minPivot of [piv, ZERO]) {
          for (let i = 0; i < m; i++) {
            const a = alpha[i] as number;
            if (a <= minPivot) continue;
            const q = Math.max(0, xB[i] as number) / a;
            if (q > bound) continue;
            const better = r < 0 || (bland ? (basis[i] as number) < (basis[r] as number) : a > (alpha[r] as number));
            if (better) {
              r = i;
              step = q;
            }
          }
          if (r >= 0) break;
        }
        if (r < 0) return "unbounded";
      }
      streak = step <= feas ? streak + 1 : 0;
      if (streak >= DEGENERATE_STREAK) bland = true;
      // Bound shifting: a leaving variable that the tolerance let slip below zero is moved to exactly zero by
      // shifting the right-hand side (b' = b − x_r · B_r), so dividing its residue by a small pivot can never make
      // the entering variable negative. The shifts are ≤ the feasibility tolerance and are undone by the final check.
      const xr = xB[r] as number;
      if (xr < 0) {
        const leaving = (basis[r] as number) * m;
        for (let i = 0; i < m; i++) shifted[i] = (shifted[i] as number) - xr * (A[leaving + i] as number);
      }
      basis[r] = e;
      iterations++;
    }
  };

  const sign = lp.sense === "max" ? -1 : 1;
  if (nArt > 0) {
    const c1 = new Float64Array(N);
    c1.fill(1, artStart);
    const s1 = run(c1, N, false);
    if (s1 !== "optimal") return { status: s1 === "unbounded" ? "numerical" : s1, iterations };
    let residue = 0;
    for (let i = 0; i < m; i++) if ((basis[i] as number) >= artStart) residue += Math.max(0, xB[i] as number);
    if (residue > INFEASIBLE_RESIDUE * Math.max(1, bMax)) return { status: "infeasible", iterations };
    // Swap remaining (zero-level) artificials for real columns with a clear pivot in their row of B⁻¹A.
    for (let i = 0; i < m; i++) {
      if ((basis[i] as number) < artStart) continue;
      if (!factor()) return { status: "numerical", iterations };
      const unit = new Float64Array(m);
      unit[i] = 1;
      const rho = new Float64Array(m);
      solveTransposed(unit, rho); // row i of B⁻¹
      isBasic.fill(0);
      for (let k = 0; k < m; k++) isBasic[basis[k] as number] = 1;
      let e = -1;
      let big = 1e-7;
      for (let j = 0; j < artStart; j++) {
        if (isBasic[j]) continue;
        const v = Math.abs(columnTimes(j, rho)) / Math.max(1e-12, colNorm[j] as number);
        if (v > big) {
          big = v;
          e = j;
        }
      }
      if (e >= 0) basis[i] = e;
    }
  }
  const c2 = new Float64Array(N);
  let cMax = 0;
  for (let j = 0; j < nv; j++) {
    c2[j] = sign * (lp.objective[j] as number) * (colScale[j] as number);
    cMax = Math.max(cMax, Math.abs(c2[j] as number));
  }
  // The objective is scaled too (largest cost 1), so the reduced-cost tolerance is relative to the objective.
  if (cMax > 0) for (let j = 0; j < nv; j++) c2[j] = (c2[j] as number) / cMax;
  const s2 = run(c2, artStart, true);
  if (s2 !== "optimal") return { status: s2, iterations };
  const x = new Float64Array(nv);
  for (let i = 0; i < m; i++) {
    const k = basis[i] as number;
    if (k < nv) x[k] = Math.max(0, xB[i] as number) * (colScale[k] as number);
  }
  for (let i = 0; i < m; i++) {
    const c = lp.constraints[i] as LpConstraint;
    let lhs = 0;
    let scale = Math.abs(c.rhs);
    for (let j = 0; j < nv; j++) {
      const t = (c.coefficients[j] as number) * (x[j] as number);
      lhs += t;
      scale = Math.max(scale, Math.abs(t));
    }
    const slack = 1e-7 * Math.max(1, scale);
    if ((c.relation !== ">=" && lhs > c.rhs + slack) || (c.relation !== "<=" && lhs < c.rhs - slack))
      return { status: "numerical", iterations };
  }
  let value = 0;
  for (let j = 0; j < nv; j++) value += (lp.objective[j] as number) * (x[j] as number);
  return { status: "optimal", x, objective: value, iterations };
};
