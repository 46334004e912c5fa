import { IsoDate } from "@jiaolianti/core";
import { z } from "zod";
import { ReachableOptions } from "../travel/reachableWithin.js";

/**
 * Default weights of the recommendation score (our rule, not a published one: plan needs first, then the family
 * bundle, then nearness, free opening and places left). Each component is in [0, 1]; the need weight is multiplied
 * by `1 + urgency` (urgency 0 … 3), so a more urgent plan ranks its courses further ahead.
 */
export const DEFAULT_RECOMMEND_WEIGHTS = {
  need: 0.4,
  bundle: 0.25,
  proximity: 0.2,
  free: 0.1,
  capacity: 0.05,
} as const;

const weight = z.number().min(0).max(100);

/**
 * Options of `recommendCourses`: the practice circle (`minutes`, 15 by default, `mode` walk or bike,
 * `detourFactor`: the embedded travel model), how many courses to return, the score weights, seats already taken
 * per course (so full courses drop out and "places left" is shown) and the date on which venue closures are checked.
 */
export const RecommendOptions = ReachableOptions.extend({
  /** Most courses returned. @default 10 */
  limit: z.number().int().min(1).max(1_000).default(10),
  /** @default DEFAULT_RECOMMEND_WEIGHTS */
  weights: z
    .strictObject({
      need: weight.default(DEFAULT_RECOMMEND_WEIGHTS.need),
      bundle: weight.default(DEFAULT_RECOMMEND_WEIGHTS.bundle),
      proximity: weight.default(DEFAULT_RECOMMEND_WEIGHTS.proximity),
      free: weight.default(DEFAULT_RECOMMEND_WEIGHTS.free),
      capacity: weight.default(DEFAULT_RECOMMEND_WEIGHTS.capacity),
    })
    .default(DEFAULT_RECOMMEND_WEIGHTS),
  /** Seats already taken, by course id. @default {} */
  seatsTaken: z.record(z.string(), z.number().int().min(0).max(2_000)).default({}),
  /** Venues closed on this date are left out (absent = closures are not checked). */
  asOf: IsoDate.optional(),
}).strict();
/** Options of `recommendCourses` (input form). */
export type RecommendOptions = z.input<typeof RecommendOptions>;
