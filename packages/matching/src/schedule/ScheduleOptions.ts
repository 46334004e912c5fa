import { z } from "zod";
import type { ScheduleExpert, ScheduleOffer, ScheduleSchool, ScheduleVenue } from "./ScheduleResources.js";

/** Most allocations one call schedules. */
export const MAX_SCHEDULE_ALLOCATIONS = 5_000;

/**
 * The search settings of `schedule`:
 *
 * - `gridMinutes`: open offers (no fixed sessions) may start every `gridMinutes` minutes after midnight.
 *   @default 30
 * - `maxNodes`: budget of the complete search (placements tried) before it gives up and keeps the greedy schedule.
 *   @default 20000
 */
export const ScheduleSettings = z.strictObject({
  /** @default 30 */
  gridMinutes: z.number().int().min(5).max(240).default(30),
  /** @default 20000 */
  maxNodes: z.number().int().min(0).max(10_000_000).default(20_000),
});
/** Search settings (input form). */
export type ScheduleSettings = z.input<typeof ScheduleSettings>;

/**
 * Everything `schedule` needs besides the allocations and the calendar: the resources (`offers`, `venues`, `schools`
 * are required, and every id an allocation or offer names must be listed in them; `experts` lists every expert
 * named) and the {@link ScheduleSettings}.
 */
export interface ScheduleOptions extends ScheduleSettings {
  readonly offers: ReadonlyArray<ScheduleOffer>;
  readonly venues: ReadonlyArray<ScheduleVenue>;
  readonly schools: ReadonlyArray<ScheduleSchool>;
  /** Every expert an allocation names. @default [] */
  readonly experts?: ReadonlyArray<ScheduleExpert>;
}
