import { Data } from "effect";

/** What kind of plan entity was looked up. */
export type PlanReferenceKind = "action" | "target";

/**
 * A lookup named an id the plan does not contain. Carries the kind, the id, the ids that do exist (to show "did you
 * mean"), and messages in English and Chinese.
 *
 * @example
 * ```ts
 * import { findTarget, xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = findTarget(xuhuiPlan2025, "no-such-target");
 * if (!r.ok) console.log(r.error._tag, r.error.kind); // "UnknownPlanReference" "target"
 * ```
 */
export class UnknownPlanReference extends Data.TaggedError("UnknownPlanReference")<{
  readonly kind: PlanReferenceKind;
  readonly id: string;
  readonly planId: string;
  readonly known: ReadonlyArray<string>;
  readonly message: string;
  readonly messageZh: string;
}> {}

const KIND_ZH: Readonly<Record<PlanReferenceKind, string>> = { action: "重点项目", target: "目标" };

/** Builds an {@link UnknownPlanReference} for `id` of `kind` in plan `planId`, listing the `known` ids. */
export const unknownPlanReference = (
  kind: PlanReferenceKind,
  id: string,
  planId: string,
  known: ReadonlyArray<string>,
): UnknownPlanReference =>
  new UnknownPlanReference({
    kind,
    id,
    planId,
    known,
    message: `Plan ${planId} has no ${kind} ${JSON.stringify(id)}`,
    messageZh: `方案 ${planId} 中没有${KIND_ZH[kind]} ${JSON.stringify(id)}`,
  });
