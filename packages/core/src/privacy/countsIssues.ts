import type { ValidationIssue } from "../errors/ValidationError.js";

/**
 * Largest table {@link suppressSmallCells} and {@link auditSuppression} accept, in interior cells (a district table
 * of schools × categories is far smaller; the exact audit's cost grows with hidden cells × table size).
 */
export const SUPPRESSION_MAX_CELLS = 10_000;

/** Validates a table of counts: at least 1×1, rectangular, non-negative safe integers. */
export const countsIssues = (counts: unknown, name = "counts"): ValidationIssue[] => {
  if (!Array.isArray(counts) || counts.length === 0) {
    return [{ path: [name], message: "expected a non-empty array of rows" }];
  }
  const width = Array.isArray(counts[0]) ? counts[0].length : -1;
  if (width < 1) return [{ path: [name, 0], message: "expected a non-empty array of counts" }];
  if (counts.length * width > SUPPRESSION_MAX_CELLS) {
    return [{ path: [name], message: `table has more than ${SUPPRESSION_MAX_CELLS} cells` }];
  }
  const issues: ValidationIssue[] = [];
  counts.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      issues.push({ path: [name, i], message: `every row must have ${width} counts (the table must be rectangular)` });
      return;
    }
    row.forEach((v: unknown, j) => {
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
        issues.push({ path: [name, i, j], message: "a count must be a non-negative integer" });
      }
    });
  });
  return issues.slice(0, 50);
};
