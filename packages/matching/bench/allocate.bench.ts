import { bench, describe } from "vitest";
import type { AllocationDemand, AllocationOffer } from "../src/allocate/AllocationInput.js";
import { allocate } from "../src/allocate/allocate.js";

// Whole-class allocation: 150 class groups (30–45 students, 50 schools × 3) × 60 venue sessions over Xuhui
// (≈ 8 km × 8 km), seats ≈ 90 % loaded (Σ students ≈ 0.9 × Σ seats). Four themes, sessions for 3 consecutive grades
// (primary 1–5), one afternoon of one week day each; demands accept 2 of the 5 days and travel up to 25–35 minutes
// by coach (so most sessions are reachable and the capacities, not the filters, decide). Seeded: same instance on
// every run.
const GROUPS = 150;
const SESSIONS = 60;
const LOAD = 0.9;
const THEMES = ["science-technology", "red-culture", "arts-culture", "nature-botany"] as const;
const DAYS = ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"];

const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The seeded instance (exported for the README figures and reuse). */
export const wholeClassInstance = (seed = 20260914) => {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const point = () => ({ lat: 31.15 + random() * 0.072, lng: 121.4 + random() * 0.084, crs: "WGS84" as const });
  const schools = Array.from({ length: GROUPS / 3 }, point);
  const demands: AllocationDemand[] = Array.from({ length: GROUPS }, (_, i) => {
    const first = int(0, 4);
    const second = (first + int(1, 4)) % 5;
    return {
      id: `bench-demand-${i}`,
      schoolId: `bench-school-${Math.floor(i / 3)}`,
      grades: [int(1, 5)],
      groupSize: int(30, 45),
      themes: [THEMES[int(0, 3)] as (typeof THEMES)[number], THEMES[int(0, 3)] as (typeof THEMES)[number]].filter(
        (t, k, a) => a.indexOf(t) === k,
      ),
      timeWindows: [first, second].map((d) => ({
        start: `${DAYS[d]}T13:00:00+08:00`,
        end: `${DAYS[d]}T16:30:00+08:00`,
      })),
      maxTravelMinutes: int(25, 35),
      travelMode: "coach",
      accessibilityNeeds: [],
      origin: schools[Math.floor(i / 3)] as ReturnType<typeof point>,
    };
  });
  const students = demands.reduce((s, d) => s + d.groupSize, 0);
  const raw = Array.from({ length: SESSIONS }, () => 0.5 + random());
  const scale = students / LOAD / raw.reduce((a, b) => a + b, 0);
  const offers: AllocationOffer[] = raw.map((r, j) => {
    const low = int(1, 3);
    return {
      id: `bench-session-${j}`,
      kind: "venue-session",
      capacity: Math.round(r * scale),
      grades: [low, low + 1, low + 2],
      themes: [THEMES[j % 4] as (typeof THEMES)[number]],
      accessibility: [],
      location: point(),
      times: [{ start: `${DAYS[j % 5]}T13:30:00+08:00`, end: `${DAYS[j % 5]}T15:30:00+08:00` }],
    };
  });
  return { demands, offers, students, seats: offers.reduce((s, o) => s + o.capacity, 0) };
};

const instance = wholeClassInstance();
const run = () => {
  const r = allocate(instance.demands, instance.offers);
  if (!r.ok) throw r.error;
  return r.value;
};
const started = performance.now();
const once = run();
const ms = performance.now() - started;
console.log(
  `[allocate.bench] ${GROUPS} groups (${instance.students} students) × ${SESSIONS} sessions (${instance.seats} seats, load ${(instance.students / instance.seats).toFixed(3)}): ` +
    `first run ${ms.toFixed(0)} ms; cost ${once.cost.toFixed(3)}, LP bound ${once.bounds?.lp.toFixed(3)}, ` +
    `Lagrangian ${once.bounds?.lagrangian?.toFixed(3)}, gap ${((once.gap ?? 0) * 100).toFixed(3)} % ` +
    `(vs LP ${(((once.cost - (once.bounds?.lp ?? 0)) / once.cost) * 100).toFixed(3)} %); ` +
    `${once.placements.length} placed, ${once.unplaced.length} unplaced (${once.unplaced.map((u) => u.reason).join(", ")})`,
);

describe(`whole-class allocation, ${GROUPS} groups × ${SESSIONS} sessions, ~90 % load`, () => {
  bench("allocate (heuristic + LP + Lagrangian bound)", () => {
    run();
  });
});
