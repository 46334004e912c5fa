import type { Result, ValidationError } from "@jiaolianti/core";
import type { CriterionType } from "../mcda/Matrix.js";
import type { WeightProvenance } from "./Evaluation.js";
import type { EvaluationError } from "./EvaluationError.js";
import { evaluate } from "./evaluate.js";
import type { IndicatorFramework, IndicatorFrameworkInput } from "./IndicatorFramework.js";

/** A framework's data as a TOPSIS / sensitivity decision matrix, with the framework's weights. */
export interface DecisionMatrix {
  /** Ids of the alternatives in `matrix` order: those with every indicator present. */
  readonly alternativeIds: ReadonlyArray<string>;
  /** Alternatives left out because an indicator is missing (TOPSIS has no rule for missing values). */
  readonly excluded: ReadonlyArray<string>;
  /** Column order. */
  readonly indicatorIds: ReadonlyArray<string>;
  /** Raw values, rows = alternatives. */
  readonly matrix: ReadonlyArray<ReadonlyArray<number>>;
  /** `1` benefit, `-1` cost, per column. */
  readonly types: ReadonlyArray<CriterionType>;
  /** The framework's nominal global weights per column (dimension weight × weight within the dimension). */
  readonly weights: ReadonlyArray<number>;
  readonly provenance: {
    readonly dimensions: WeightProvenance;
    readonly indicators: Readonly<Record<string, WeightProvenance>>;
  };
}

/**
 * Turns a framework and its data into a decision matrix for {@link topsis} and {@link rankSensitivity}: the raw values
 * of the alternatives that have every indicator, the indicator directions as criterion types, and the framework's
 * global weights — derived exactly as {@link evaluate} derives them (AHP, entropy, CRITIC, fixed or equal, with their
 * provenance). Use it to rank with TOPSIS instead of the composite mean, or to test how stable a ranking is.
 *
 * @example
 * ```ts
 * import { departmentDutyFramework, toDecisionMatrix, topsis } from "@jiaolianti/scoring";
 * const m = toDecisionMatrix(departmentDutyFramework, {
 *   alternatives: [
 *     { id: "dept-education-bureau", values: { "completion-rate": 40, "overdue-rate": 5, "blocked-rate": 2, "target-achievement": 80, "lead-coverage": 90 } },
 *     { id: "dept-sports-bureau", values: { "completion-rate": 25, "overdue-rate": 12, "blocked-rate": 6, "target-achievement": 60, "lead-coverage": 70 } },
 *   ],
 * });
 * if (m.ok) console.log(topsis(m.value.matrix, { weights: m.value.weights, types: m.value.types, normalization: "vector" }));
 * ```
 */
export const toDecisionMatrix = (
  framework: IndicatorFrameworkInput | IndicatorFramework,
  data: unknown,
): Result<DecisionMatrix, ValidationError | EvaluationError> => {
  const r = evaluate(framework, data);
  if (!r.ok) return r;
  const e = r.value;
  const first = e.alternatives[0];
  const indicatorIds = first ? first.explanation.indicators.map((x) => x.indicatorId) : [];
  const alternativeIds: string[] = [];
  const excluded: string[] = [];
  const matrix: number[][] = [];
  for (const a of e.alternatives) {
    const row = a.explanation.indicators.map((x) => x.raw);
    if (row.every((x) => x !== null)) {
      alternativeIds.push(a.id);
      matrix.push(row as number[]);
    } else excluded.push(a.id);
  }
  return {
    ok: true,
    value: {
      alternativeIds,
      excluded,
      indicatorIds,
      matrix,
      types: indicatorIds.map((id) => (e.normalisation[id]?.direction === "cost" ? -1 : 1)),
      weights: indicatorIds.map((id) => e.weights.global[id] as number),
      provenance: { dimensions: e.weights.dimensions, indicators: e.weights.indicators },
    },
  };
};
