import type { Result } from "@jiaolianti/core";
import { ahp } from "../mcda/ahp.js";
import { criticWeights } from "../mcda/criticWeights.js";
import { entropyWeights } from "../mcda/entropyWeights.js";
import type { McdaError } from "../mcda/McdaError.js";
import type { WeightProvenance } from "./Evaluation.js";
import { type EvaluationError, evaluationFail } from "./EvaluationError.js";
import type { DimensionWeightSource, WeightSource } from "./WeightSource.js";

/** Local weights of a group's children (0 for inactive ones, summing to 1 over the active ones) and their provenance. */
export interface ResolvedWeights {
  readonly local: ReadonlyArray<number>;
  readonly provenance: WeightProvenance;
}

/**
 * Derives the weights of one group (a dimension's indicators, or the framework's dimensions) from its
 * {@link WeightSource} (internal). Inactive children (dropped indicators, dimensions with nothing to score) get weight
 * 0 and the others are renormalised. Entropy and CRITIC are computed on the normalised values of the active children
 * over the alternatives that have all of them (`columns[k][i]`, `null` = missing).
 */
export const resolveWeights = (
  source: WeightSource | DimensionWeightSource,
  ids: ReadonlyArray<string>,
  active: ReadonlyArray<boolean>,
  columns: ReadonlyArray<ReadonlyArray<number | null>>,
  at: ReadonlyArray<PropertyKey>,
): Result<ResolvedWeights, EvaluationError> => {
  const k = ids.length;
  let raw: number[];
  let extra: Partial<WeightProvenance> = {};
  const weightFail = (en: string, zh: string, cause?: McdaError) => evaluationFail("weights", [...at], en, zh, cause);
  switch (source.kind) {
    case "equal":
      raw = ids.map(() => 1);
      break;
    case "fixed":
      raw = ids.map((id) => source.weights[id] ?? 0);
      break;
    case "ahp": {
      const r = ahp(source.pairwise, {
        method: source.method,
        randomIndex: source.randomIndex,
        onInconsistent: source.onInconsistent,
      });
      if (!r.ok)
        return weightFail(
          `AHP judgments rejected: ${r.error.message}`,
          `AHP 判断矩阵未通过:${r.error.messageZh}`,
          r.error,
        );
      raw = [...r.value.weights];
      const w = r.value.worstJudgment;
      extra = {
        ahp: {
          cr: r.value.cr,
          ci: r.value.ci,
          lambdaMax: r.value.lambdaMax,
          consistent: r.value.consistent,
          method: r.value.method,
          randomIndex: r.value.randomIndex,
          worstJudgment: w && {
            row: ids[w.row] as string,
            col: ids[w.col] as string,
            given: w.given,
            implied: w.implied,
          },
        },
      };
      break;
    }
    case "entropy":
    case "critic": {
      const use = ids.map((_, j) => j).filter((j) => active[j]);
      const n = columns[0]?.length ?? 0;
      const rows: number[][] = [];
      for (let i = 0; i < n; i++) {
        const row = use.map((j) => (columns[j] as ReadonlyArray<number | null>)[i] ?? null);
        if (row.every((x) => x !== null)) rows.push(row as number[]);
      }
      if (use.length === 0) {
        raw = ids.map(() => 0);
        break;
      }
      if (rows.length < 2)
        return weightFail(
          `${source.kind} weights need at least 2 alternatives with every indicator present, found ${rows.length}`,
          `${source.kind === "entropy" ? "熵权法" : "CRITIC 法"}至少需要 2 个指标齐全的对象,实际 ${rows.length} 个`,
        );
      const r =
        source.kind === "entropy" ? entropyWeights(rows) : criticWeights(rows, { correlation: source.correlation });
      if (!r.ok) return weightFail(`${source.kind} weights undefined: ${r.error.message}`, r.error.messageZh, r.error);
      raw = ids.map(() => 0);
      use.forEach((j, q) => {
        raw[j] = r.value.weights[q] as number;
      });
      extra = { computedOn: rows.length };
      break;
    }
  }
  let sum = 0;
  for (let j = 0; j < k; j++) {
    if (!active[j]) raw[j] = 0;
    sum += raw[j] as number;
  }
  if (!(sum > 0))
    return weightFail("every child that can be scored has weight 0", "所有可计分的指标(或维度)权重均为 0");
  const local = raw.map((w) => w / sum);
  const weights: Record<string, number> = {};
  ids.forEach((id, j) => {
    weights[id] = local[j] as number;
  });
  return { ok: true, value: { local, provenance: { source: source.kind, weights, ...extra } } };
};
