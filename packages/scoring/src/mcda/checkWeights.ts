import type { Result } from "@jiaolianti/core";
import { fail, type McdaError } from "./McdaError.js";

/**
 * Validates criterion weights (finite, ≥ 0, not all zero, one per criterion) and returns them renormalised to sum to
 * 1 (internal). Errors name the offending weight as `["weights", j]`.
 */
export const checkWeights = (weights: unknown, cols: number, subject: string): Result<Float64Array, McdaError> => {
  if (!Array.isArray(weights) && !(ArrayBuffer.isView(weights) && !(weights instanceof DataView)))
    return fail(subject, "invalid-weights", ["weights"], "weights must be an array of numbers", "权重应为数值数组");
  const w = weights as ArrayLike<unknown>;
  if (w.length !== cols)
    return fail(
      subject,
      "length-mismatch",
      ["weights"],
      `${w.length} weights for ${cols} criteria`,
      `权重个数 ${w.length} 与指标个数 ${cols} 不一致`,
    );
  const out = new Float64Array(cols);
  let sum = 0;
  for (let j = 0; j < cols; j++) {
    const x = w[j];
    if (typeof x !== "number" || !Number.isFinite(x))
      return fail(
        subject,
        "not-finite",
        ["weights", j],
        `${String(x)} is not a finite number`,
        `${String(x)} 不是有限数值`,
      );
    if (x < 0) return fail(subject, "invalid-weights", ["weights", j], `weight ${x} < 0`, `权重 ${x} 为负数`);
    out[j] = x;
    sum += x;
  }
  if (sum <= 0) return fail(subject, "invalid-weights", ["weights"], "all weights are zero", "权重全为零");
  for (let j = 0; j < cols; j++) (out as Float64Array)[j] = (out[j] as number) / sum;
  return { ok: true, value: out };
};
