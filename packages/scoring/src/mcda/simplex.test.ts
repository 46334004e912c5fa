import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { type LinearProgram, simplex } from "./simplex.js";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
// Presolve off: with it HiGHS reported some unbounded programmes as "Infeasible" (found by the status test below).
const HIGHS_OPTIONS = { output_flag: false, presolve: "off" } as const;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

const term = (c: number, name: string) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} ${name}`;
/** The same programme in CPLEX LP format, solved by HiGHS (the oracle). */
const solveWithHighs = (lp: LinearProgram) => {
  const n = lp.objective.length;
  const vars = Array.from({ length: n }, (_, j) => `x${j}`);
  const obj = vars.map((v, j) => term(lp.objective[j] as number, v)).join(" ");
  const rows = lp.constraints.map((c, i) => {
    const lhs = vars.map((v, j) => term(c.coefficients[j] as number, v)).join(" ");
    return ` c${i}: ${lhs} ${c.relation} ${c.rhs}`;
  });
  const text = `${lp.sense === "min" ? "Minimize" : "Maximize"}\n obj: ${obj}\nSubject To\n${rows.join("\n")}\nBounds\n${vars.map((v) => ` ${v} >= 0`).join("\n")}\nEnd`;
  return highs.solve(text, HIGHS_OPTIONS);
};

describe("simplex — classic cases", () => {
  test("textbook maximisation (Dantzig): max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6)", () => {
    const r = simplex({
      sense: "max",
      objective: [3, 5],
      constraints: [
        { coefficients: [1, 0], relation: "<=", rhs: 4 },
        { coefficients: [0, 2], relation: "<=", rhs: 12 },
        { coefficients: [3, 2], relation: "<=", rhs: 18 },
      ],
    });
    expect(r.status).toBe("optimal");
    if (r.status !== "optimal") return;
    expect(r.objective).toBeCloseTo(36, 12);
    expect(r.x[0]).toBeCloseTo(2, 12);
    expect(r.x[1]).toBeCloseTo(6, 12);
  });

  test("Beale's (1955) cycling example terminates at the optimum −5/4", () => {
    const r = simplex({
      sense: "min",
      objective: [-3 / 4, 20, -1 / 2, 6],
      constraints: [
        { coefficients: [1 / 4, -8, -1, 9], relation: "<=", rhs: 0 },
        { coefficients: [1 / 2, -12, -1 / 2, 3], relation: "<=", rhs: 0 },
        { coefficients: [0, 0, 1, 0], relation: "<=", rhs: 1 },
      ],
    });
    expect(r.status).toBe("optimal");
    if (r.status === "optimal") expect(r.objective).toBeCloseTo(-1.25, 12);
  });

  test("≥ and = rows go through phase 1; negative right-hand sides are flipped", () => {
    const r = simplex({
      sense: "min",
      objective: [2, 3],
      constraints: [
        { coefficients: [1, 1], relation: ">=", rhs: 4 },
        { coefficients: [1, -1], relation: "=", rhs: 1 },
        { coefficients: [-1, 0], relation: ">=", rhs: -10 },
      ],
    });
    expect(r.status).toBe("optimal");
    if (r.status === "optimal") expect(r.objective).toBeCloseTo(2 * 2.5 + 3 * 1.5, 12);
  });

  test("an artificial left basic with a rounding residue after phase 1 is pivoted out without breaking feasibility", () => {
    // BCC output-oriented DEA of unit 2 (mean-scaled data), found by the random tests: the optimum uses unit 11 alone,
    // φ* = 884/736 (unit 11 uses no more of any input: (1, 1, 6) ≤ (1, 325, 7)).
    const X = [
      [2, 1, 130],
      [31, 1, 1],
      [1, 325, 7],
      [480, 1, 1],
      [569, 1, 1],
      [1, 1, 1],
      [398, 1, 1],
      [76, 1, 1],
      [7, 1, 1],
      [4, 1, 1],
      [118, 1, 121],
      [1, 1, 6],
      [6, 1, 499],
      [198, 1, 279],
      [1, 1, 1],
      [990, 1, 1],
      [6, 1, 1],
      [745, 1, 1],
      [395, 1, 1],
      [831, 1, 1],
      [991, 1, 1],
    ];
    const Y = [905, 12, 736, 566, 128, 668, 6, 288, 6, 466, 982, 884, 664, 451, 593, 8, 893, 1, 1, 301, 5];
    const mx = [0, 1, 2].map((i) => X.reduce((s, x) => s + (x[i] as number), 0) / X.length);
    const my = Y.reduce((s, y) => s + y, 0) / Y.length;
    const Xs = X.map((r) => r.map((v, i) => v / (mx[i] as number)));
    const Ys = Y.map((y) => y / my);
    const o = 2;
    const r = simplex({
      sense: "max",
      objective: [1, ...X.map(() => 0)],
      constraints: [
        ...[0, 1, 2].map((i) => ({
          coefficients: [0, ...Xs.map((x) => x[i] as number)],
          relation: "<=" as const,
          rhs: Xs[o]?.[i] as number,
        })),
        { coefficients: [-(Ys[o] as number), ...Ys], relation: ">=" as const, rhs: 0 },
        { coefficients: [0, ...X.map(() => 1)], relation: "=" as const, rhs: 1 },
      ],
    });
    expect(r.status).toBe("optimal");
    if (r.status === "optimal") expect(r.objective).toBeCloseTo(884 / 736, 12);
  });

  test.each([
    [
      "infeasible",
      {
        sense: "min",
        objective: [1],
        constraints: [
          { coefficients: [1], relation: ">=", rhs: 2 },
          { coefficients: [1], relation: "<=", rhs: 1 },
        ],
      },
    ],
    [
      "unbounded",
      { sense: "max", objective: [1, 1], constraints: [{ coefficients: [1, -1], relation: "<=", rhs: 1 }] },
    ],
  ] as const)("%s is detected", (status, lp) => {
    expect(simplex(lp).status).toBe(status);
  });
});

// Random programmes: feasible by construction (rhs from a known point x*), bounded by Σx ≤ B, plus degenerate rows
// (rhs exactly a·x* on ≤ rows) to exercise ties; compared with HiGHS.
const lpArb = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
  .chain(([nv, m]) =>
    fc.record({
      sense: fc.constantFrom("min" as const, "max" as const),
      objective: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: nv, maxLength: nv }),
      xStar: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: nv, maxLength: nv }),
      rows: fc.array(
        fc.record({
          a: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: nv, maxLength: nv }),
          relation: fc.constantFrom("<=" as const, ">=" as const, "=" as const),
          gap: fc.constantFrom(0, 0, 1, 3.5),
        }),
        { minLength: m, maxLength: m },
      ),
    }),
  )
  .map(({ sense, objective, xStar, rows }): LinearProgram => {
    const dot = (a: number[]) => a.reduce((s, v, j) => s + v * (xStar[j] as number), 0);
    const constraints = rows.map(({ a, relation, gap }) => ({
      coefficients: a,
      relation,
      rhs: relation === "<=" ? dot(a) + gap : relation === ">=" ? dot(a) - gap : dot(a),
    }));
    constraints.push({ coefficients: objective.map(() => 1), relation: "<=", rhs: 50 });
    return { sense, objective, constraints };
  });

describe("simplex — against HiGHS", () => {
  test("feasible bounded random programmes: same optimal value (1e-7) and a feasible optimal point", () => {
    fc.assert(
      fc.property(lpArb, (lp) => {
        const ours = simplex(lp);
        const ref = solveWithHighs(lp);
        expect(ref.Status).toBe("Optimal");
        expect(ours.status).toBe("optimal");
        if (ours.status !== "optimal") return false;
        expect(ours.objective).toBeCloseTo(ref.ObjectiveValue, 7);
        for (const c of lp.constraints) {
          const lhs = Array.from(ours.x).reduce((s, v, j) => s + v * (c.coefficients[j] as number), 0);
          if (c.relation !== ">=") expect(lhs).toBeLessThanOrEqual(c.rhs + 1e-7);
          if (c.relation !== "<=") expect(lhs).toBeGreaterThanOrEqual(c.rhs - 1e-7);
        }
        return Array.from(ours.x).every((v) => v >= 0);
      }),
      { numRuns: 300 },
    );
  });

  test("arbitrary random programmes: same status as HiGHS, same value when optimal", () => {
    const anyLp = fc.integer({ min: 1, max: 6 }).chain((nv) =>
      fc.record({
        sense: fc.constantFrom("min" as const, "max" as const),
        objective: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: nv, maxLength: nv }),
        constraints: fc.array(
          fc.record({
            coefficients: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: nv, maxLength: nv }),
            relation: fc.constantFrom("<=" as const, ">=" as const, "=" as const),
            rhs: fc.integer({ min: -10, max: 10 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
      }),
    );
    fc.assert(
      fc.property(anyLp, (lp) => {
        const ours = simplex(lp);
        const ref = solveWithHighs(lp);
        if (ref.Status === "Optimal") {
          expect(ours.status).toBe("optimal");
          if (ours.status === "optimal") expect(ours.objective).toBeCloseTo(ref.ObjectiveValue, 7);
        } else if (ref.Status === "Infeasible") expect(ours.status).toBe("infeasible");
        else if (ref.Status === "Unbounded") expect(ours.status).toBe("unbounded");
        else expect(["infeasible", "unbounded"]).toContain(ours.status); // "Primal infeasible or unbounded"
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
