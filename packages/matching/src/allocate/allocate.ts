import {
  type Result,
  UnknownReferenceError,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";
import type { z } from "zod";
import { travelMinutes } from "../travel/travelMinutes.js";
import { AllocateOptions } from "./AllocateOptions.js";
import { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import type { AllocationResult } from "./AllocationResult.js";
import { buildAllocationProblem } from "./buildAllocationProblem.js";
import { checkList } from "./checkList.js";
import { solveAllocation } from "./solveAllocation.js";

/**
 * Minutes from a demand's origin to an offer's location, from a routing engine (OSRM/Valhalla table) or any other
 * source; `Infinity` = no route. Replaces the embedded model (straight line × detour ÷ speed of the travel mode).
 */
export type TravelTimes = (
  demand: z.output<typeof AllocationDemand>,
  offer: z.output<typeof AllocationOffer>,
) => number;

/**
 * Allocates school demands (class groups) to offers (dated venue sessions, courses, expert visits) — 需求智能匹配 of
 * the Xuhui plan (徐汇区“教联体”工作行动方案 2025–2027, 二(一) 需求智能匹配、资源精准调度; 三(四)1, 3 场所清单 and the
 * 15-minute practice circle).
 *
 * **Hard constraints** (a pair failing one is never proposed): theme, grade, accessibility, time window, travel ≤ the
 * demand's `maxTravelMinutes`, and capacity (never exceeded; a whole group must fit). **Cost** (per seat, weighted,
 * see `CostWeights`): travel, theme fit, grade fit; plus, over the whole allocation, a convex penalty on each
 * school's unplaced seats (see `penaltyBands`): fairness between schools. The objective is placements' cost + the
 * schools' penalties; the penalty exceeds any placement cost, so as many seats as possible are placed first.
 *
 * **Modes**
 * - `whole-class` (default): a class goes together — a generalised assignment problem (NP-hard). Regret greedy and
 *   local search (from scratch, from the LP solution, and from the Lagrangian subproblems' solutions), with
 *   `lowerBound` = the better of the compact LP relaxation (groups may split; solved exactly as a transportation
 *   problem) and a Lagrangian bound (0/1 knapsacks solved by DP, multipliers by the volume algorithm), which never
 *   exceeds the LP bound of the set-partitioning (Dantzig–Wolfe) formulation (Geoffrion 1974; Savelsbergh 1997: see
 *   `Bounds`); `gap` = `(cost − lowerBound) / cost` is a guarantee: the optimum is at most that much cheaper.
 * - `divisible`: seats may be split across offers; exact (transportation with one sink per school penalty band).
 * - `stable`: offers admit groups by priority (nearest first, lowest cost first, or explicit rankings); groups prefer
 *   cheaper offers. A pair blocks when the group prefers the offer to its place and the offer could seat it by
 *   turning away only groups it ranks lower. With whole groups a stable allocation may not exist (NP-hard to decide);
 *   the result lists the `blockingPairs` left (empty = stable).
 *
 * Every placement carries its cost terms and the next-best 3 feasible offers with their cost differences; every
 * unplaced demand carries a reason (the constraint that removed its last offer, or capacity) and how many offers each
 * constraint removed.
 *
 * Errors are values: a `ValidationError` (subject `"allocation"`, paths `["demands", i, …]`, `["offers", j, …]`,
 * `["options", …]`, `["travel", i, j]`) for NaN or infinite numbers, negative or fractional capacities and sizes,
 * bad coordinates or time windows, duplicate ids, unknown options, or a travel time that is not a number ≥ 0; an
 * `UnknownReferenceError` for a ranking naming an unknown offer or demand.
 *
 * @example
 * ```ts
 * import { allocate } from "@jiaolianti/matching";
 * const at = (lat: number, lng: number) => ({ lat, lng, crs: "WGS84" as const });
 * const afternoon = [{ start: "2026-10-14T13:00:00+08:00", end: "2026-10-14T16:30:00+08:00" }];
 * const group = (id: string, groupSize: number) => ({
 *   id, schoolId: "xh-school-001", grades: [4], groupSize, themes: ["science-technology" as const],
 *   timeWindows: afternoon, maxTravelMinutes: 20, travelMode: "walk" as const, accessibilityNeeds: [],
 *   origin: at(31.19, 121.44),
 * });
 * const session = (id: string, capacity: number, lat: number) => ({
 *   id, kind: "venue-session" as const, capacity, grades: [4, 5], themes: ["science-technology" as const],
 *   accessibility: [], location: at(lat, 121.44),
 *   times: [{ start: "2026-10-14T13:30:00+08:00", end: "2026-10-14T15:30:00+08:00" }],
 * });
 * const r = allocate([group("d1", 40), group("d2", 35)], [session("near", 45, 31.192), session("far", 40, 31.197)]);
 * if (r.ok) console.log(r.value.placements.map((p) => `${p.demandId}→${p.offerId}`), r.value.gap); // ["d1→near", "d2→far"] 0
 * ```
 */
export const allocate = (
  demands: ReadonlyArray<AllocationDemand>,
  offers: ReadonlyArray<AllocationOffer>,
  options: AllocateOptions = {},
  travel?: TravelTimes,
): Result<AllocationResult, ValidationError | UnknownReferenceError> => {
  const subject = "allocation";
  const issues: ValidationIssue[] = [];
  const opts = AllocateOptions.safeParse(options);
  if (!opts.success)
    for (const i of opts.error.issues) issues.push({ path: ["options", ...i.path], message: i.message });
  const ds = checkList(demands, AllocationDemand, "demands", issues);
  const os = checkList(offers, AllocationOffer, "offers", issues);
  if (travel !== undefined && typeof travel !== "function")
    issues.push({ path: ["travel"], message: "Expected a function (demand, offer) => minutes" });
  if (issues.length > 0 || !opts.success || ds === null || os === null)
    return { ok: false, error: validationError(subject, issues) };
  const o = opts.data;

  const demandIndex = new Map(ds.map((d, i) => [d.id as string, i]));
  const offerIndex = new Map(os.map((x, j) => [x.id as string, j]));
  const ranks = new Map<number, Map<number, number>>();
  for (const [offerId, list] of Object.entries(o.priorities ?? {})) {
    const j = offerIndex.get(offerId);
    if (j === undefined) return { ok: false, error: unknown(offerId, ["priorities", offerId], "Offer") };
    const rank = new Map<number, number>();
    for (const [r, demandId] of list.entries()) {
      const i = demandIndex.get(demandId);
      if (i === undefined) return { ok: false, error: unknown(demandId, ["priorities", offerId, r], "Demand") };
      if (rank.has(i)) {
        const error = validationError(subject, [
          { path: ["options", "priorities", offerId, r], message: `demand "${demandId}" is ranked twice` },
        ]);
        return { ok: false, error };
      }
      rank.set(i, r);
    }
    ranks.set(j, rank);
  }

  const minutes = (i: number, j: number): number => {
    const d = ds[i] as z.output<typeof AllocationDemand>;
    const x = os[j] as z.output<typeof AllocationOffer>;
    if (travel) return travel(d, x);
    return travelMinutes(d.origin, x.location ?? d.origin, {
      metersPerMinute: o.speeds[d.travelMode],
      detourFactor: o.detourFactor,
    }).minutes;
  };
  let bad: ValidationIssue | null = null;
  const checked = (i: number, j: number): number => {
    const t = minutes(i, j);
    if (typeof t !== "number" || Number.isNaN(t) || t < 0) {
      bad ??= { path: ["travel", i, j], message: `${String(t)} is not a travel time (minutes ≥ 0, or Infinity)` };
      return Infinity;
    }
    return t;
  };
  const problem = buildAllocationProblem(ds, os, o, checked, ranks);
  if (bad !== null) return { ok: false, error: validationError(subject, [bad]) };
  return { ok: true, value: solveAllocation(problem, { ...o, penalty: o.unplacedPenalty }) };
};

const unknown = (id: string, path: (string | number)[], target: "Offer" | "Demand"): UnknownReferenceError =>
  new UnknownReferenceError({
    from: "AllocateOptions",
    fromId: "priorities",
    path,
    target,
    targetId: id,
    message: `options.priorities: unknown ${target.toLowerCase()} "${id}"`,
    messageZh: `options.priorities 引用的${target === "Offer" ? "资源" : "需求"}“${id}”不存在`,
  });
