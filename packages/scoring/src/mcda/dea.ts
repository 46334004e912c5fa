import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { checkMatrix } from "./checkMatrix.js";
import type { Matrix } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";
import { type LpConstraint, simplex } from "./simplex.js";

/** Options of {@link dea}. */
export const DeaOptions = z
  .object({
    /** `CCR` constant returns to scale (Charnes, Cooper & Rhodes 1978); `BCC` variable (Banker, Charnes & Cooper 1984). @default "CCR" */
    model: z.enum(["CCR", "BCC"]).default("CCR"),
    /** `input`: shrink inputs radially (θ ≤ 1); `output`: expand outputs radially (φ ≥ 1). @default "input" */
    orientation: z.enum(["input", "output"]).default("input"),
  })
  .strict();
/** Options of {@link dea}. */
export type DeaOptions = z.input<typeof DeaOptions>;

/** One decision-making unit's DEA result: score, benchmark peers, slacks and the efficient target. */
export interface DeaUnit {
  /** Efficiency in (0, 1]: θ* (input orientation) or 1/φ* (output orientation); within 1e-8 of 1 reported as 1. */
  readonly efficiency: number;
  /** The radial factor itself: θ* ≤ 1 (input) or φ* ≥ 1 (output). */
  readonly radial: number;
  /**
   * `efficient`: radial score 1 and no slack (Pareto–Koopmans efficient); `weakly-efficient`: radial score 1 but some
   * input could still shrink or output grow; `inefficient` otherwise.
   */
  readonly status: "efficient" | "weakly-efficient" | "inefficient";
  /** Intensity λ_j of every unit in the benchmark combination (second-stage solution). */
  readonly lambdas: ReadonlyArray<number>;
  /**
   * `true` when the slacks come from the second-stage programme (maximal slacks, the standard); `false` when that
   * programme could not be solved reliably and they were derived from the first-stage benchmark (then `efficient` may
   * be reported for a unit that is only weakly efficient).
   */
  readonly slacksMaximised: boolean;
  /** Units with λ_j > 1e-8: the efficient peers this unit is compared with. */
  readonly peers: ReadonlyArray<number>;
  /** Input excess s⁻ left after the radial move (original units). */
  readonly inputSlacks: ReadonlyArray<number>;
  /** Output shortfall s⁺ left after the radial move (original units). */
  readonly outputSlacks: ReadonlyArray<number>;
  /** Efficient projection of the inputs: θ*·x − s⁻ (input) or x − s⁻ (output). */
  readonly inputTargets: ReadonlyArray<number>;
  /** Efficient projection of the outputs: y + s⁺ (input) or φ*·y + s⁺ (output). */
  readonly outputTargets: ReadonlyArray<number>;
}

/** DEA efficiency of every unit, with the model that produced it. */
export interface DeaResult {
  /** `units[k].efficiency` for every unit, in row order. */
  readonly efficiencies: ReadonlyArray<number>;
  readonly units: ReadonlyArray<DeaUnit>;
  readonly model: "CCR" | "BCC";
  readonly orientation: "input" | "output";
  readonly returnsToScale: "constant" | "variable";
}

/** Radial scores within this of 1, and (mean-scaled) slacks below it, are exact 1 and 0: solver accuracy, not data. */
const EPS = 1e-8;

