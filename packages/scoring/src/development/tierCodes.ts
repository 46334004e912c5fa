import type { SupportTier } from "@jiaolianti/core";

/**
 * The four tiers in order of urgency, so that `TIER_BY_URGENCY[u]` is the tier of urgency `u` (0 green … 3 red) —
 * the codes of {@link tierBatch}'s `tiers` array, equal to core's `supportTiers[tier].urgency`.
 *
 * @example
 * ```ts
 * import { TIER_BY_URGENCY } from "@jiaolianti/scoring";
 * TIER_BY_URGENCY[3]; // "red"
 * ```
 */
export const TIER_BY_URGENCY: readonly ["green", "yellow", "orange", "red"] = ["green", "yellow", "orange", "red"];

/**
 * The code of an undetermined tier in {@link tierBatch}'s `tiers` array: nothing usable was measured, so no tier is
 * given (never green by default).
 *
 * @example
 * ```ts
 * import { TIER_UNDETERMINED } from "@jiaolianti/scoring";
 * TIER_UNDETERMINED; // 255
 * ```
 */
export const TIER_UNDETERMINED = 255;

/** Urgency of a tier: 0 green … 3 red (internal; equals core's `supportTiers[tier].urgency`). */
export const urgencyOf = (tier: SupportTier): 0 | 1 | 2 | 3 => TIER_BY_URGENCY.indexOf(tier) as 0 | 1 | 2 | 3;
