import { averageRanks } from "./averageRanks.js";

/** Correlation coefficient used between criteria. */
export type CorrelationMethod = "pearson" | "spearman";

/**
 * Pairwise correlation matrix of columns (internal): Pearson's r, or Spearman's ρ as Pearson's r of average ranks
 * (ties share their mean rank). A column without spread has no defined correlation: its row and column are `NaN`
 * except the diagonal (1).
 */
export const correlationMatrix = (columns: ReadonlyArray<ArrayLike<number>>, method: CorrelationMethod): number[][] => {
  const cols = method === "spearman" ? columns.map((c) => averageRanks(c)) : columns;
  const n = cols.length;
  const centred: Float64Array[] = [];
  const norms: number[] = [];
  for (const col of cols) {
    const m = col.length;
    let mean = 0;
    for (let i = 0; i < m; i++) mean += col[i] as number;
    mean /= m;
    const c = new Float64Array(m);
    let ss = 0;
    for (let i = 0; i < m; i++) {
      const d = (col[i] as number) - mean;
      c[i] = d;
      ss += d * d;
    }
    centred.push(c);
    norms.push(Math.sqrt(ss));
  }
  const r = Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN));
  for (let j = 0; j < n; j++) {
    (r[j] as number[])[j] = 1;
    for (let k = j + 1; k < n; k++) {
      const a = centred[j] as Float64Array;
      const b = centred[k] as Float64Array;
      let dot = 0;
      for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
      const den = (norms[j] as number) * (norms[k] as number);
      const v = den > 0 ? Math.max(-1, Math.min(1, dot / den)) : Number.NaN;
      (r[j] as number[])[k] = v;
      (r[k] as number[])[j] = v;
    }
  }
  return r;
};
