import { fileURLToPath } from "node:url";
import highsLoader from "highs";
import { bench, describe } from "vitest";
import { writeBenchNote } from "../../../test-support/benchNotes.js";
import type { AllocationDemand, AllocationOffer } from "../src/allocate/AllocationInput.js";
import type { AllocationResult } from "../src/allocate/AllocationResult.js";
import { allocate } from "../src/allocate/allocate.js";
import { bandCost, penaltyBands } from "../src/allocate/fairnessPenalty.js";
import { wholeClassInstance } from "../src/allocate/wholeClassInstance.testing.js";
import { solveWholeClassMip, wholeClassModel } from "../src/allocate/wholeClassMip.testing.js";
import { xuhuiWholeClassInstance } from "../src/allocate/xuhuiWholeClassInstance.testing.js";

// Whole-class allocation, the issue's acceptance case (150 groups × 60 sessions, ~90 % load), on two instances:
//
// 1. Uniform random (wholeClassInstance): 150 class groups (30–45 students, 50 schools × 3) × 60 venue sessions over
//    Xuhui (≈ 8 km × 8 km), Σ students = 0.9 × Σ seats. Four themes, sessions for 3 consecutive grades, one afternoon
//    of one week day each; groups accept 1–2 themes, 2 of the 5 days and 25–35 minutes by coach. Seeded.
// 2. From the project's data (xuhuiWholeClassInstance): the sample district's 150 demands (80 000 students, 50
//    schools), 60 afternoon sessions drawn from the sample's weekly sessions at the 67 real Xuhui venues in the week
//    of 2026-10-12, capacity min(venue's sample capacity, cap) with cap set for load 0.9; see that file.
//
// Before anything is timed each result is verified, and the same problem is solved as a MIP by HiGHS (time limit
// below) to compare the heuristic and both bounds with the true optimum.
const MIP_SECONDS = 120;
const highs = await highsLoader();

interface Instance {
  readonly demands: ReadonlyArray<AllocationDemand>;
  readonly offers: ReadonlyArray<AllocationOffer>;
  readonly students: number;
  readonly seats: number;
}

/** Checks an allocation: capacities, whole groups, each group once, the objective, bound ≤ cost. */
const verify = (x: Instance, r: AllocationResult): void => {
  const capacity = new Map(x.offers.map((o) => [o.id as string, o.capacity]));
  const size = new Map(x.demands.map((d) => [d.id as string, d.groupSize]));
  const used = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of r.placements) {
    if (seen.has(p.demandId)) throw new Error(`${p.demandId} placed twice`);
    seen.add(p.demandId);
    if (p.seats !== size.get(p.demandId)) throw new Error(`${p.demandId} split`);
    used.set(p.offerId, (used.get(p.offerId) ?? 0) + p.seats);
  }
  for (const [id, u] of used) if (u > (capacity.get(id) ?? -1)) throw new Error(`${id} over capacity`);
  for (const u of r.unplaced) if (seen.has(u.demandId)) throw new Error(`${u.demandId} placed and unplaced`);
  if (seen.size + r.unplaced.length !== x.demands.length) throw new Error("groups missing from the result");
  const objective = r.placements.reduce((s, p) => s + p.cost, 0) + r.groups.reduce((s, g) => s + g.unplacedCost, 0);
  if (Math.abs(objective - r.cost) > 1e-6 * r.cost) throw new Error("objective does not add up");
  if (!((r.lowerBound as number) <= r.cost + 1e-9)) throw new Error("bound above the cost");
};

const pct = (a: number, b: number): string => `${(((a - b) / a) * 100).toFixed(3)} %`;

