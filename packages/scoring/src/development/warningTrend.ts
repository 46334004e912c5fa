import { parseWith, type Result, SupportTier, type ValidationError } from "@jiaolianti/core";
import { z } from "zod";
import { urgencyOf } from "./tierCodes.js";

/**
 * The default minimal important difference of the development index: 5 points on its 0–100 scale. It is a
 * convention, not a measured value — about half a standard deviation when the index's spread across students is ≈ 10
 * points (Norman, Sloan & Wyrwich 2003: MIDs of health measures cluster at ≈ 0.5 SD). A district that knows its
 * index's standard deviation sets `minimalImportantDifference` to half of it.
 */
export const DEFAULT_INDEX_MID = 5;

/** Direction of change between two assessments; `undetermined` when either side is missing. */
export type TrendDirection = "worsening" | "stable" | "improving" | "undetermined";

/** One assessment's tier and index, as {@link warningTier} and {@link developmentIndex} give them. */
export const TrendPoint = z.strictObject({
  tier: SupportTier.nullable(),
  index: z.number().min(0).max(100).nullable(),
});
/** One assessment's tier and index. */
export type TrendPoint = z.infer<typeof TrendPoint>;

const TrendOptions = z.strictObject({
  /** Smallest change of the index (0–100 points) that counts as a change. @default 5 ({@link DEFAULT_INDEX_MID}) */
  minimalImportantDifference: z.number().positive().max(100).default(DEFAULT_INDEX_MID),
});
/** Options of {@link warningTrend}. */
export type TrendOptions = z.input<typeof TrendOptions>;

/** The change between two assessments, by tier, by index, and overall. */
export interface WarningTrend {
  /** A more urgent tier is worsening, a less urgent one improving. */
  readonly byTier: TrendDirection;
  /** A fall of at least the MID is worsening, a rise of at least the MID improving, else stable. */
  readonly byIndex: TrendDirection;
  /** The tier's direction when the tier changed; else the index's (the tier's `stable` when the index is missing). */
  readonly overall: TrendDirection;
  /** Current index − previous index (`null` when either is `null`). */
  readonly indexChange: number | null;
  readonly minimalImportantDifference: number;
  readonly explanation: { readonly en: string; readonly zh: string };
}

const ZH: Record<TrendDirection, string> = {
  worsening: "变差",
  stable: "稳定",
  improving: "改善",
  undetermined: "无法判断",
};

/**
 * The trend of a student against the previous assessment (动态监测): by tier — a more urgent tier is `worsening`, a
 * less urgent one `improving`, the same one `stable`; by index — a change of at least the minimal important difference
 * (default 5 points, {@link DEFAULT_INDEX_MID}) downwards is `worsening`, upwards `improving`, smaller changes
 * `stable`. Overall, the tier decides when it changed (a tier reflects thresholds that matter for response); when it
 * is unchanged the index decides; when the tier is undetermined on either side, the index decides alone. Missing
 * values never count as a change: they give `undetermined`.
 *
 * Source: Norman GR, Sloan JA, Wyrwich KW (2003), Med Care 41(5):582–592 (half a standard deviation as a minimal
 * important difference); REFERENCE.md §3 (progress: progressing / no progress / declining).
 *
 * @example
 * ```ts
 * import { warningTrend } from "@jiaolianti/scoring";
 * const r = warningTrend({ tier: "yellow", index: 61 }, { tier: "yellow", index: 68.5 });
 * if (r.ok) console.log(r.value.overall, r.value.byIndex); // "improving" "improving"
 * ```
 */
export const warningTrend = (
  previous: TrendPoint,
  current: TrendPoint,
  options: TrendOptions = {},
): Result<WarningTrend, ValidationError> => {
  const p = parseWith(TrendPoint, previous, "previous assessment");
  if (!p.ok) return p;
  const c = parseWith(TrendPoint, current, "current assessment");
  if (!c.ok) return c;
  const o = parseWith(TrendOptions, options ?? {}, "warningTrend options");
  if (!o.ok) return o;
  const mid = o.value.minimalImportantDifference;
  const before = p.value;
  const now = c.value;

  let byTier: TrendDirection = "undetermined";
  if (before.tier !== null && now.tier !== null) {
    const d = urgencyOf(now.tier) - urgencyOf(before.tier);
    byTier = d > 0 ? "worsening" : d < 0 ? "improving" : "stable";
  }
  const indexChange = before.index !== null && now.index !== null ? now.index - before.index : null;
  const byIndex: TrendDirection =
    indexChange === null
      ? "undetermined"
      : indexChange <= -mid
        ? "worsening"
        : indexChange >= mid
          ? "improving"
          : "stable";
  const overall: TrendDirection =
    byTier === "worsening" || byTier === "improving"
      ? byTier
      : byTier === "stable" && byIndex === "undetermined"
        ? "stable"
        : byIndex;
  const change = indexChange === null ? "n/a" : `${indexChange >= 0 ? "+" : ""}${Math.round(indexChange * 10) / 10}`;
  return {
    ok: true,
    value: {
      byTier,
      byIndex,
      overall,
      indexChange,
      minimalImportantDifference: mid,
      explanation: {
        en: `tier ${before.tier ?? "undetermined"} → ${now.tier ?? "undetermined"} (${byTier}); index change ${change} with MID ${mid} (${byIndex}); overall ${overall}`,
        zh: `预警等级 ${before.tier ?? "待定"} → ${now.tier ?? "待定"}(${ZH[byTier]});指数变化 ${change},最小重要差值 ${mid}(${ZH[byIndex]});总体${ZH[overall]}`,
      },
    },
  };
};
