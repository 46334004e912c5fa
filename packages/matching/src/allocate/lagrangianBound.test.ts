import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { travelMinutes } from "../travel/travelMinutes.js";
import { AllocateOptions } from "./AllocateOptions.js";
import { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import type { AllocationProblem, Candidate } from "./AllocationProblem.js";
import { allocate } from "./allocate.js";
import { buildAllocationProblem } from "./buildAllocationProblem.js";
import { penaltyBands } from "./fairnessPenalty.js";
import { LagrangianOracle, lagrangianBound } from "./lagrangianBound.js";
import { WholeClassSearch } from "./solveWholeClass.js";
import { wholeClassInstance } from "./wholeClassInstance.testing.js";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});
const SLOW = 180_000;
const OPTIONS = { penalty: 10, fairness: 0.5 };

/** Random core problems: sizes 1–12 (or 30–45), capacities 0–60 (or 0–150), sparse candidates, 1–4 schools. */
const problems = (maxDemands: number, maxOffers: number, big = false) =>
  fc
    .record({
      sizes: fc.array(fc.integer({ min: big ? 30 : 1, max: big ? 45 : 12 }), { minLength: 1, maxLength: maxDemands }),
      capacities: fc.array(fc.integer({ min: 0, max: big ? 150 : 60 }), { minLength: 1, maxLength: maxOffers }),
      schools: fc.integer({ min: 1, max: 4 }),
      seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
    })
    .map(({ sizes, capacities, schools, seed }): AllocationProblem => {
      let r = 0;
      const next = () => seed[r++ % seed.length] as number;
      const candidates = sizes.map(() => {
        const list: Candidate[] = [];
        capacities.forEach((_, j) => {
          if (next() < 0.5) list.push({ offer: j, perSeat: Math.round(next() * 1750) / 1000, terms: [], priority: 0 });
        });
        return list.sort((a, b) => a.perSeat - b.perSeat || a.offer - b.offer);
      });
      return {
        demands: sizes.map((size, i) => ({ id: `d${i}`, group: `s${i % schools}`, size })),
        offers: capacities.map((capacity, j) => ({ id: `o${j}`, capacity })),
        candidates,
        filtered: sizes.map(() => ({})),
        order: [],
      };
    });

/** The CPLEX LP text of the whole-class problem (`relaxed`: without "each demand once", and with λ in the objective). */
const modelText = (p: AllocationProblem, lambda?: ArrayLike<number>): string => {
  const obj: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const byOffer: string[][] = p.offers.map(() => []);
  const bySchool = new Map<string, string[]>();
  const requested = new Map<string, number>();
  p.demands.forEach((d, i) => {
    requested.set(d.group, (requested.get(d.group) ?? 0) + d.size);
    const school = bySchool.get(d.group) ?? [];
    bySchool.set(d.group, school);
    const mine: string[] = [];
    for (const c of p.candidates[i] ?? []) {
      const v = `x${i}_${c.offer}`;
      obj.push(`${(d.size * c.perSeat - (lambda?.[i] ?? 0)).toPrecision(17)} ${v}`);
      mine.push(v);
      binaries.push(v);
      byOffer[c.offer]?.push(`${d.size} ${v}`);
      school.push(`${d.size} ${v}`);
    }
    if (lambda) {
      // Demand i left unplaced (whole, as in the relaxation's group subproblem), and its multiplier.
      obj.push(`${(-(lambda[i] as number)).toPrecision(17)} u${i}`);
      binaries.push(`u${i}`);
      school.push(`${d.size} u${i}`);
    } else if (mine.length) rows.push(`a${i}: ${mine.join(" + ")} <= 1`);
  });
  byOffer.forEach((vs, j) => {
    if (vs.length) rows.push(`c${j}: ${vs.join(" + ")} <= ${p.offers[j]?.capacity}`);
  });
  [...requested].forEach(([school, total], g) => {
    const bands = penaltyBands(total, OPTIONS.penalty, OPTIONS.fairness).map((b, k) => {
      obj.push(`${b.slope} y${g}_${k}`);
      bounds.push(`0 <= y${g}_${k} <= ${b.width}`);
      return `y${g}_${k}`;
    });
    // Relaxed: unplaced seats are the u's; otherwise requested − placed.
    const placed = bySchool.get(school) ?? [];
    if (lambda) {
      const us = placed.filter((t) => t.includes(" u")).map((t) => `- ${t}`);
      rows.push(`g${g}: ${bands.join(" + ")} ${us.join(" ")} = 0`);
    } else rows.push(`g${g}: ${[...placed, ...bands].join(" + ")} = ${total}`);
  });
  return `Minimize\n obj: 0 zero${obj.map((t) => ` + ${t}`).join("")}\nSubject To\n ${rows.join("\n ")}\nBounds\n zero = 0\n ${bounds.join("\n ")}\n${binaries.length ? `Binary\n ${binaries.join(" ")}\n` : ""}End\n`.replace(
    /\+ -/g,
    "- ",
  );
};