/** Runs, verifies, solves the MIP, and writes the note of one instance; returns the timed function. */
const measure = (title: string, x: Instance, describeInstance: string[]) => {
  const run = () => {
    const r = allocate(x.demands, x.offers);
    if (!r.ok) throw r.error;
    return r.value;
  };
  const started = performance.now();
  const once = run();
  const ms = performance.now() - started;
  verify(x, once);
  const lp = once.bounds?.lp ?? Number.NaN;
  const lagrangian = once.bounds?.lagrangian ?? Number.NaN;
  const noSession = once.unplaced.filter((u) => u.feasible === 0);
  const reasons = new Map<string, number>();
  for (const u of noSession) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);

  const model = wholeClassModel(x.demands, x.offers);
  const pairs = model.problem.candidates.reduce((s, c) => s + c.length, 0);
  const mip = solveWholeClassMip(highs, model, MIP_SECONDS);
  if (Math.abs(mip.recomputed - mip.objective) > 1e-6 * Math.max(1, mip.objective))
    throw new Error("HiGHS objective does not match its solution");
  if (mip.objective > once.cost + 1e-6 * once.cost && mip.status === "optimal")
    throw new Error("the heuristic beat a proven optimum: the MIP model is wrong");
  if (lagrangian > mip.bound + 1e-6 * mip.bound || lp > mip.bound + 1e-6 * mip.bound)
    throw new Error("a bound exceeds HiGHS's proven bound on the optimum");
  const reference = mip.status === "optimal" ? mip.objective : mip.bound;
  const refName = mip.status === "optimal" ? "the MIP optimum" : "HiGHS's best bound";

  // The penalty no allocation can avoid: per school, the band cost of the seats of its groups with no feasible session.
  const requested = new Map<string, number>();
  const stuck = new Map<string, number>();
  model.problem.demands.forEach((d, i) => {
    requested.set(d.group, (requested.get(d.group) ?? 0) + d.size);
    if ((model.problem.candidates[i]?.length ?? 0) === 0) stuck.set(d.group, (stuck.get(d.group) ?? 0) + d.size);
  });
  let floor = 0;
  for (const [school, seats] of stuck)
    floor += bandCost(penaltyBands(requested.get(school) as number, model.penalty, model.fairness), seats);

  const note = [
    ...describeInstance,
    "",
    `${x.demands.length} groups (${x.students} students) × ${x.offers.length} sessions (${x.seats} seats, load ${(x.students / x.seats).toFixed(3)}), ${pairs} feasible (group, session) pairs; result verified (capacities, whole groups, objective, bound ≤ cost):`,
    "",
    `- cost ${once.cost.toFixed(3)} (placements ${once.placementCost.toFixed(3)}, unplaced ${once.unplacedCost.toFixed(3)}); ${once.placements.length} placed, ${once.unplaced.length} unplaced (${noSession.length} with no feasible session${noSession.length ? `: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(", ")}` : ""})`,
    `- compact LP bound (transportation relaxation, groups may split) ${lp.toFixed(3)}, Lagrangian bound ${lagrangian.toFixed(3)}`,
    `- HiGHS MIP (wasm, ${MIP_SECONDS} s limit, outside the timed code): ${mip.status === "optimal" ? `optimum ${mip.objective.toFixed(3)}` : `time limit hit — incumbent ${mip.objective.toFixed(3)}, best bound ${mip.bound.toFixed(3)}`} (${mip.seconds.toFixed(1)} s, ${mip.nodes} nodes)`,
    `- gap reported by allocate (vs the Lagrangian bound) ${((once.gap ?? 0) * 100).toFixed(3)} %; vs the compact LP ${pct(once.cost, lp)}`,
    `- heuristic vs ${refName}: ${pct(once.cost, reference)} (${(once.cost - reference).toFixed(3)}); compact LP bound below ${refName} by ${pct(reference, lp)} (${(reference - lp).toFixed(3)}); Lagrangian bound below it by ${pct(reference, lagrangian)}`,
    ...(floor > 0
      ? [
          `- the same gaps over the avoidable part of the objective (cost − ${floor.toFixed(3)}, the penalty of the groups with no feasible session, which every allocation pays): heuristic vs ${refName} ${pct(once.cost - floor, reference - floor)}, compact LP ${pct(once.cost - floor, lp - floor)}, Lagrangian ${pct(once.cost - floor, lagrangian - floor)}`,
        ]
      : []),
    `- first run ${ms.toFixed(0)} ms`,
  ];
  console.log(`[allocate.bench] ${title}\n${note.join("\n")}`);
  return { run, note, lpBelow: pct(reference, lp), refName };
};

