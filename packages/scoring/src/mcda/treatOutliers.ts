import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";
import { type SkewKurtosis, skewKurtosis } from "./skewKurtosis.js";

/** Options of {@link treatOutliers} (COINr defaults). */
export const TreatOutliersOptions = z
  .object({
    /** Outlying when |skewness| ≥ this … @default 2 */
    skewThreshold: z.number().positive().default(2),
    /** … and excess kurtosis ≥ this. @default 3.5 */
    kurtosisThreshold: z.number().default(3.5),
    /** Most distinct points to Winsorise before giving up (COINr `winmax`). @default 5 */
    maxPoints: z.number().int().min(0).default(5),
  })
  .strict();
/** Options of {@link treatOutliers}. */
export type TreatOutliersOptions = z.input<typeof TreatOutliersOptions>;

/** One Winsorised value. */
export interface WinsorisedPoint {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly side: "high" | "low";
}

/** An indicator after outlier treatment, with the statistics that triggered and ended it. */
export interface TreatedIndicator {
  /** Treated values (`null` stays `null`). */
  readonly values: ReadonlyArray<number | null>;
  /** Every Winsorised point with its original and final value. */
  readonly treated: ReadonlyArray<WinsorisedPoint>;
  readonly before: SkewKurtosis;
  readonly after: SkewKurtosis;
  /** The raw values were outlying (|skew| ≥ threshold and kurtosis ≥ threshold). */
  readonly outlying: boolean;
  /**
   * The treated values pass. `false` means `maxPoints` was reached first: COINr would then log-transform the raw
   * indicator instead; that choice is left to the caller.
   */
  readonly passes: boolean;
  readonly rule: { readonly skewThreshold: number; readonly kurtosisThreshold: number; readonly maxPoints: number };
}

const SUBJECT = "treatOutliers values";

/**
 * Outlier treatment as in COINr (`Treat`/`winsorise`, after the OECD/JRC Handbook 2008 and the JRC COIN audits): an
 * indicator is outlying when |skewness| ≥ 2 **and** excess kurtosis ≥ 3.5 (sample G1/G2, see {@link skewKurtosis});
 * while it is, the most extreme point on the side of the skew (high if skew ≥ 0) is Winsorised to the next value in,
 * one point at a time (tied extremes together), up to `maxPoints` distinct points. `null` values are skipped; at
 * least 4 present values are needed for kurtosis.
 *
 * @example
 * ```ts
 * import { treatOutliers } from "@jiaolianti/scoring";
 * const r = treatOutliers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]);
 * if (r.ok) console.log(r.value.treated, r.value.passes); // [{ index: 11, from: 100, to: 30, side: "high" }, …] true
 * ```
 */
export const treatOutliers = (
  values: ArrayLike<number | null>,
  options: TreatOutliersOptions = {},
): Result<TreatedIndicator, McdaError> => {
  const parsed = parseOptions(TreatOutliersOptions, options, "treatOutliers options");
  if (!parsed.ok) return parsed;
  const rule = parsed.value;
  if (values === null || typeof values !== "object" || typeof values.length !== "number")
    return fail(SUBJECT, "empty", [], "expected an array of numbers or null", "应为数值(或 null)数组");
  const index: number[] = [];
  const x: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v !== "number" || !Number.isFinite(v))
      return fail(
        SUBJECT,
        "not-finite",
        [i],
        `${String(v)} is not a finite number (write a missing value as null)`,
        `${String(v)} 不是有限数值(缺失值请写作 null)`,
      );
    index.push(i);
    x.push(v);
  }
  if (x.length < 4)
    return fail(
      SUBJECT,
      "too-few",
      [],
      `kurtosis needs at least 4 present values, got ${x.length}`,
      `峰度至少需要 4 个有效数值,实际 ${x.length} 个`,
    );
  const isOutlying = (s: SkewKurtosis) =>
    Math.abs(s.skewness) >= rule.skewThreshold && s.kurtosis >= rule.kurtosisThreshold;
  const before = skewKurtosis(x);
  let stats = before;
  const points = new Map<number, WinsorisedPoint>();
  while (isOutlying(stats) && points.size < rule.maxPoints) {
    const high = stats.skewness >= 0;
    let extreme = x[0] as number;
    for (const v of x) if (high ? v > extreme : v < extreme) extreme = v;
    let next = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (const v of x) if (v !== extreme && (high ? v > next : v < next)) next = v;
    if (!Number.isFinite(next)) break; // all equal: cannot happen while outlying, kept as a guard
    for (let k = 0; k < x.length; k++) {
      if (x[k] !== extreme) continue;
      const i = index[k] as number;
      const from = points.get(i)?.from ?? extreme;
      points.set(i, { index: i, from, to: next, side: high ? "high" : "low" });
      x[k] = next;
    }
    stats = skewKurtosis(x);
  }
  const out: (number | null)[] = Array.from({ length: values.length }, (_, i) => values[i] ?? null);
  for (let k = 0; k < x.length; k++) out[index[k] as number] = x[k] as number;
  return {
    ok: true,
    value: {
      values: out,
      treated: [...points.values()].sort((a, b) => a.index - b.index),
      before,
      after: stats,
      outlying: isOutlying(before),
      passes: !isOutlying(stats),
      rule,
    },
  };
};
