import { Code } from "@jiaolianti/core";
import { z } from "zod";

const judgment = z.number().positive().finite();

/** AHP pairwise judgments of a node's children, in the children's order (Saaty's 1/9 … 9 scale). */
const AhpSource = z
  .object({
    kind: z.literal("ahp"),
    /** k × k reciprocal matrix for k children, rows and columns in the children's declaration order. */
    pairwise: z.array(z.array(judgment).max(15)).min(1).max(15),
    /** @default "eigenvector" */
    method: z.enum(["eigenvector", "geometric"]).default("eigenvector"),
    /** @default "saaty" */
    randomIndex: z.enum(["saaty", "tummala-ling"]).default("saaty"),
    /** `flag`: use the weights and report `consistent: false`; `error`: refuse to evaluate. @default "flag" */
    onInconsistent: z.enum(["flag", "error"]).default("flag"),
  })
  .strict();

/** Fixed weights keyed by child id (any non-negative scale; renormalised to sum 1 over the children in use). */
const FixedSource = z
  .object({ kind: z.literal("fixed"), weights: z.record(Code, z.number().min(0).finite()) })
  .strict();

/** Every child weighs the same. */
const EqualSource = z.object({ kind: z.literal("equal") }).strict();

/**
 * Where the weights of an indicator group come from — a choice that changes results, so it is data, versioned with
 * the framework (OECD/JRC *Handbook on Constructing Composite Indicators*, 2008, §6):
 *
 * - `equal`: 1/k each;
 * - `fixed`: the district's own weights, keyed by indicator id;
 * - `ahp`: pairwise judgments → principal eigenvector (Saaty 1980), with CR reported;
 * - `entropy`: Shannon entropy of the normalised values across the alternatives (objective; needs ≥ 2 alternatives
 *   with every indicator of the group present);
 * - `critic`: CRITIC (Diakoulaki et al. 1995) on the normalised values, same data requirement.
 *
 * @example
 * ```ts
 * import { WeightSource } from "@jiaolianti/scoring";
 * WeightSource.parse({ kind: "ahp", pairwise: [[1, 3], [1 / 3, 1]] });
 * WeightSource.parse({ kind: "fixed", weights: { utilisation: 2, reach: 1 } });
 * ```
 */
export const WeightSource = z.discriminatedUnion("kind", [
  EqualSource,
  FixedSource,
  AhpSource,
  z.object({ kind: z.literal("entropy") }).strict(),
  z
    .object({
      kind: z.literal("critic"),
      /** @default "pearson" */
      correlation: z.enum(["pearson", "spearman"]).default("pearson"),
    })
    .strict(),
]);
/** Where the weights of an indicator group come from. */
export type WeightSource = z.output<typeof WeightSource>;

/**
 * Where the weights of a framework's dimensions come from: `equal`, `fixed` or `ahp`. Data-driven weights (entropy,
 * CRITIC) are offered for indicators only: weighting whole policy dimensions by how much alternatives happen to differ
 * on them would let the data decide what the district values.
 *
 * @example
 * ```ts
 * import { DimensionWeightSource } from "@jiaolianti/scoring";
 * DimensionWeightSource.parse({ kind: "equal" });
 * ```
 */
export const DimensionWeightSource = z.discriminatedUnion("kind", [EqualSource, FixedSource, AhpSource]);
/** Where the weights of a framework's dimensions come from. */
export type DimensionWeightSource = z.output<typeof DimensionWeightSource>;
