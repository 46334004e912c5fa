import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { deepFreeze } from "../instruments/deepFreeze.js";
import { IndicatorFramework, type IndicatorFrameworkInput } from "./IndicatorFramework.js";

/**
 * Validates an evaluation framework (e.g. a district's edited copy of a shipped default, loaded from JSON) against
 * {@link IndicatorFramework} and returns it parsed (defaults filled in) and frozen. Every problem is reported at its
 * path, e.g. `["dimensions", 1, "weights", "pairwise", 0, 2]` for a non-reciprocal AHP judgment.
 *
 * @example
 * ```ts
 * import { defineFramework, threeDimensionFramework } from "@jiaolianti/scoring";
 * // A district that values family satisfaction twice as much as the other two dimensions:
 * const r = defineFramework({
 *   ...threeDimensionFramework,
 *   version: "xuhui-2026.1",
 *   dimensionWeights: {
 *     kind: "fixed",
 *     weights: { "government-performance": 1, "social-participation": 1, "family-satisfaction": 2 },
 *   },
 * });
 * console.log(r.ok); // true
 * ```
 */
export const defineFramework = (
  input: IndicatorFrameworkInput | unknown,
): Result<IndicatorFramework, ValidationError> => {
  const parsed = parseWith(IndicatorFramework, input, "evaluation framework");
  return parsed.ok ? { ok: true, value: deepFreeze(parsed.value) as IndicatorFramework } : parsed;
};
