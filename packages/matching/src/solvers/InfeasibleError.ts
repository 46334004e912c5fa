import { Data } from "effect";

/**
 * Why supply cannot all be placed, as a certificate anyone can check by adding up the input (the deficiency form of
 * Hall's theorem for transportation, a cut of the max-flow min-cut theorem for min-cost flow):
 *
 * - `hall` (transportation): the `sources` together must place `demand` units but may only use the `sinks`, whose
 *   capacity adds up to `capacity`; `demand − capacity` units cannot be placed, whatever the plan.
 * - `cut` (min-cost flow): the `nodes` hold a net supply of `supply` units, but the arcs leaving them carry at most
 *   `capacity`; `supply − capacity` units cannot leave.
 */
export type InfeasibilityWitness =
  | {
      readonly kind: "hall";
      readonly sources: ReadonlyArray<number>;
      readonly sinks: ReadonlyArray<number>;
      readonly demand: number;
      readonly capacity: number;
    }
  | {
      readonly kind: "cut";
      readonly nodes: ReadonlyArray<number>;
      readonly supply: number;
      readonly capacity: number;
    };

/**
 * Supply that cannot all be placed: not bad input (that is a `ValidationError`) but a demand the capacities or the
 * allowed pairs cannot meet. Says how much cannot be placed (`unplaced`, out of `requested`), and proves it with a
 * {@link InfeasibilityWitness} — the groups that compete for too few seats. `message` is English, `messageZh` is
 * written for a district officer.
 *
 * @example
 * ```ts
 * import { solveTransportation } from "@jiaolianti/matching";
 * // Groups 1 and 2 may only use session 0: 35 students, 25 seats.
 * const r = solveTransportation({ cost: [[5, 9], [4, Infinity], [6, Infinity]], supply: [10, 20, 15], capacity: [25, 40] });
 * if (!r.ok && r.error._tag === "InfeasibleError") console.log(r.error.unplaced, r.error.witness);
 * // 10 { kind: "hall", sources: [1, 2], sinks: [0], demand: 35, capacity: 25 }
 * ```
 */
export class InfeasibleError extends Data.TaggedError("InfeasibleError")<{
  /** What was being solved, e.g. `"transportation"`. */
  readonly subject: string;
  /** Units of supply that no plan can place. */
  readonly unplaced: number;
  /** Units of supply asked to be placed. */
  readonly requested: number;
  readonly witness: InfeasibilityWitness;
  readonly message: string;
  readonly messageZh: string;
}> {}

const list = (ids: ReadonlyArray<number>): string =>
  ids.length <= 8 ? `[${ids.join(", ")}]` : `[${ids.slice(0, 8).join(", ")}, … ${ids.length - 8} more]`;

/** Builds an {@link InfeasibleError} with English and Chinese messages. */
export const infeasibleError = (
  subject: string,
  unplaced: number,
  requested: number,
  witness: InfeasibilityWitness,
): InfeasibleError => {
  const head = `${subject}: ${unplaced} of ${requested} units cannot be placed`;
  const headZh = `${subject}:共需安排 ${requested} 个单位,其中 ${unplaced} 个无法安排`;
  const message =
    witness.kind === "hall"
      ? `${head} — sources ${list(witness.sources)} need ${witness.demand} but may only use sinks ${list(witness.sinks)} with capacity ${witness.capacity}`
      : `${head} — nodes ${list(witness.nodes)} hold ${witness.supply} but the arcs leaving them carry at most ${witness.capacity}`;
  const messageZh =
    witness.kind === "hall"
      ? `${headZh}——来源 ${list(witness.sources)} 合计需要 ${witness.demand},但只能使用去向 ${list(witness.sinks)},其容量合计 ${witness.capacity}`
      : `${headZh}——节点 ${list(witness.nodes)} 合计供给 ${witness.supply},但流出这些节点的弧容量合计只有 ${witness.capacity}`;
  return new InfeasibleError({ subject, unplaced, requested, witness, message, messageZh });
};
