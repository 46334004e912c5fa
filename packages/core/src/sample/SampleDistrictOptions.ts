import { z } from "zod";

/** Fewest and most students a sample district may have. */
export const SAMPLE_STUDENTS_RANGE = [10, 1_500_000] as const;

/**
 * Options of `createSampleDistrict`: the `seed` (any integer or a non-empty string; the same seed always gives the same
 * district) and the number of `students` (an integer from 10 to 1 500 000).
 *
 * @example
 * ```ts
 * import { SampleDistrictOptions } from "@jiaolianti/core/sample";
 * SampleDistrictOptions.parse({ seed: "xuhui-demo", students: 120_000 });
 * SampleDistrictOptions.safeParse({ seed: 1, students: 5 }).success; // false: at least 10 students
 * ```
 */
export const SampleDistrictOptions = z.strictObject({
  /**
   * Seed of the pseudo-random generator: a safe integer or a string of 1–200 characters.
   * @default "xuhui"
   */
  seed: z
    .union([z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER), z.string().min(1).max(200)])
    .default("xuhui"),
  /**
   * Number of students (exact).
   * @default 120000 — a Xuhui-sized district (synthetic figure; the real count is not public)
   */
  students: z.number().int().min(SAMPLE_STUDENTS_RANGE[0]).max(SAMPLE_STUDENTS_RANGE[1]).default(120_000),
});

/** Options of `createSampleDistrict` as accepted (both optional). */
export type SampleDistrictOptions = z.input<typeof SampleDistrictOptions>;