/**
 * Data Envelopment Analysis, envelopment form, for the resource efficiency (效能) of venues, schools or projects:
 * CCR (Charnes, Cooper & Rhodes 1978, constant returns to scale) or BCC (Banker, Charnes & Cooper 1984, variable
 * returns: Σλ = 1), input- or output-oriented. For each unit o:
 *
 * - input: `min θ` s.t. `Σ_j λ_j x_ij ≤ θ x_io`, `Σ_j λ_j y_rj ≥ y_ro`, `λ ≥ 0` (BCC: `Σλ = 1`);
 * - output: `max φ` s.t. `Σ_j λ_j x_ij ≤ x_io`, `Σ_j λ_j y_rj ≥ φ y_ro`, `λ ≥ 0` (BCC: `Σλ = 1`);
 *
 * then a second stage maximises the total slack with the radial score fixed (Cooper, Seiford & Tone 2007, §3.3), which
 * separates efficient from weakly efficient units and gives peers and targets. Slacks are summed in units of each
 * input's or output's mean, so the second stage does not depend on units of measurement.
 *
 * Numerics: the programmes are solved by our own dense revised simplex (tested against HiGHS on random instances).
 * Every input and output is divided by its mean first (efficiency is unit-invariant); an exact presolve drops the
 * units that use an input unit o does not use (they must have λ = 0) and the constraints of outputs o does not
 * produce, which removes the zero right-hand sides where tolerances would otherwise let θ drift. Radial scores within
 * 1e-8 of 1 and slacks below 1e-8 (mean units) are reported as exactly 1 and 0. If the second stage cannot be solved
 * reliably, slacks come from the first-stage benchmark and `slacksMaximised` is `false`; if the first stage cannot,
 * the unit's error is returned (`no-convergence`, only seen on data spanning ~9 orders of magnitude in one column).
 *
 * Rows are units; `inputs` and `outputs` have the same rows. Data must be finite and ≥ 0 (`negative`), and every unit
 * needs at least one positive input and one positive output (`degenerate`), so that every programme is feasible and
 * bounded.
 *
 * @example
 * ```ts
 * import { dea } from "@jiaolianti/scoring";
 * // Venues: inputs (staff, budget 万元), outputs (student visits, activities).
 * const r = dea(
 *   [[4, 30], [6, 40], [5, 25], [8, 60]],
 *   [[1200, 40], [1500, 45], [1300, 50], [1600, 48]],
 *   { model: "BCC", orientation: "input" },
 * );
 * if (r.ok) console.log(r.value.efficiencies, r.value.units[3]?.peers);
 * ```
 */
export const dea = (inputs: Matrix, outputs: Matrix, options: DeaOptions = {}): Result<DeaResult, McdaError> => {
  const parsed = parseOptions(DeaOptions, options, "dea options");
  if (!parsed.ok) return parsed;
  const { model, orientation } = parsed.value;
  const advice: readonly [string, string] = ["DEA needs non-negative inputs and outputs", "DEA 要求投入和产出均非负"];
  const xs = checkMatrix(inputs, "dea inputs", { nonNegative: advice });
  if (!xs.ok) return xs;
  const ys = checkMatrix(outputs, "dea outputs", { nonNegative: advice });
  if (!ys.ok) return ys;
  const n = xs.value.rows;
  if (ys.value.rows !== n)
    return fail(
      "dea outputs",
      "length-mismatch",
      [],
      `${ys.value.rows} rows of outputs for ${n} rows of inputs`,
      `产出有 ${ys.value.rows} 行,投入有 ${n} 行,应一致`,
    );
  const X = scaleColumns(xs.value.columns);
  const Y = scaleColumns(ys.value.columns);
  for (let k = 0; k < n; k++) {
    if (!X.columns.some((c) => (c[k] as number) > 0))
      return fail("dea inputs", "degenerate", [k], `unit ${k} has no positive input`, `第 ${k} 个单元没有正的投入`);
    if (!Y.columns.some((c) => (c[k] as number) > 0))
      return fail("dea outputs", "degenerate", [k], `unit ${k} has no positive output`, `第 ${k} 个单元没有正的产出`);
  }
  const units: DeaUnit[] = [];
  for (let o = 0; o < n; o++) {
    const unit = solveUnit(X.columns, Y.columns, n, o, model === "BCC", orientation === "input");
    if (!unit.ok) return unit;
    units.push(unscale(unit.value, X.scale, Y.scale, orientation === "input"));
  }
  return {
    ok: true,
    value: {
      efficiencies: units.map((u) => u.efficiency),
      units,
      model,
      orientation,
      returnsToScale: model === "CCR" ? "constant" : "variable",
    },
  };
};

