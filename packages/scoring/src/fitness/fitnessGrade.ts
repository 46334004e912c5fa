import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { z } from "zod";
import { roundHalfUp } from "./roundHalfUp.js";

/** Grade of a student's fitness score: 优秀 / 良好 / 及格 / 不及格. */
export type FitnessGrade = "excellent" | "good" | "pass" | "fail";

/**
 * The grade of a fitness total (标准分 + 附加分, 0–120) under 国家学生体质健康标准 (2014年修订): ≥ 90.0 优秀
 * `excellent`, 80.0–89.9 良好 `good`, 60.0–79.9 及格 `pass`, ≤ 59.9 不及格 `fail`. The total is rounded half-up to
 * 0.1 first, as the standard reports scores to one decimal.
 *
 * @example
 * ```ts
 * import { fitnessGrade } from "@jiaolianti/scoring";
 * fitnessGrade(89.95); // { ok: true, value: "excellent" } (rounds to 90.0)
 * ```
 */
export const fitnessGrade = (total: number): Result<FitnessGrade, ValidationError> => {
  const parsed = parseWith(z.number().min(0).max(120), total, "fitness total");
  if (!parsed.ok) return parsed;
  const t = roundHalfUp(parsed.value, 1);
  return { ok: true, value: t >= 90 ? "excellent" : t >= 80 ? "good" : t >= 60 ? "pass" : "fail" };
};
