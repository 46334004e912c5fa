import { parseWith, type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { z } from "zod";
import { checkPreferences, Issues, idsOf, mutuallyAcceptable } from "./checkPreferences.js";
import { deferredAcceptance } from "./deferredAcceptance.js";
import type { Preferences } from "./Preferences.js";

/** A one-to-one two-sided market: suitors and reviewers, each ranking some of the other side. */
export interface MarriageInstance {
  readonly suitors: Preferences;
  readonly reviewers: Preferences;
}

/** Options of {@link stableMarriage}. */
export const StableMarriageOptions = z
  .object({
    /** Whose optimal stable matching to return (that side proposes). @default "suitor" */
    optimal: z.enum(["suitor", "reviewer"]).default("suitor"),
  })
  .strict();
/** Options accepted by {@link stableMarriage}. */
export type StableMarriageOptions = z.input<typeof StableMarriageOptions>;

/**
 * The stable matching of a one-to-one market (mentors and mentees, coaches and clubs, …) that is optimal for the
 * chosen side: every suitor (or every reviewer) gets the best partner it has in any stable matching. Stable: no
 * suitor and reviewer both prefer each other to what they got. A pair can only match if **both** list each other
 * (incomplete lists); ties are not supported (each list is a strict ranking). Returns suitor → reviewer, `null` for a
 * suitor left single.
 *
 * Deferred acceptance (Gale & Shapley 1962, "College admissions and the stability of marriage", Amer. Math. Monthly
 * 69:9–15), with the chosen side proposing — proposer-optimal and strategy-proof for the proposers (Dubins &
 * Freedman 1981; Roth 1982). O(total length of the lists).
 *
 * Rejects (typed {@link ValidationError}, subject `"stable marriage"`, paths `[side, id, position]`) lists that are not
 * arrays of strings, ties (nested lists), unknown ids and an id listed twice; and unknown options.
 *
 * @example
 * ```ts
 * import { stableMarriage } from "@jiaolianti/matching";
 * const r = stableMarriage({
 *   suitors: { ana: ["li", "mo"], ben: ["li", "mo"], cai: ["mo"] },
 *   reviewers: { li: ["ben", "ana"], mo: ["ana", "ben", "cai"] },
 * });
 * if (r.ok) console.log(r.value); // { ana: "mo", ben: "li", cai: null }
 * ```
 */
export const stableMarriage = (
  instance: MarriageInstance,
  options: StableMarriageOptions = {},
): Result<Record<string, string | null>, ValidationError> => {
  const subject = "stable marriage";
  const opts = parseWith(StableMarriageOptions, options, "StableMarriageOptions");
  if (!opts.ok) return opts;
  const issues = new Issues();
  const raw = (typeof instance === "object" && instance !== null ? instance : {}) as Partial<MarriageInstance>;
  const suitorIds = idsOf(raw.suitors, "suitors", issues);
  const reviewerIds = idsOf(raw.reviewers, "reviewers", issues);
  if (suitorIds === null || reviewerIds === null) return { ok: false, error: validationError(subject, issues.list) };
  const suitorIndex = new Map(suitorIds.map((id, k) => [id, k]));
  const reviewerIndex = new Map(reviewerIds.map((id, k) => [id, k]));
  const same = (x: unknown) => x;
  const suitors = checkPreferences(raw.suitors, "suitors", same, reviewerIndex, "reviewer", issues);
  const reviewers = checkPreferences(raw.reviewers, "reviewers", same, suitorIndex, "suitor", issues);
  if (suitors === null || reviewers === null || issues.any)
    return { ok: false, error: validationError(subject, issues.list) };

  const suitorsPropose = opts.value.optimal === "suitor";
  const [proposers, receivers] = suitorsPropose ? [suitors, reviewers] : [reviewers, suitors];
  const { lists, rankAt } = mutuallyAcceptable(proposers, receivers);
  const held = deferredAcceptance({
    lists,
    rankAt,
    proposerQuota: new Int32Array(proposers.ids.length).fill(1),
    receiverQuota: new Int32Array(receivers.ids.length).fill(1),
  });
  const partner = new Int32Array(suitors.ids.length).fill(-1);
  held.forEach((list, r) => {
    const p = list[0];
    if (p === undefined) return;
    if (suitorsPropose) partner[p] = r;
    else partner[r] = p;
  });
  return {
    ok: true,
    value: Object.fromEntries(
      suitors.ids.map((id, s) => [id, partner[s] === -1 ? null : (reviewers.ids[partner[s] as number] as string)]),
    ),
  };
};
