import { z } from "zod";

/**
 * How sensitive a field is, lowest to highest. PIPL Art. 28 makes health information and all personal information of
 * minors under 14 *sensitive personal information*; the levels let an access policy decide field by field.
 * - `public`: may be shown to anyone (a venue's name, a course's theme).
 * - `internal`: for alliance staff (capacities, contact roles, operational notes).
 * - `personal`: about an identifiable (pseudonymous) child or family, not health (grade, school, class, sex, birth year).
 * - `sensitive`: health, assessment answers and results, tiers, family circumstances (PIPL sensitive information).
 */
export const Sensitivity = z.enum(["public", "internal", "personal", "sensitive"]);
/** `"public" | "internal" | "personal" | "sensitive"`. */
export type Sensitivity = z.infer<typeof Sensitivity>;

/** Rank of each level, for comparisons. */
export const SENSITIVITY_RANK: Readonly<Record<Sensitivity, number>> = {
  public: 0,
  internal: 1,
  personal: 2,
  sensitive: 3,
};

/** The metadata key under which a field's sensitivity is stored (also emitted in the JSON Schema). */
export const SENSITIVITY_META_KEY = "x-sensitivity";

/**
 * Marks a schema (usually an object field) with its sensitivity. The mark lives in zod's global metadata registry, so
 * `z.toJSONSchema` publishes it as `"x-sensitivity"` and {@link sensitivityOf} reads it back.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { sensitive } from "@jiaolianti/core";
 * const Answers = sensitive(z.array(z.number().int().min(0).max(3)), "sensitive");
 * ```
 */
export const sensitive = <S extends z.ZodType>(schema: S, level: Sensitivity): S =>
  schema.meta({ [SENSITIVITY_META_KEY]: level }) as S;

/**
 * The sensitivity marked on a schema, or `undefined` when unmarked (callers choose the default; the access policy
 * treats unmarked fields as `internal`).
 */
export const sensitivityOf = (schema: z.ZodType): Sensitivity | undefined => {
  const v = z.globalRegistry.get(schema)?.[SENSITIVITY_META_KEY];
  return Sensitivity.safeParse(v).success ? (v as Sensitivity) : undefined;
};
