import type { Result } from "@jiaolianti/core";
import type { Evaluation } from "./Evaluation.js";
import { type EvaluationError, evaluationFail } from "./EvaluationError.js";

/** Options of {@link selectTop}. */
export interface SelectTopOptions {
  /** How many to select, e.g. 100 courses a year (plan 三(五)3). */
  readonly quota: number;
  /** Smallest total that may be selected, in [0, 100]. @default 60 (ours: a pass mark) */
  readonly minScore?: number;
}

/** A selection with the reason for every alternative that was not selected. */
export interface Selection {
  /** Selected ids, best first. */
  readonly selected: ReadonlyArray<string>;
  /** Above the minimum but beyond the quota, best first (the waiting list). */
  readonly waitlisted: ReadonlyArray<string>;
  /** Below `minScore`. */
  readonly belowMinimum: ReadonlyArray<string>;
  /** Without a total (coverage below the framework's minimum). */
  readonly unscored: ReadonlyArray<string>;
  /**
   * Alternatives tied with the last selected one that did not fit the quota: the quota cuts through a tie and a
   * person must decide (they are listed first in `waitlisted`).
   */
  readonly tiedAtCutoff: ReadonlyArray<string>;
  readonly quota: number;
  readonly minScore: number;
}

/**
 * Selects the best alternatives of an {@link Evaluation} up to a quota, above a minimum score — the annual selection
 * of 100 science courses (徐汇“教联体”行动方案 三(五)3: “每年征集、遴选100门科普、科创特色课程”), or 双百 projects.
 * Ties are never broken silently: alternatives tied with the last one selected but beyond the quota are reported in
 * `tiedAtCutoff`.
 *
 * @example
 * ```ts
 * import { courseSelectionFramework, evaluate, selectTop } from "@jiaolianti/scoring";
 * const e = evaluate(courseSelectionFramework, {
 *   alternatives: [
 *     { id: "c1", values: { "curriculum-fit": 5, "science-rigour": 4, "inquiry-design": 4, safety: 5, "age-fit": 4, "student-rating": 4.6, "cost-per-student-hour": 20 } },
 *     { id: "c2", values: { "curriculum-fit": 2, "science-rigour": 3, "inquiry-design": 2, safety: 4, "age-fit": 3, "student-rating": 3.1, "cost-per-student-hour": 60 } },
 *   ],
 * });
 * if (e.ok) console.log(selectTop(e.value, { quota: 100 })); // c1 selected, c2 below the minimum
 * ```
 */
export const selectTop = (evaluation: Evaluation, options: SelectTopOptions): Result<Selection, EvaluationError> => {
  const quota = options?.quota;
  const minScore = options?.minScore ?? 60;
  if (typeof quota !== "number" || !Number.isInteger(quota) || quota < 0)
    return evaluationFail(
      "not-finite",
      ["quota"],
      `quota must be an integer ≥ 0, got ${String(quota)}`,
      "名额应为非负整数",
    );
  if (typeof minScore !== "number" || !(minScore >= 0 && minScore <= 100))
    return evaluationFail(
      "not-finite",
      ["minScore"],
      `minScore must be in [0, 100], got ${String(minScore)}`,
      "最低分应在 0–100 之间",
    );
  const byId = new Map(evaluation.alternatives.map((a) => [a.id, a]));
  const selected: string[] = [];
  const waitlisted: string[] = [];
  const belowMinimum: string[] = [];
  const unscored: string[] = [];
  for (const id of evaluation.order) {
    const total = byId.get(id)?.total ?? null;
    if (total === null) unscored.push(id);
    else if (total < minScore) belowMinimum.push(id);
    else if (selected.length < quota) selected.push(id);
    else waitlisted.push(id);
  }
  const lastRank = selected.length > 0 ? byId.get(selected.at(-1) as string)?.rank : undefined;
  const tiedAtCutoff = lastRank === undefined ? [] : waitlisted.filter((id) => byId.get(id)?.rank === lastRank);
  return { ok: true, value: { selected, waitlisted, belowMinimum, unscored, tiedAtCutoff, quota, minScore } };
};
