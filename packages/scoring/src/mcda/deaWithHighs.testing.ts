import highsLoader from "highs";

/** HiGHS (wasm), the LP solver the DEA tests use as their oracle and the DEA benchmark as its peer. */
export type Highs = Awaited<ReturnType<typeof highsLoader>>;
export const loadHighs = (): Promise<Highs> => highsLoader();
// HiGHS's default feasibility tolerances (1e-7) stop early on badly scaled DEA programmes (found by these tests: a unit
// with φ* = 1 + 1/14 895 reported as 1), so the oracle runs at 1e-10, with both its simplex and its interior-point
// solver (the simplex sometimes ends "Unknown" at that tolerance).
export const TIGHT = {
  output_flag: false,
  primal_feasibility_tolerance: 1e-10,
  dual_feasibility_tolerance: 1e-10,
  time_limit: 5,
} as const;
export const HIGHS_ATTEMPTS = [TIGHT, { ...TIGHT, solver: "ipm" }] as const;

/** The envelopment LP of unit o written out in CPLEX LP format on the raw (unscaled) data; its optimum is θ* or φ*. */
export const deaLpText = (
  X: number[][],
  Y: number[][],
  o: number,
  model: "CCR" | "BCC",
  orientation: "input" | "output",
): string => {
  const n = X.length;
  const lam = (j: number) => `l${j}`;
  const sum = (coef: (j: number) => number) =>
    Array.from({ length: n }, (_, j) => coef(j))
      .map((c, j) => `+ ${c} ${lam(j)}`)
      .join(" ");
  const rows: string[] = [];
  const xo = X[o] as number[];
  const yo = Y[o] as number[];
  xo.forEach((x, i) => {
    const lhs = sum((j) => X[j]?.[i] as number);
    rows.push(orientation === "input" ? `${lhs} - ${x} t <= 0` : `${lhs} <= ${x}`);
  });
  yo.forEach((y, r) => {
    const lhs = sum((j) => Y[j]?.[r] as number);
    rows.push(orientation === "input" ? `${lhs} >= ${y}` : `${lhs} - ${y} t >= 0`);
  });
  if (model === "BCC") rows.push(`${sum(() => 1)} = 1`);
  return [
    orientation === "input" ? "Minimize" : "Maximize",
    " obj: t",
    "Subject To",
    ...rows.map((r, k) => ` c${k}: ${r}`),
    "Bounds",
    " t >= 0",
    ...Array.from({ length: n }, (_, j) => ` ${lam(j)} >= 0`),
    "End",
  ].join("\n");
};

/**
 * Oracle: {@link deaLpText} solved by HiGHS with both its solvers at tight tolerances.
 * Returns θ* (input orientation) or φ* (output orientation).
 */
export const highsRadial = (
  highs: Highs,
  X: number[][],
  Y: number[][],
  o: number,
  model: "CCR" | "BCC",
  orientation: "input" | "output",
): number => {
  const text = deaLpText(X, Y, o, model, orientation);
  // Both HiGHS solvers; on degenerate instances they can differ by ~1e-6, and the better optimum is the reference.
  const values = HIGHS_ATTEMPTS.map((options) => highs.solve(text, options))
    .filter((s) => s.Status === "Optimal")
    .map((s) => s.ObjectiveValue);
  if (values.length === 0) throw new Error(`HiGHS found no optimum for unit ${o}`);
  return orientation === "input" ? Math.min(...values) : Math.max(...values);
};
