import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { writeBenchNote } from "../../../test-support/benchNotes.js";
import type { AllocationResult } from "../src/allocate/AllocationResult.js";
import { allocate } from "../src/allocate/allocate.js";
import { wholeClassInstance } from "../src/allocate/wholeClassInstance.testing.js";

// Whole-class allocation, the acceptance case: 150 class groups (30–45 students, 50 schools × 3) × 60 venue
// sessions over Xuhui (≈ 8 km × 8 km), Σ students = 0.9 × Σ seats. Four themes, sessions for 3 consecutive grades,
// one afternoon of one week day each; groups accept 1–2 themes, 2 of the 5 days and 25–35 minutes by coach (travel
// removes 42 of 9 000 pairs; theme, day and grade leave each group ≈ 6 sessions). Seeded: same instance every run.
const GROUPS = 150;
const SESSIONS = 60;
const instance = wholeClassInstance();

/** Checks the allocation before anything is timed: capacities, whole groups, each group once, the objective. */
const verify = (r: AllocationResult): void => {
  const capacity = new Map(instance.offers.map((o) => [o.id as string, o.capacity]));
  const size = new Map(instance.demands.map((d) => [d.id as string, d.groupSize]));
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
  if (seen.size + r.unplaced.length !== GROUPS) throw new Error("groups missing from the result");
  const objective = r.placements.reduce((s, p) => s + p.cost, 0) + r.groups.reduce((s, g) => s + g.unplacedCost, 0);
  if (Math.abs(objective - r.cost) > 1e-6 * r.cost) throw new Error("objective does not add up");
  if (!((r.lowerBound as number) <= r.cost + 1e-9)) throw new Error("bound above the cost");
};

const run = () => {
  const r = allocate(instance.demands, instance.offers);
  if (!r.ok) throw r.error;
  return r.value;
};
const started = performance.now();
const once = run();
const ms = performance.now() - started;
verify(once);
const lp = once.bounds?.lp ?? Number.NaN;
const lagrangian = once.bounds?.lagrangian ?? Number.NaN;
const noSession = once.unplaced.filter((u) => u.feasible === 0);
const note = [
  `${GROUPS} groups (${instance.students} students) × ${SESSIONS} sessions (${instance.seats} seats, load ${(instance.students / instance.seats).toFixed(3)}), result verified (capacities, whole groups, objective, bound ≤ cost):`,
  "",
  `- cost ${once.cost.toFixed(3)} (placements ${once.placementCost.toFixed(3)}, unplaced ${once.unplacedCost.toFixed(3)})`,
  `- LP bound ${lp.toFixed(3)}, Lagrangian bound ${lagrangian.toFixed(3)}`,
  `- gap vs the best bound ${((once.gap ?? 0) * 100).toFixed(3)} % (vs the LP bound ${(((once.cost - lp) / once.cost) * 100).toFixed(3)} %)`,
  `- ${once.placements.length} placed, ${once.unplaced.length} unplaced (${noSession.length} with no feasible session: ${noSession.map((u) => u.reason).join(", ")})`,
  `- first run (cold) ${ms.toFixed(0)} ms`,
];
console.log(`[allocate.bench] ${note.join("\n")}`);
writeBenchNote(fileURLToPath(new URL("..", import.meta.url)), "Whole-class allocation: quality of the result", note);

describe(`whole-class allocation, ${GROUPS} groups × ${SESSIONS} sessions, ~90 % load`, () => {
  bench("allocate (heuristic + LP + Lagrangian bound)", () => {
    run();
  });
});
