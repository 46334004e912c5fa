import { type ValidationError, type ValidationIssue, validationError } from "../errors/ValidationError.js";
import { err, ok, type Result } from "../result/Result.js";
import { countsIssues } from "./countsIssues.js";
import type { SuppressionResult, TableIndex } from "./suppressSmallCells.js";
import { augment, entryInterval, hiddenNetwork } from "./tableNetwork.js";

/** What an attacker can infer about one hidden entry. */
export interface AuditedEntry {
  readonly row: TableIndex;
  readonly col: TableIndex;
  /** The true (hidden) value — the audit is for the publisher, never for publication. */
  readonly value: number;
  /** Smallest value consistent with the published table and non-negativity. */
  readonly min: number;
  /** Largest consistent value; `Infinity` when nothing bounds it (e.g. the grand total is hidden too). */
  readonly max: number;
  /** `min === max`: the published table gives the hidden value away. */
  readonly exposed: boolean;
}

/** The result of {@link auditSuppression}. */
export interface SuppressionAudit {
  /** No hidden entry is exactly determined. */
  readonly protected: boolean;
  /** Every hidden entry with its feasible range, row by row, totals last. */
  readonly entries: ReadonlyArray<AuditedEntry>;
}

/** A published table: the parts of a {@link SuppressionResult} an attacker sees. */
export type PublishedTable = Pick<SuppressionResult, "cells" | "rowTotals" | "colTotals" | "grandTotal">;

const publishedIssues = (table: PublishedTable, original: ReadonlyArray<ReadonlyArray<number>>): ValidationIssue[] => {
  const values = augment(original);
  const R = original.length;
  const C = (original[0] as ReadonlyArray<number>).length;
  const issues: ValidationIssue[] = [];
  const check = (shown: number | null | undefined, a: number, b: number, path: ReadonlyArray<PropertyKey>) => {
    if (shown === undefined) issues.push({ path, message: "missing entry: the table does not match the original" });
    else if (shown !== null && shown !== values[a]?.[b]) {
      issues.push({ path, message: "published value differs from the original" });
    }
  };
  if (table.cells.length !== R) issues.push({ path: ["cells"], message: `expected ${R} rows` });
  for (let a = 0; a < R; a++) {
    if (table.cells[a]?.length !== C) issues.push({ path: ["cells", a], message: `expected ${C} cells` });
    for (let b = 0; b < C; b++) check(table.cells[a]?.[b], a, b, ["cells", a, b]);
    check(table.rowTotals[a], a, C, ["rowTotals", a]);
  }
  for (let b = 0; b < C; b++) check(table.colTotals[b], R, b, ["colTotals", b]);
  check(table.grandTotal, R, C, ["grandTotal"]);
  return issues.slice(0, 50);
};

/**
 * Audits a published table against the original counts: for every hidden entry (cell or total), the exact range of
 * values an attacker can derive from the published cells and totals, knowing that counts are non-negative. A hidden
 * entry is exposed when the range is a single value. The ranges are exact for real-valued and integer attackers
 * alike: consistent tables are the feasible flows of a network (a totally unimodular system), and each bound is a
 * max-flow.
 *
 * Use it as a release gate (`protected` must be true) and to judge interval disclosure: a primary cell whose range is
 * `[3, 4]` is hidden but hardly protected; widen the suppression (a larger `k`, `minimumHidden: 3`) if ranges are too
 * narrow for the purpose.
 *
 * Returns a {@link ValidationError} when the original is not a valid table or the published table does not match it
 * (shape, or a published value that differs).
 *
 * Source: Gusfield (1988), SIAM J. Comput. 17:552–571; Fischetti & Salazar-González (2001), Management Science
 * 47:1008–1027 (attacker subproblems as linear programmes); Hundepool et al. (2012), *Statistical Disclosure
 * Control*, §4.2 (protection intervals).
 *
 * @example
 * ```ts
 * import { auditSuppression, suppressSmallCells } from "@jiaolianti/core";
 * const counts = [[120, 14, 3], [98, 22, 11], [143, 17, 9]];
 * const published = suppressSmallCells(counts, { k: 5 });
 * if (published.ok) {
 *   const audit = auditSuppression(published.value, counts);
 *   // audit.ok && audit.value.protected === true; audit.value.entries[0] → { row: 0, col: 1, value: 14, min: 5, max: 17, exposed: false }
 * }
 * ```
 */
export const auditSuppression = (
  table: PublishedTable,
  original: ReadonlyArray<ReadonlyArray<number>>,
): Result<SuppressionAudit, ValidationError> => {
  const originalIssues = countsIssues(original, "original");
  if (originalIssues.length > 0) return err(validationError("auditSuppression input", originalIssues));
  const issues = publishedIssues(table, original);
  if (issues.length > 0) return err(validationError("auditSuppression input", issues));
  const R = original.length;
  const C = (original[0] as ReadonlyArray<number>).length;
  const values = augment(original);
  const hidden = values.map((row, a) =>
    row.map((_, b) => {
      if (a < R && b < C) return table.cells[a]?.[b] === null;
      if (a < R) return table.rowTotals[a] === null;
      if (b < C) return table.colTotals[b] === null;
      return table.grandTotal === null;
    }),
  );
  const net = hiddenNetwork(values, hidden);
  const entries = net.entries.map((e, i): AuditedEntry => {
    const { min, max } = entryInterval(net, i);
    return {
      row: e.a === R ? "total" : e.a,
      col: e.b === C ? "total" : e.b,
      value: e.value,
      min,
      max,
      exposed: min === max,
    };
  });
  return ok({ protected: entries.every((e) => !e.exposed), entries });
};