const uniform = wholeClassInstance();
const a = measure("uniform", uniform, [
  "**Uniform random instance** (`wholeClassInstance`, seeded): 50 schools × 3 groups of 30–45 at random points of an 8 km × 8 km square over Xuhui; 4 themes, 5 afternoons, groups accept 1–2 themes, 2 days, 25–35 min by coach; capacities scaled to load 0.9.",
]);
const xuhui = xuhuiWholeClassInstance();
const b = measure("xuhui", xuhui, [
  `**Instance from the project's data** (\`xuhuiWholeClassInstance\`): the sample district at 80 000 students (${xuhui.schools} synthetic schools placed in Xuhui's subdistrict polygons, its ${xuhui.demands.length} demands: one grade, 30–45 students, one of 14 themes, 15–20 min on foot or 25–30 min by coach/metro, 3 % step-free), each demand's windows moved to the same weekdays of 2026-10-12…16; ${xuhui.offers.length} of the ${xuhui.afternoonSessions} afternoon occurrences of the sample's weekly sessions that week (seeded draw) at ${xuhui.venues} of the real Xuhui venues (\`xuhuiVenues\` locations; the sample's synthetic course themes and grade bands); travel by the embedded model.`,
  `Capacity: the reference venue data has no capacity field; a session takes min(the venue's synthetic sample capacity from its site size, ${xuhui.cap}), ${xuhui.cap} = the smallest cap giving load ≤ 0.9 (the sample's own session sizes 40/45/90 would give load ≈ 1.6). Themes are one per group and per session, so the theme filter removes most pairs.`,
]);
const note = [
  ...a.note,
  "",
  ...b.note,
  "",
  `Why the issue's goal "within 1 % of the LP bound" cannot be met with the compact LP: ${a.refName} lies above the compact LP bound by ${a.lpBelow} (uniform) and ${b.lpBelow} (Xuhui data), so no allocation — an optimal one included — is within 1 % of that bound; measured against the optimum (or the Lagrangian bound), the heuristic is within the figures above. ` +
    "The Lagrangian bound relaxes the one-session-per-group constraints (0/1 knapsack per session by DP, whole groups left unplaced per school). " +
    "Every Lagrangian value L(λ) is ≤ the LP bound of the set-partitioning (Dantzig–Wolfe) formulation of the generalized assignment problem (columns: feasible loads of one session; here also each school's set of groups left unplaced): " +
    "the maximum of L(λ) over λ equals that master LP's optimum (Geoffrion 1974, “Lagrangean relaxation for integer programming”, Math. Programming Study 2:82–114; Savelsbergh 1997, “A branch-and-price algorithm for the generalized assignment problem”, Oper. Res. 45(6):831–841), and any single L(λ) is at most that maximum. " +
    "So cost − L(λ) ≥ cost − z_DW: the gap allocate reports also bounds the distance to that stronger LP bound.",
];
writeBenchNote(fileURLToPath(new URL("..", import.meta.url)), "Whole-class allocation: quality of the result", note);

describe(`whole-class allocation, ${uniform.demands.length} groups × ${uniform.offers.length} sessions, ~90 % load (uniform random)`, () => {
  bench("allocate (heuristic + LP + Lagrangian bound)", () => {
    a.run();
  });
});
describe(`whole-class allocation, ${xuhui.demands.length} groups × ${xuhui.offers.length} sessions, load ${(xuhui.students / xuhui.seats).toFixed(2)} (sample district, real Xuhui venues)`, () => {
  bench("allocate (heuristic + LP + Lagrangian bound)", () => {
    b.run();
  });
});