const solve = (text: string): number => {
  const sol = highs.solve(text, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9 } as Parameters<
    Highs["solve"]
  >[1]);
  expect(sol.Status).toBe("Optimal");
  return sol.ObjectiveValue;
};

describe("lagrangianBound", () => {
  test(
    "L(λ) (knapsacks and unplaced choices by DP) equals the relaxed problem solved by HiGHS as a MIP, for any λ",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(problems(8, 4), problems(8, 4, true)),
          fc.array(fc.double({ min: -20, max: 600, noNaN: true }), { minLength: 8, maxLength: 8 }),
          (p, raw) => {
            const lambda = Float64Array.from(p.demands, (_, i) => raw[i] as number);
            const oracle = new LagrangianOracle(p, OPTIONS);
            const value = oracle.evaluate(lambda);
            const sum = lambda.reduce((s, l) => s + l, 0);
            expect(value).toBeCloseTo(solve(modelText(p, lambda)) + sum, 5);
            // What it reports taking respects each offer's seats.
            const used = p.offers.map(() => 0);
            oracle.offerOf.forEach((j, i) => {
              if (j >= 0) used[j] = (used[j] as number) + (p.demands[i]?.size as number);
            });
            used.forEach((u, j) => {
              expect(u).toBeLessThanOrEqual(p.offers[j]?.capacity as number);
            });
          },
        ),
        { numRuns: 150 },
      );
    },
    SLOW,
  );

  test(
    "the bound never exceeds the optimum (HiGHS MIP) and the heuristic never beats it",
    () => {
      fc.assert(
        fc.property(fc.oneof(problems(14, 6), problems(14, 6, true)), (p) => {
          const optimum = solve(modelText(p));
          const search = new WholeClassSearch(p, OPTIONS);
          const upper = search.run();
          expect(upper).toBeGreaterThanOrEqual(optimum - 1e-6);
          const bound = lagrangianBound(p, OPTIONS, {
            iterations: 400,
            upper,
            hint: (offerOf) => search.runFromOffers(offerOf),
          });
          expect(bound).toBeLessThanOrEqual(optimum + 1e-6);
          expect(search.result().cost).toBeGreaterThanOrEqual(optimum - 1e-6);
        }),
        { numRuns: 120 },
      );
    },
    SLOW,
  );

  test.each([11, 12, 13])(
    "medium instance (seed %i: 45 groups × 18 sessions, load 0.9): LP ≤ Lagrangian bound ≤ HiGHS optimum ≤ cost",
    (seed) => {
      const x = wholeClassInstance(seed, { groups: 45, sessions: 18 });
      const r = allocate(x.demands, x.offers);
      if (!r.ok) throw r.error;
      const o = AllocateOptions.parse({});
      const ds = x.demands.map((d) => AllocationDemand.parse(d));
      const os = x.offers.map((q) => AllocationOffer.parse(q));
      const p = buildAllocationProblem(
        ds,
        os,
        o,
        (i, j) =>
          travelMinutes(ds[i]?.origin as never, os[j]?.location as never, {
            metersPerMinute: o.speeds.coach,
            detourFactor: o.detourFactor,
          }).minutes,
        new Map(),
      );
      const optimum = solve(modelText(p));
      const { cost, lowerBound, bounds, gap } = r.value;
      expect(cost).toBeGreaterThanOrEqual(optimum - 1e-6);
      expect(bounds?.lp as number).toBeLessThanOrEqual(optimum + 1e-6);
      expect(bounds?.lagrangian as number).toBeLessThanOrEqual(optimum + 1e-6);
      expect(bounds?.lagrangian as number).toBeGreaterThan(bounds?.lp as number);
      expect(lowerBound as number).toBeLessThanOrEqual(optimum + 1e-6);
      // The gap is as documented. (Not asserted small: seed 11 is short of seats for two placeable groups, and the
      // relaxation's 5.7 % gap there is the knapsack hulls' own — HiGHS's column generation gives the same value.)
      expect(gap as number).toBeCloseTo((cost - (lowerBound as number)) / cost, 12);
    },
    SLOW,
  );
});
