import {
  compareTemporal,
  IsoDate,
  parseWith,
  type Result,
  SupportTier,
  supportTiers,
  type ValidationError,
} from "@jiaolianti/core";
import { z } from "zod";
import { type PlanError, planFail } from "./PlanError.js";

/** Progress of a plan against its goal (Communities In Schools): `progressing`, `no-progress`, `declining`, `exited`. */
export const PlanProgressStatus = z.enum(["progressing", "no-progress", "declining", "exited"]);
/** Progress of a plan against its goal. */
export type PlanProgressStatus = z.infer<typeof PlanProgressStatus>;

/**
 * One check-in of a plan: its date, the tier of a reassessment made then (`null`/absent when not reassessed), an
 * optional Goal Attainment Scaling rating of the goal (−2 much less than expected, −1 somewhat less — the usual
 * baseline, 0 the expected outcome, +1 / +2 more than expected) and whether the student left the plan (moved school,
 * plan closed early).
 */
export const PlanObservation = z.strictObject({
  date: IsoDate,
  tier: SupportTier.nullable().optional(),
  goalAttainment: z.int().min(-2).max(2).optional(),
  exited: z.boolean().optional(),
});
/** One check-in of a plan. */
export type PlanObservation = z.input<typeof PlanObservation>;

/** The fields of a plan that {@link planProgress} reads (a {@link SupportPlan} has them). */
export const PlanProgressPlan = z.object({
  tier: SupportTier,
  startDate: IsoDate,
  goal: z.object({ targetTier: SupportTier }),
});
/** The fields of a plan that {@link planProgress} reads. */
export type PlanProgressPlan = z.input<typeof PlanProgressPlan>;

/** A plan's progress, with the reason and the observations that decided it. */
export interface PlanProgress {
  readonly status: PlanProgressStatus;
  readonly reason: { readonly zh: string; readonly en: string };
  readonly basis: {
    readonly latestDate: string;
    /** Tier of the latest reassessment; `null` when none was made. */
    readonly latestTier: SupportTier | null;
    /** Urgency of the latest reassessed tier minus the plan's (negative = less urgent); `null` when none. */
    readonly tierChange: number | null;
    readonly targetReached: boolean;
    /** Goal Attainment Scaling rating of the latest rated observation; `null` when none. */
    readonly goalAttainment: number | null;
  };
}

const urgency = (t: SupportTier) => supportTiers[t].urgency;

/**
 * The progress of a plan against its goal from its check-ins, by a documented rule (first match wins):
 *
 * 1. any observation with `exited: true` → `exited`;
 * 2. the latest reassessed tier (latest date; ties: later in the list) is *more* urgent than the plan's tier →
 *    `declining` (safety first: no rating can hide a more urgent tier);
 * 3. it is less urgent than the plan's tier, or at or below the goal's target tier → `progressing`;
 * 4. otherwise the latest Goal Attainment Scaling rating decides: ≥ 0 → `progressing`, −1 → `no-progress`, −2 →
 *    `declining`;
 * 5. nothing to go on (no reassessment, no rating) → `no-progress`.
 *
 * Source: Communities In Schools progress categories (progressing / no progress / declining / exited) and Panorama
 * progress monitoring (REFERENCE.md §3); Goal Attainment Scaling: Kiresuk TJ, Sherman RE. Community Ment Health J
 * 1968;4(6):443–453. Returns a {@link PlanError} for no observations or one dated before the plan's start.
 *
 * @example
 * ```ts
 * import { planProgress } from "@jiaolianti/scoring";
 * const plan = { tier: "orange", startDate: "2025-10-13", goal: { targetTier: "yellow" } } as const;
 * const r = planProgress(plan, [{ date: "2025-10-20", goalAttainment: -1 }, { date: "2025-11-24", tier: "yellow" }]);
 * if (r.ok) console.log(r.value.status); // "progressing"
 * ```
 */
export const planProgress = (
  plan: PlanProgressPlan,
  observations: ReadonlyArray<PlanObservation>,
): Result<PlanProgress, ValidationError | PlanError> => {
  const p = parseWith(PlanProgressPlan, plan, "PlanProgressPlan");
  if (!p.ok) return p;
  const o = parseWith(z.array(PlanObservation).max(1000), observations, "PlanObservation list");
  if (!o.ok) return o;
  const obs = o.value;
  if (obs.length === 0) return planFail("no-observations", [], "no observations", "尚无跟进记录");
  const early = obs.findIndex((x) => compareTemporal(x.date, p.value.startDate) < 0);
  if (early >= 0)
    return planFail(
      "observation-before-start",
      [early, "date"],
      `observation ${early} (${obs[early]?.date}) is before the plan's start ${p.value.startDate}`,
      `第 ${early + 1} 条记录早于计划开始日期`,
    );
  // Stable order by date: ties keep list order, so "latest" is the later one in the list.
  const sorted = obs.map((x, i) => ({ x, i })).sort((a, b) => compareTemporal(a.x.date, b.x.date) || a.i - b.i);
  const latest = sorted.at(-1)?.x;
  const lastTier = [...sorted].reverse().find((s) => s.x.tier != null)?.x.tier ?? null;
  const lastRated = [...sorted].reverse().find((s) => s.x.goalAttainment !== undefined)?.x.goalAttainment ?? null;
  const tierChange = lastTier === null ? null : urgency(lastTier) - urgency(p.value.tier);
  const targetReached = lastTier !== null && urgency(lastTier) <= urgency(p.value.goal.targetTier);
  const basis = {
    latestDate: latest?.date ?? p.value.startDate,
    latestTier: lastTier,
    tierChange,
    targetReached,
    goalAttainment: lastRated,
  };
  const done = (status: PlanProgressStatus, zh: string, en: string) => ({
    ok: true as const,
    value: { status, reason: { zh, en }, basis },
  });
  if (obs.some((x) => x.exited)) return done("exited", "学生已退出本计划", "The student left the plan");
  if (tierChange !== null && tierChange > 0)
    return done(
      "declining",
      "复评等级比计划开始时更需关注",
      "The latest reassessment is more urgent than at the start",
    );
  if ((tierChange !== null && tierChange < 0) || targetReached)
    return done("progressing", "复评等级已改善或达到目标", "The latest reassessment improved or reached the target");
  if (lastRated !== null && lastRated >= 0)
    return done("progressing", "目标达成评分达到预期", "The goal rating reached the expected level");
  if (lastRated === -2) return done("declining", "目标达成评分低于基线", "The goal rating fell below the baseline");
  if (lastRated === -1) return done("no-progress", "目标达成评分仍在基线", "The goal rating is still at the baseline");
  return done("no-progress", "尚无复评或目标评分", "No reassessment or goal rating yet");
};