/** Divides every column by its mean (columns of zeros are left as they are). */
const scaleColumns = (columns: ReadonlyArray<Float64Array>): { columns: Float64Array[]; scale: number[] } => {
  const scale: number[] = [];
  const out = columns.map((c) => {
    let s = 0;
    for (const v of c) s += v;
    const mean = s / c.length;
    const f = mean > 0 ? mean : 1;
    scale.push(f);
    return c.map((v) => v / f);
  });
  return { columns: out, scale };
};

interface ScaledUnit {
  slacksMaximised: boolean;
  radial: number;
  lambdas: Float64Array;
  sMinus: Float64Array;
  sPlus: Float64Array;
  x: Float64Array;
  y: Float64Array;
}

const solveUnit = (
  X: ReadonlyArray<Float64Array>,
  Y: ReadonlyArray<Float64Array>,
  n: number,
  o: number,
  variable: boolean,
  input: boolean,
): Result<ScaledUnit, McdaError> => {
  const mIn = X.length;
  const sOut = Y.length;
  const xo = Float64Array.from(X, (c) => c[o] as number);
  const yo = Float64Array.from(Y, (c) => c[o] as number);
  // Exact presolve. An input unit o does not use (x_io = 0) caps Σ_j λ_j x_ij at 0, so every unit that uses it has
  // λ_j = 0 and the row disappears; an output unit o does not produce (y_ro = 0) is a constraint Σ λ_j y_rj ≥ 0 that
  // always holds. Dropping them removes the zero right-hand sides on which tolerances would otherwise let θ drift.
  const ins = Array.from({ length: mIn }, (_, i) => i).filter((i) => (xo[i] as number) > 0);
  const outs = Array.from({ length: sOut }, (_, r) => r).filter((r) => (yo[r] as number) > 0);
  const zeroOuts = Array.from({ length: sOut }, (_, r) => r).filter((r) => (yo[r] as number) === 0);
  const J = Array.from({ length: n }, (_, j) => j).filter((j) =>
    X.every((c, i) => (xo[i] as number) > 0 || (c[j] as number) === 0),
  );
  const k = J.length; // includes o itself
  // Stage 1, variables [t, λ_J] with t = θ (input) or φ (output).
  const rows: LpConstraint[] = [];
  for (const i of ins) {
    const c = X[i] as Float64Array;
    const a = new Float64Array(k + 1);
    J.forEach((j, q) => {
      a[q + 1] = c[j] as number;
    });
    if (input) a[0] = -(xo[i] as number);
    rows.push({ coefficients: a, relation: "<=", rhs: input ? 0 : (xo[i] as number) });
  }
  for (const r of outs) {
    const c = Y[r] as Float64Array;
    const a = new Float64Array(k + 1);
    J.forEach((j, q) => {
      a[q + 1] = c[j] as number;
    });
    if (!input) a[0] = -(yo[r] as number);
    rows.push({ coefficients: a, relation: ">=", rhs: input ? (yo[r] as number) : 0 });
  }
  if (variable)
    rows.push({
      coefficients: Float64Array.from({ length: k + 1 }, (_, q) => (q === 0 ? 0 : 1)),
      relation: "=",
      rhs: 1,
    });
  const c1 = new Float64Array(k + 1);
  c1[0] = 1;
  const s1 = simplex({ sense: input ? "min" : "max", objective: c1, constraints: rows });
  if (s1.status !== "optimal") return lpFailure(s1.status, o, 1);
  const t = s1.x[0] as number;
  // Stage 2, variables [λ_J, s⁻ (used inputs), s⁺ (produced outputs)]: maximise the total slack with t fixed. The
  // shortfall s⁺_r = Σ λ_j y_rj on an output o does not produce is substituted into the objective.
  const nv = k + ins.length + outs.length;
  const c2 = new Float64Array(nv).fill(1, k);
  for (const r of zeroOuts)
    J.forEach((j, q) => {
      c2[q] = (c2[q] as number) + ((Y[r] as Float64Array)[j] as number);
    });
  const rows2: LpConstraint[] = [];
  ins.forEach((i, p) => {
    const c = X[i] as Float64Array;
    const a = new Float64Array(nv);
    J.forEach((j, q) => {
      a[q] = c[j] as number;
    });
    a[k + p] = 1;
    rows2.push({ coefficients: a, relation: "=", rhs: (input ? t : 1) * (xo[i] as number) });
  });
  outs.forEach((r, p) => {
    const c = Y[r] as Float64Array;
    const a = new Float64Array(nv);
    J.forEach((j, q) => {
      a[q] = c[j] as number;
    });
    a[k + ins.length + p] = -1;
    rows2.push({ coefficients: a, relation: "=", rhs: (input ? 1 : t) * (yo[r] as number) });
  });
  if (variable)
    rows2.push({ coefficients: Float64Array.from({ length: nv }, (_, q) => (q < k ? 1 : 0)), relation: "=", rhs: 1 });
  const s2 = simplex({ sense: "max", objective: c2, constraints: rows2 });
  // If the second stage cannot be solved reliably (only seen on data spanning ~9 orders of magnitude), keep the
  // verified radial score and derive slacks from the first-stage benchmark instead, and say so.
  const slacksMaximised = s2.status === "optimal";
  const lambdas = new Float64Array(n);
  J.forEach((j, q) => {
    lambdas[j] = (s2.status === "optimal" ? s2.x[q] : s1.x[q + 1]) as number;
  });
  const combo = (c: Float64Array) => J.reduce((acc, j) => acc + (lambdas[j] as number) * (c[j] as number), 0);
  const sMinus = Float64Array.from(X, (c, i) => Math.max(0, (input ? t : 1) * (xo[i] as number) - combo(c)));
  const sPlus = Float64Array.from(Y, (c, r) => Math.max(0, combo(c) - (input ? 1 : t) * (yo[r] as number)));
  return { ok: true, value: { radial: t, lambdas, sMinus, sPlus, x: xo, y: yo, slacksMaximised } };
};

