import { createSampleDistrict } from "@jiaolianti/core/sample";
import { offersFromVenues } from "../offers/offersFromVenues.js";
import type { AllocationDemand, AllocationOffer } from "./AllocationInput.js";

/** Settings of {@link xuhuiWholeClassInstance}. */
export interface XuhuiInstanceSize {
  /** Students of the sample district: 80 000 gives 50 schools × 3 demands = 150 class groups. @default 80000 */
  readonly students?: number;
  /** Sessions drawn from the week's afternoon occurrences. @default 60 */
  readonly sessions?: number;
  /** Target Σ students ÷ Σ seats; sets the per-session cap. @default 0.9 */
  readonly load?: number;
  /** Seed of the sample district (the sample's own default). @default "xuhui" */
  readonly seed?: string | number;
  /** Seed of the draw of sessions. @default 20261012 */
  readonly drawSeed?: number;
}

/** The outing week: Monday 2026-10-12 … Friday 2026-10-16 (school days of the sample's autumn term). */
export const XUHUI_WEEK = ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"] as const;

/** mulberry32 (the same draw on every run). */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const isoWeekday = (date: string): number => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/**
 * A whole-class instance from the project's data instead of uniform random numbers (testing helper, not
 * published):
 *
 * - **groups**: the sample district's demands (`createSampleDistrict`, synthetic schools placed inside Xuhui's
 *   subdistrict polygons; 3 demands per school: one grade, 30–45 students, one theme drawn by the venues' seats,
 *   15–20 min on foot or 25–30 min by coach or metro, 3 % need step-free access), leaving from their school;
 * - **time**: the sample's windows are dates across the term; each is moved to the same weekday of the outing week
 *   {@link XUHUI_WEEK} (13:00–16:30), so a group keeps its 1–3 weekdays;
 * - **sessions**: `offersFromVenues` over that week from the sample's venue records — the 67 real Xuhui venues
 *   (`xuhuiVenues`: location, themes) with the sample's synthetic weekly sessions (course themes and grade bands,
 *   Tuesday–Friday, within opening hours, closed venues dropped); `sessions` of its afternoon occurrences are drawn
 *   at random (seeded; morning ones fit no group's window);
 * - **capacity**: the reference data has no capacity field; the sample gives each venue a synthetic capacity from
 *   its site size (60/120/200/400/800, core's `capacityFromSiteSize`) and each session the course's group size
 *   (40/45/90). Those session sizes give a load ≈ 1.6, not the 0.9, so here a session takes up to `cap`
 *   students (several classes with several guides) but never more than its venue: `min(venue capacity, cap)`, `cap`
 *   the smallest whole number with Σ students ≤ `load` × Σ seats;
 * - **travel**: `allocate`'s embedded model (straight line × 1.3 ÷ the mode's speed).
 */
export const xuhuiWholeClassInstance = (size: XuhuiInstanceSize = {}) => {
  const seed = size.seed ?? "xuhui";
  const load = size.load ?? 0.9;
  const count = size.sessions ?? 60;
  const district = createSampleDistrict({ students: size.students ?? 80_000, seed });
  if (!district.ok) throw district.error;
  const { schools, demands: sampleDemands, venues } = district.value;
  const at = new Map(schools.map((s) => [s.id as string, s.location]));
  const byWeekday = new Map(XUHUI_WEEK.map((d) => [isoWeekday(d), d]));
  const demands: AllocationDemand[] = sampleDemands.map((d) => {
    const days = [...new Set(d.timeWindows.map((w) => byWeekday.get(isoWeekday(w.start.slice(0, 10))) as string))];
    return {
      id: d.id,
      schoolId: d.schoolId,
      grades: [...d.grades],
      groupSize: d.groupSize,
      themes: [...d.themes],
      timeWindows: days.sort().map((day) => ({ start: `${day}T13:00:00+08:00`, end: `${day}T16:30:00+08:00` })),
      maxTravelMinutes: d.maxTravelMinutes,
      travelMode: d.travelMode,
      accessibilityNeeds: [...d.accessibilityNeeds],
      origin: at.get(d.schoolId) as NonNullable<ReturnType<typeof at.get>>,
    };
  });

  const week = offersFromVenues(venues, { from: XUHUI_WEEK[0], to: XUHUI_WEEK[4] });
  if (!week.ok) throw week.error;
  const afternoon = week.value.offers.filter((o) => (o.times[0]?.start.slice(11, 13) ?? "") >= "12");
  if (afternoon.length < count) throw new Error(`only ${afternoon.length} afternoon sessions in the week`);
  const random = rng(size.drawSeed ?? 20261012);
  const pool = [...afternoon];
  for (let k = pool.length - 1; k > 0; k--) {
    const r = Math.floor(random() * (k + 1));
    [pool[k], pool[r]] = [pool[r] as AllocationOffer, pool[k] as AllocationOffer];
  }
  const chosen = pool.slice(0, count);
  const venueCapacity = new Map(venues.map((v) => [v.id as string, v.capacity]));
  const limit = chosen.map((o) => venueCapacity.get(o.venueId as string) ?? o.capacity);
  const students = demands.reduce((s, d) => s + d.groupSize, 0);
  const seatsWith = (cap: number) => limit.reduce((s, v) => s + Math.min(v, cap), 0);
  let cap = 1;
  while (students > load * seatsWith(cap) && cap < Math.max(...limit)) cap++;
  const offers: AllocationOffer[] = chosen.map((o, j) => ({ ...o, capacity: Math.min(limit[j] as number, cap) }));
  return {
    demands,
    offers,
    students,
    seats: offers.reduce((s, o) => s + o.capacity, 0),
    /** The per-session cap chosen for the load. */
    cap,
    /** Afternoon occurrences the sessions were drawn from. */
    afternoonSessions: afternoon.length,
    schools: schools.length,
    venues: new Set(offers.map((o) => o.venueId)).size,
  };
};
