import { linearSumAssignment } from "linear-sum-assignment";
import { munkres } from "munkres";
import { bench, describe } from "vitest";
import { solveAssignment } from "../src/index.js";

// 1000 × 1000 uniform random integer costs 1 … 10 000 (the usual benchmark of assignment codes), seeded.
const N = 1000;
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const random = rng(20251129);
const cost: number[][] = Array.from({ length: N }, () =>
  Array.from({ length: N }, () => 1 + Math.floor(random() * 10_000)),
);

/** Each solver's optimum, with the guards the peers need (munkres returns Infinity pairs on some inputs). */
const ours = (): number => {
  const r = solveAssignment(cost);
  if (!r.ok) throw r.error;
  if (r.value.assigned !== N) throw new Error("solveAssignment left a row unassigned");
  return r.value.cost;
};
const viaMunkres = (): number => {
  const pairs = munkres(cost);
  if (pairs.length !== N) throw new Error(`munkres returned ${pairs.length} pairs`);
  let total = 0;
  for (const [i, j] of pairs) total += (cost[i] as number[])[j] as number;
  if (!Number.isFinite(total)) throw new Error("munkres chose a forbidden pair");
  return total;
};
const viaLsa = (): number => {
  // linear-sum-assignment maximises unless told otherwise (REFERENCE §4).
  const r = linearSumAssignment(cost, { maximaze: false });
  let total = 0;
  r.rowAssignments.forEach((j, i) => {
    total += (cost[i] as number[])[j] as number;
  });
  return total;
};

// Correctness first, once: all three must reach the same optimum, or the timings below mean nothing.
const optimum = ours();
for (const [name, solve] of [
  ["munkres", viaMunkres],
  ["linear-sum-assignment", viaLsa],
] as const) {
  const value = solve();
  if (value !== optimum) throw new Error(`${name} found ${value}, solveAssignment ${optimum}`);
}

describe(`assignment ${N} × ${N}, uniform costs 1–10 000 (optimum ${optimum}, checked equal across solvers)`, () => {
  bench("solveAssignment (LAPJV start + shortest augmenting paths, validated input)", () => {
    ours();
  });
  bench("munkres 2.0.4", () => {
    viaMunkres();
  });
  bench("linear-sum-assignment 1.0.9 (maximaze: false)", () => {
    viaLsa();
  });
});