const lpFailure = (status: "infeasible" | "unbounded" | "iteration-limit" | "numerical", o: number, stage: number) =>
  fail(
    "dea",
    status === "infeasible" || status === "unbounded" ? status : "no-convergence",
    [o],
    `the stage-${stage} linear programme of unit ${o} ended ${status}` +
      (status === "numerical" || status === "iteration-limit"
        ? " (an input or output spanning many orders of magnitude? measure it in coarser units or cap its extremes)"
        : ""),
    `第 ${o} 个单元的第 ${stage} 阶段线性规划${status === "infeasible" ? "无可行解" : status === "unbounded" ? "无界" : "未能求得可靠解(某项投入或产出的数量级跨度过大?请换用更粗的计量单位或截断极端值)"}`,
  );

const unscale = (u: ScaledUnit, xScale: number[], yScale: number[], input: boolean): DeaUnit => {
  let radial = u.radial;
  if (Math.abs(radial - 1) <= EPS) radial = 1;
  const efficiency = input ? radial : 1 / radial;
  const slackFree = u.sMinus.every((s) => s <= EPS) && u.sPlus.every((s) => s <= EPS);
  const status = radial === 1 ? (slackFree ? "efficient" : "weakly-efficient") : "inefficient";
  const inputSlacks = Array.from(u.sMinus, (s, i) => (s <= EPS ? 0 : s * (xScale[i] as number)));
  const outputSlacks = Array.from(u.sPlus, (s, r) => (s <= EPS ? 0 : s * (yScale[r] as number)));
  const lambdas = Array.from(u.lambdas);
  return {
    efficiency,
    radial,
    status,
    slacksMaximised: u.slacksMaximised,
    lambdas,
    peers: lambdas.flatMap((l, j) => (l > EPS ? [j] : [])),
    inputSlacks,
    outputSlacks,
    inputTargets: Array.from(
      u.x,
      (x, i) => (input ? radial : 1) * x * (xScale[i] as number) - (inputSlacks[i] as number),
    ),
    outputTargets: Array.from(
      u.y,
      (y, r) => (input ? 1 : radial) * y * (yScale[r] as number) + (outputSlacks[r] as number),
    ),
  };
};
