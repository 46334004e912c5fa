import type { Result } from "@jiaolianti/core";
import { type EvaluationError, evaluationFail, MAX_ALTERNATIVES } from "./EvaluationError.js";

/**
 * One alternative (a department, venue, school, course, project …) with its raw indicator values keyed by indicator
 * id. A missing indicator is `null` or absent; `NaN` is an error, never "missing".
 */
export interface EvaluationAlternative {
  readonly id: string;
  readonly nameZh?: string;
  readonly nameEn?: string;
  readonly values: Readonly<Record<string, number | null | undefined>>;
}

/** What {@link evaluate} scores: rows are alternatives. */
export interface EvaluationData {
  readonly alternatives: ReadonlyArray<EvaluationAlternative>;
}

/**
 * Validates evaluation data against the indicator ids of a framework and returns it column by column (internal):
 * `columns[k][i]` is alternative i's raw value of indicator k (`null` when missing).
 */
export const readEvaluationData = (
  data: unknown,
  indicatorIds: ReadonlyArray<string>,
): Result<{ ids: string[]; columns: (number | null)[][] }, EvaluationError> => {
  const alternatives = (data as { alternatives?: unknown } | null)?.alternatives;
  if (data === null || typeof data !== "object" || !Array.isArray(alternatives))
    return evaluationFail(
      "invalid-alternative",
      ["alternatives"],
      "expected { alternatives: [...] }",
      "应为 { alternatives: [...] }",
    );
  const n = alternatives.length;
  if (n === 0) return evaluationFail("empty", ["alternatives"], "no alternatives to evaluate", "没有可评估的对象");
  if (n > MAX_ALTERNATIVES)
    return evaluationFail(
      "too-many",
      ["alternatives"],
      `${n} alternatives, at most ${MAX_ALTERNATIVES}`,
      `评估对象 ${n} 个,超过上限 ${MAX_ALTERNATIVES}`,
    );
  const index = new Map(indicatorIds.map((id, k) => [id, k]));
  const columns = indicatorIds.map(() => new Array<number | null>(n).fill(null));
  const ids: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const a: unknown = alternatives[i];
    const id = (a as { id?: unknown } | null)?.id;
    const values = (a as { values?: unknown } | null)?.values;
    if (typeof id !== "string" || id === "" || values === null || typeof values !== "object" || Array.isArray(values))
      return evaluationFail(
        "invalid-alternative",
        ["alternatives", i],
        "each alternative is { id: non-empty string, values: { indicatorId: number | null } }",
        "每个评估对象应为 { id: 非空字符串, values: { 指标: 数值或 null } }",
      );
    if (seen.has(id))
      return evaluationFail(
        "duplicate-alternative",
        ["alternatives", i, "id"],
        `id "${id}" appears twice`,
        `对象 "${id}" 重复`,
      );
    seen.add(id);
    ids.push(id);
    for (const [key, x] of Object.entries(values)) {
      const k = index.get(key);
      if (k === undefined)
        return evaluationFail(
          "unknown-indicator",
          ["alternatives", i, "values", key],
          `"${key}" is not an indicator of this framework (known: ${indicatorIds.join(", ")})`,
          `"${key}" 不是本评估框架的指标`,
        );
      if (x === null || x === undefined) continue;
      if (typeof x !== "number" || !Number.isFinite(x))
        return evaluationFail(
          "not-finite",
          ["alternatives", i, "values", key],
          `${String(x)} is not a finite number (write a missing value as null)`,
          `${String(x)} 不是有限数值(缺失值请写作 null)`,
        );
      (columns[k] as (number | null)[])[i] = x;
    }
  }
  return { ok: true, value: { ids, columns } };
};
