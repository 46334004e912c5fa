import { z } from "zod";
import { BIKE_METERS_PER_MINUTE, DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "../travel/travelDefaults.js";

const weight = (value: number) => z.number().min(0).max(100).default(value);

/**
 * Weights of the cost of placing a group in an offer (per seat; each term is normalised to [0, 1], 0 = best) — our
 * rule, configurable:
 * - `travel` (default 1): one-way minutes ÷ the demand's `maxTravelMinutes`;
 * - `theme` (default 0.5): position of the first of the demand's themes (in its order of preference) the offer
 *   covers ÷ number of themes — 0 when the offer is in the first-choice theme;
 * - `grade` (default 0.25): `1 − (grades of the group) ÷ (grades the offer is designed for)` (an offer for any grade
 *   counts as 12) — 0 for an offer made exactly for the group's grades.
 */
export const CostWeights = z.strictObject({
  travel: weight(1),
  theme: weight(0.5),
  grade: weight(0.25),
});
/** Cost weights (input form). */
export type CostWeights = z.input<typeof CostWeights>;

/**
 * Door-to-door speed of each of core's `Demand.travelMode`s, metres per minute, for the embedded travel model
 * (straight line × detour factor ÷ speed). `walk` 80 and `bicycle` 250 are the package's travel defaults (routing
 * engines' foot and bicycle profiles). `bus` 200 (12 km/h), `coach` 333 (20 km/h) and `metro` 333 (20 km/h, walking
 * and waiting included) are **planning assumptions, not from a published source**: change them, or pass a routing
 * engine's travel times to `allocate`.
 */
export const ModeSpeeds = z.strictObject({
  walk: z.number().positive().max(2_000).default(WALK_METERS_PER_MINUTE),
  bicycle: z.number().positive().max(2_000).default(BIKE_METERS_PER_MINUTE),
  bus: z.number().positive().max(2_000).default(200),
  coach: z.number().positive().max(2_000).default(333),
  metro: z.number().positive().max(2_000).default(333),
});

/**
 * Options of `allocate`.
 *
 * @example
 * ```ts
 * import { AllocateOptions } from "@jiaolianti/matching";
 * AllocateOptions.parse({ mode: "divisible", weights: { travel: 2 } }).weights; // { travel: 2, theme: 0.5, grade: 0.25 }
 * ```
 */
export const AllocateOptions = z
  .strictObject({
    /**
     * `whole-class` (a class goes together: generalised assignment, heuristic + bound), `divisible` (seats may be
     * split across offers: exact), `stable` (offers admit by priority: no blocking pair). @default "whole-class"
     */
    mode: z.enum(["whole-class", "divisible", "stable"]).default("whole-class"),
    weights: CostWeights.default(CostWeights.parse({})),
    /**
     * Cost of one unplaced seat (in a school's first third of requested seats; see `fairness`). Must exceed the
     * largest possible cost per seat (the sum of the weights), so that placing a seat always beats leaving it.
     * @default 10
     */
    unplacedPenalty: z.number().positive().max(1e6).default(10),
    /**
     * Fairness between schools: the unplaced penalty grows by this factor per third of a school's requested seats
     * left unplaced (0 = plain per-seat penalty). @default 0.5
     */
    fairness: z.number().min(0).max(100).default(0.5),
    /** `within`: an offer's time must lie inside one of the demand's windows; `overlap`: intersect one. @default "within" */
    timeFit: z.enum(["within", "overlap"]).default("within"),
    speeds: ModeSpeeds.default(ModeSpeeds.parse({})),
    /** Street distance ÷ straight-line distance. @default 1.3 */
    detourFactor: z.number().min(1).max(5).default(DEFAULT_DETOUR_FACTOR),
    /** Stable mode: how offers rank groups — `nearest` first (travel time), or lowest `cost`. @default "nearest" */
    priority: z.enum(["nearest", "cost"]).default("nearest"),
    /**
     * Stable mode: explicit rankings, offer id → demand ids (best first). A listed offer admits only the demands it
     * lists; other offers use `priority`.
     */
    priorities: z.record(z.string(), z.array(z.string()).max(100_000)).optional(),
    /**
     * Whole-class mode: most iterations of the Lagrangian bound's multiplier search (volume algorithm; it stops
     * sooner once the bound is within 0.01 % of the allocation's cost). @default 1000
     */
    boundIterations: z.number().int().min(0).max(100_000).default(1000),
  })
  .check((ctx) => {
    const { weights, unplacedPenalty } = ctx.value;
    const most = weights.travel + weights.theme + weights.grade;
    if (unplacedPenalty <= most)
      ctx.issues.push({
        code: "custom",
        input: unplacedPenalty,
        path: ["unplacedPenalty"],
        message: `must exceed the largest cost per seat, the sum of the weights (${most})`,
      });
  });
/** Options of `allocate` (input form, all optional). */
export type AllocateOptions = z.input<typeof AllocateOptions>;
