import type { AllocationDemand, AllocationOffer } from "./AllocationInput.js";

/** Sizes of a generated whole-class instance (see {@link wholeClassInstance}). */
export interface WholeClassInstanceSize {
  /** Class groups (a multiple of 3: three per school). @default 150 */
  readonly groups?: number;
  /** Venue sessions. @default 60 */
  readonly sessions?: number;
  /** Σ group sizes ÷ Σ session capacities. @default 0.9 */
  readonly load?: number;
}

const THEMES = ["science-technology", "red-culture", "arts-culture", "nature-botany"] as const;
const DAYS = ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"];

/** mulberry32, a small seeded generator (the same instance on every run). */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * A seeded whole-class instance for the benchmark and the tests (testing helper, not published): class groups of
 * 30–45 students, three per school, over Xuhui (≈ 8 km × 8 km), and venue sessions whose capacities are scaled so that
 * Σ students = `load` × Σ seats. Four themes; sessions for 3 consecutive grades (primary 1–5), one afternoon of one
 * week day each (session `j` on day `j mod 5`, theme `j mod 4`); each group accepts 1–2 themes, 2 of the 5 days and
 * 25–35 minutes by coach (so travel removes few pairs: theme, day and grade decide which sessions a group may use,
 * capacities decide which it gets).
 */
export const wholeClassInstance = (seed = 20260914, sizes: WholeClassInstanceSize = {}) => {
  const groups = sizes.groups ?? 150;
  const sessions = sizes.sessions ?? 60;
  const load = sizes.load ?? 0.9;
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const point = () => ({ lat: 31.15 + random() * 0.072, lng: 121.4 + random() * 0.084, crs: "WGS84" as const });
  const schools = Array.from({ length: Math.ceil(groups / 3) }, point);
  const demands: AllocationDemand[] = Array.from({ length: groups }, (_, i) => {
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
  const raw = Array.from({ length: sessions }, () => 0.5 + random());
  const scale = students / load / raw.reduce((a, b) => a + b, 0);
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
