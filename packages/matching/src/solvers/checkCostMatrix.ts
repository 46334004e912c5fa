import { type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";

/** Issues reported at most per rejected input (the count of the rest is in the message). */
export const MAX_ISSUES = 20;

/** A validated dense cost matrix, row-major, possibly transposed (internal). */
export interface CostMatrix {
  /** Rows and columns of `data` (swapped with respect to the input when transposed). */
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  /** `true` when no entry is `Infinity` (no forbidden pair). */
  readonly finite: boolean;
  /** `true` when `data[j][i]` holds input entry `[i][j]`. */
  readonly transposed: boolean;
}

const isRow = (row: unknown): row is ArrayLike<unknown> =>
  Array.isArray(row) || (ArrayBuffer.isView(row) && !(row instanceof DataView));

/**
 * Validates a cost matrix — an array of equally long rows (arrays or typed arrays) of numbers, `Infinity` allowed
 * (forbidden pair), `NaN`, `−Infinity` and non-numbers rejected — and copies it into a row-major `Float64Array`,
 * transposed if asked (internal). Issues carry the `[row, column]` path of the input (after `prefix`); at most
 * {@link MAX_ISSUES} are listed.
 */
export const checkCostMatrix = (
  input: unknown,
  subject: string,
  options: {
    /** Prepended to every issue's path, e.g. `["cost"]`. */
    readonly prefix?: ReadonlyArray<PropertyKey>;
    /** Decides from the shape whether to store the matrix transposed. */
    readonly transposeIf?: (rows: number, cols: number) => boolean;
  } = {},
): Result<CostMatrix, ValidationError> => {
  const prefix = options.prefix ?? [];
  const fail = (issues: ReadonlyArray<ValidationIssue>) => ({
    ok: false as const,
    error: validationError(
      subject,
      issues.map((x) => ({ path: [...prefix, ...x.path], message: x.message })),
    ),
  });
  if (!Array.isArray(input)) return fail([{ path: [], message: "Expected an array of rows" }]);
  const n = input.length;
  const first: unknown = input[0];
  const m = n === 0 ? 0 : isRow(first) ? first.length : -1;
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < n; i++) {
    const row: unknown = input[i];
    if (!isRow(row)) issues.push({ path: [i], message: "Expected an array of numbers" });
    else if (m >= 0 && row.length !== m)
      issues.push({
        path: [i],
        message: `Row ${i} has ${row.length} entries, row 0 has ${m} (the matrix must be rectangular)`,
      });
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) return fail(issues);
  const t = options.transposeIf?.(n, m) ?? false;
  const data = new Float64Array(n * m);
  let finite = true;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const row = input[i] as ArrayLike<unknown>;
    for (let j = 0; j < m; j++) {
      const x = row[j];
      if (typeof x !== "number" || Number.isNaN(x) || x === -Infinity) {
        if (bad++ < MAX_ISSUES)
          issues.push({
            path: [i, j],
            message: `${String(x)} is not a cost (a number, or Infinity for a forbidden pair)`,
          });
        continue;
      }
      if (x === Infinity) finite = false;
      data[t ? j * n + i : i * m + j] = x;
    }
  }
  if (bad > MAX_ISSUES) issues.push({ path: [], message: `… and ${bad - MAX_ISSUES} more entries that are not costs` });
  if (issues.length > 0) return fail(issues);
  return {
    ok: true,
    value: t
      ? { rows: m, cols: n, data, finite, transposed: true }
      : { rows: n, cols: m, data, finite, transposed: false },
  };
};
