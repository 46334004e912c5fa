import type { Result } from "@jiaolianti/core";
import { z } from "zod";
import { fail, type McdaError } from "./McdaError.js";
import { parseOptions } from "./parseOptions.js";

const direction = z.enum(["benefit", "cost"]).default("benefit");
const scale = z.number().positive().default(1);

/** Options of {@link normalize}: the method is always explicit (OECD/JRC 2008: the choice changes results). */
export const NormalizeOptions = z.discriminatedUnion("method", [
  z
    .object({
      method: z.literal("minmax"),
      /** @default "benefit" */
      direction,
      /** Output interval. @default [0, 100] */
      range: z
        .tuple([z.number(), z.number()])
        .readonly()
        .default([0, 100])
        .refine(([lo, hi]) => lo < hi, "range must be [low, high] with low < high"),
    })
    .strict(),
  z.object({ method: z.literal("zscore"), direction }).strict(),
  z
    .object({
      method: z.literal("target"),
      /** The value that earns full marks; values at or beyond it score `scale`. */
      target: z.number(),
      direction,
      /** Multiplier of the [0, 1] result. @default 1 */
      scale,
    })
    .strict(),
  z
    .object({
      method: z.literal("goalposts"),
      /** Lower goalpost: benefit values ≤ low score 0. */
      low: z.number(),
      /** Upper goalpost: benefit values ≥ high score `scale`. */
      high: z.number(),
      direction,
      /** Multiplier of the [0, 1] result. @default 1 */
      scale,
    })
    .strict()
    .refine((o) => o.low < o.high, { message: "goalposts need low < high", path: ["high"] }),
]);
/** Options of {@link normalize}. */
export type NormalizeOptions = z.input<typeof NormalizeOptions>;

/** The parameters a normalisation used, so that a normalised value can be traced back to its raw value. */
export type NormalizeBasis =
  | { readonly method: "minmax"; readonly min: number; readonly max: number; readonly range: readonly [number, number] }
  | { readonly method: "zscore"; readonly mean: number; readonly sd: number }
  | {
      readonly method: "target";
      readonly target: number;
      readonly min: number;
      readonly max: number;
      readonly scale: number;
    }
  | { readonly method: "goalposts"; readonly low: number; readonly high: number; readonly scale: number };

/** Normalised values of one indicator, with the rule and parameters that produced them. */
export interface Normalized {
  /** One value per input value; `null` where the input was `null` (missing). */
  readonly values: ReadonlyArray<number | null>;
  readonly direction: "benefit" | "cost";
  /** How many values were present (not `null`). */
  readonly present: number;
  readonly basis: NormalizeBasis;
}

const SUBJECT = "normalize values";

/**
 * Normalises one indicator across alternatives (OECD/JRC *Handbook on Constructing Composite Indicators*, 2008, §5;
 * COINr conventions). `null` marks a missing value: it is skipped by the statistics and stays `null`.
 *
 * - `minmax`: `(x − min)/(max − min)` mapped onto `range` (default 0–100); cost: `(max − x)/(max − min)`.
 * - `zscore`: `(x − mean)/s` with the *sample* standard deviation `s` (n − 1); cost: negated.
 * - `target`: distance to target, benefit `(x − min)/(target − min)`, cost `(max − x)/(max − target)`, capped at 1
 *   (values at or beyond the target score 1, so a target every alternative already meets gives 1 for all), × `scale`.
 * - `goalposts`: `(x − low)/(high − low)` truncated to [0, 1] (cost: `(high − x)/(high − low)`), × `scale`.
 *
 * Equal values cannot be min–max- or z-scored (division by zero): that is a `constant` error rather than an invented
 * value.
 *
 * @example
 * ```ts
 * import { normalize } from "@jiaolianti/scoring";
 * const r = normalize([2, 4, 6, null], { method: "minmax" });
 * if (r.ok) console.log(r.value.values); // [0, 50, 100, null]
 * normalize([2, 4, 6], { method: "minmax", direction: "cost", range: [0, 1] }); // values [1, 0.5, 0]
 * ```
 */
export const normalize = (
  values: ArrayLike<number | null>,
  options: NormalizeOptions,
): Result<Normalized, McdaError> => {
  const parsed = parseOptions(NormalizeOptions, options, "normalize options");
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  if (values === null || typeof values !== "object" || typeof values.length !== "number")
    return fail(SUBJECT, "empty", [], "expected an array of numbers or null", "应为数值(或 null)数组");
  const n = values.length;
  let present = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x === null) continue;
    if (typeof x !== "number" || !Number.isFinite(x))
      return fail(
        SUBJECT,
        "not-finite",
        [i],
        `${String(x)} is not a finite number (write a missing value as null)`,
        `${String(x)} 不是有限数值(缺失值请写作 null)`,
      );
    present++;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (present === 0) return fail(SUBJECT, "empty", [], "no value is present", "没有任何有效数值");
  const cost = o.direction === "cost";
  let f: (x: number) => number;
  let basis: NormalizeBasis;
  switch (o.method) {
    case "minmax": {
      if (max === min)
        return fail(
          SUBJECT,
          "constant",
          [],
          `every value equals ${min}: min–max is undefined`,
          `所有数值都等于 ${min},无法做极差标准化`,
        );
      const [lo, hi] = o.range;
      const span = max - min;
      f = cost ? (x) => lo + ((max - x) / span) * (hi - lo) : (x) => lo + ((x - min) / span) * (hi - lo);
      basis = { method: "minmax", min, max, range: [lo, hi] };
      break;
    }
    case "zscore": {
      if (present < 2)
        return fail(
          SUBJECT,
          "too-few",
          [],
          "a sample standard deviation needs at least 2 values",
          "样本标准差至少需要 2 个数值",
        );
      const mean = sum / present;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const x = values[i];
        if (x !== null && x !== undefined) ss += (x - mean) ** 2;
      }
      const sd = Math.sqrt(ss / (present - 1));
      if (sd === 0)
        return fail(
          SUBJECT,
          "constant",
          [],
          `every value equals ${min}: the z-score is undefined`,
          `所有数值都等于 ${min},无法计算 z 分数`,
        );
      f = cost ? (x) => -(x - mean) / sd : (x) => (x - mean) / sd;
      basis = { method: "zscore", mean, sd };
      break;
    }
    case "target": {
      const { target, scale: k } = o;
      // Values at or beyond the target are capped at 1 first, so the denominators below are never ≤ 0.
      f = cost
        ? (x) => (x <= target ? k : k * ((max - x) / (max - target)))
        : (x) => (x >= target ? k : k * ((x - min) / (target - min)));
      basis = { method: "target", target, min, max, scale: k };
      break;
    }
    case "goalposts": {
      const { low, high, scale: k } = o;
      const span = high - low;
      const clamp = (t: number) => Math.min(1, Math.max(0, t));
      f = cost ? (x) => k * clamp((high - x) / span) : (x) => k * clamp((x - low) / span);
      basis = { method: "goalposts", low, high, scale: k };
      break;
    }
  }
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    out[i] = x === null || x === undefined ? null : f(x);
  }
  return { ok: true, value: { values: out, direction: o.direction, present, basis } };
};
