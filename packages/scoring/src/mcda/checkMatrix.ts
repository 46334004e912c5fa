import type { Result } from "@jiaolianti/core";
import { fail, type McdaError } from "./McdaError.js";

/** A validated matrix stored column by column (internal). */
export interface Columns {
  readonly rows: number;
  readonly cols: number;
  /** `columns[j][i]` is the value of alternative `i` on criterion `j`. */
  readonly columns: ReadonlyArray<Float64Array>;
}

/** What {@link checkMatrix} requires beyond finite numbers in a rectangular array. */
export interface CheckMatrixOptions {
  /** Fewest rows (alternatives) the method needs. @default 1 */
  readonly minRows?: number;
  /** Reject negative entries, with this advice appended (English, Chinese). */
  readonly nonNegative?: readonly [string, string];
  /** Reject entries ≤ 0, with this advice appended (English, Chinese). */
  readonly positive?: readonly [string, string];
}

/**
 * Validates a rows-are-alternatives matrix (rectangular, non-empty, finite; optionally non-negative or positive) and
 * copies it into columns of `Float64Array` (internal). Errors name the offending cell as `[row, column]`.
 */
export const checkMatrix = (
  matrix: unknown,
  subject: string,
  options: CheckMatrixOptions = {},
): Result<Columns, McdaError> => {
  const minRows = options.minRows ?? 1;
  if (!Array.isArray(matrix)) return fail(subject, "ragged", [], "expected an array of rows", "应为由行组成的数组");
  const rows = matrix.length;
  if (rows === 0) return fail(subject, "empty", [], "the matrix has no rows (alternatives)", "矩阵没有行(备选对象)");
  if (rows < minRows)
    return fail(
      subject,
      "too-few",
      [],
      `needs at least ${minRows} rows, got ${rows}`,
      `至少需要 ${minRows} 行,实际 ${rows} 行`,
    );
  const first: unknown = matrix[0];
  const cols = isRow(first) ? first.length : -1;
  if (cols <= 0) return fail(subject, "empty", [0], "the first row has no columns (criteria)", "第一行没有列(指标)");
  const columns = Array.from({ length: cols }, () => new Float64Array(rows));
  for (let i = 0; i < rows; i++) {
    const row: unknown = matrix[i];
    if (!isRow(row) || row.length !== cols)
      return fail(
        subject,
        "ragged",
        [i],
        `row ${i} has ${isRow(row) ? row.length : "no"} columns, expected ${cols}`,
        `第 ${i} 行的列数与第一行(${cols} 列)不同`,
      );
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (typeof x !== "number" || !Number.isFinite(x))
        return fail(
          subject,
          "not-finite",
          [i, j],
          `${String(x)} is not a finite number (missing values are not allowed here)`,
          `${String(x)} 不是有限数值(此处不允许缺失值)`,
        );
      if (options.positive && x <= 0)
        return fail(
          subject,
          "non-positive",
          [i, j],
          `${x} ≤ 0; ${options.positive[0]}`,
          `${x} ≤ 0;${options.positive[1]}`,
        );
      if (options.nonNegative && x < 0)
        return fail(
          subject,
          "negative",
          [i, j],
          `${x} < 0; ${options.nonNegative[0]}`,
          `${x} < 0;${options.nonNegative[1]}`,
        );
      (columns[j] as Float64Array)[i] = x;
    }
  }
  return { ok: true, value: { rows, cols, columns } };
};

const isRow = (row: unknown): row is ArrayLike<unknown> =>
  Array.isArray(row) || (ArrayBuffer.isView(row) && !(row instanceof DataView));
