import { roundHalfUp } from "../fitness/roundHalfUp.js";
import type { InstrumentBatchScores } from "../instruments/scoreInstrumentBatch.js";
import type { CompiledDevelopmentIndex } from "./compileDevelopmentIndex.js";
import type { CompiledWarningRule, CompiledWarningRules } from "./compileWarningRules.js";
import { goalposts } from "./goalposts.js";

/** The columns {@link applyRules} and {@link indexColumn} read (internal). */
export interface KernelInput {
  readonly n: number;
  readonly byId: ReadonlyMap<string, InstrumentBatchScores>;
  readonly bmiCategory: Uint8Array | undefined;
  readonly fitnessTotal: Float64Array | undefined;
  readonly bmiCodes: ReadonlyArray<string>;
}

/** Per-student result of one rule: 1 fired, 2 could not decide (insufficient); 0 otherwise (internal). */
type Outcome = Uint8Array;

const FIRED = 1;
const UNSURE = 2;

/** `x op t` for the compiled numeric operators: 0 `>=`, 1 `>`, 2 `<=`, 3 `<`. */
const test = (op: number, x: number, t: number): boolean =>
  op === 0 ? x >= t : op === 1 ? x > t : op === 2 ? x <= t : x < t;

/** A rule source other than a value rule (those are merged directly, see {@link mergeValueRule}). */
type OutcomeSource = Exclude<CompiledWarningRule["source"], { readonly kind: "value" }>;

/** Writes rule outcomes per student into `out` (FIRED, UNSURE or left 0) for the rule kinds merged through `out`. */
const evaluate = (rule: CompiledWarningRule, s: OutcomeSource, k: KernelInput, out: Outcome): void => {
  const { n, byId } = k;
  switch (s.kind) {
    case "band": {
      const b = byId.get(s.instrument);
      const col = b && (s.scale === null ? { bands: b.bands, bandIds: b.bandIds } : b.subscales[s.scale]);
      if (!b || !col) return;
      // Band index → outcome; index −1 (no band) maps through slot 0.
      const lut = new Uint8Array(col.bandIds.length + 1);
      lut[0] = UNSURE;
      col.bandIds.forEach((id, j) => {
        const rank = s.severity.get(id);
        lut[j + 1] = rank === undefined ? UNSURE : rank >= s.atLeast ? FIRED : 0;
      });
      const { bands } = col;
      const answered = b.answered;
      for (let i = 0; i < n; i++) if (answered[i] !== 0) out[i] = lut[(bands[i] as number) + 1] as number;
      return;
    }
    case "flag": {
      for (const id of s.instruments) {
        const b = byId.get(id);
        const bit = b ? b.flagIds.indexOf(s.flag) : -1;
        if (!b || bit < 0) continue;
        const mask = 2 ** bit;
        const { flags, unresolvedFlags, answered } = b;
        for (let i = 0; i < n; i++) {
          if (answered[i] === 0 || out[i] === FIRED) continue;
          if (((flags[i] as number) & mask) !== 0) out[i] = FIRED;
          else if (((unresolvedFlags[i] as number) & mask) !== 0) out[i] = UNSURE;
        }
      }
      return;
    }
    case "bmi": {
      const col = k.bmiCategory;
      if (!col) return;
      const lut = new Uint8Array(256);
      k.bmiCodes.forEach((cat, j) => {
        lut[j] = s.categories.has(cat as never) ? FIRED : 0;
      });
      for (let i = 0; i < n; i++) out[i] = lut[col[i] as number] as number;
      return;
    }
    case "fitness": {
      const col = k.fitnessTotal;
      if (!col) return;
      const t = rule.threshold;
      for (let i = 0; i < n; i++) {
        const raw = col[i] as number;
        if (Number.isNaN(raw)) {
          out[i] = UNSURE;
          continue;
        }
        // Rounding half up to 0.1 moves a value by at most 0.05: only values near the threshold need it.
        const v = raw > t - 0.1 && raw < t + 0.1 ? roundHalfUp(raw, 1) : raw;
        out[i] = test(s.op, v, t) ? FIRED : 0;
      }
      return;
    }
  }
};

/**
 * Columns {@link tierBatch} writes or works in (internal): the outputs (`urgency` becomes the tiers), and scratch that
 * is only read within one call. Fresh per call, or kept with a result passed back as `into`.
 */
export interface TierColumns {
  readonly urgency: Uint8Array;
  readonly unresolved: Uint8Array;
  readonly index: Float32Array;
  readonly points: Float64Array;
  readonly outcome: Uint8Array;
  readonly green: Uint8Array;
  /** Float64 scratch columns, taken in order by {@link indexColumn}; grown on demand. */
  readonly float64: Float64Array[];
}

export const newTierColumns = (n: number): TierColumns => ({
  urgency: new Uint8Array(n),
  unresolved: new Uint8Array(n),
  index: new Float32Array(n),
  points: new Float64Array(n),
  outcome: new Uint8Array(n),
  green: new Uint8Array(n),
  float64: [],
});

/** Scratch Float64 column `slot` of `cols` (internal), created on first use. */
const float64 = (cols: TierColumns, slot: number, n: number): Float64Array => {
  while (cols.float64.length <= slot) cols.float64.push(new Float64Array(n));
  return cols.float64[slot] as Float64Array;
};

/**
 * A value rule (`x op t` where the instrument was answered) applied straight to the tier columns (internal): the same
 * outcome as evaluating the rule into an outcome column and merging it in {@link applyRules} — fired: urgency raised to `u`, `w` added to the
 * points; a `NaN` score on a red rule: the student's safety check is unresolved. Returns how many students it fired for.
 */
const mergeValueRule = (
  x: Float64Array,
  answered: Uint8Array,
  op: number,
  t: number,
  u: number,
  w: number,
  n: number,
  cols: TierColumns,
): number => {
  const { urgency, points, unresolved } = cols;
  const red = u === 3;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (answered[i] === 0) continue;
    const v = x[i] as number;
    if (test(op, v, t)) {
      count++;
      if ((urgency[i] as number) < u) urgency[i] = u;
      if (w !== 0) points[i] = (points[i] as number) + w;
    } else if (red && Number.isNaN(v)) unresolved[i] = 1;
  }
  return count;
};

/**
 * Applies every rule of a compiled rule set to the columns (internal): per student the most urgent tier of the fired
 * rules (into `cols.urgency`), the summed weights (`cols.points`), whether a red rule could not decide
 * (`cols.unresolved`); returns per rule how many students it fired for.
 */
export const applyRules = (c: CompiledWarningRules, k: KernelInput, cols: TierColumns): Uint32Array => {
  const { urgency, points, unresolved, outcome: out } = cols;
  urgency.fill(0);
  points.fill(0);
  unresolved.fill(0);
  const { n } = k;
  const counts = new Uint32Array(c.rules.length);
  for (const rule of c.rules) {
    const u = rule.urgency;
    const w = rule.weight;
    const src = rule.source;
    if (src.kind === "value") {
      // The commonest rule (a score against a threshold), evaluated and merged in one pass without the outcome column.
      const b = k.byId.get(src.instrument);
      const x = b && (src.scale === null ? b.totals : b.subscales[src.scale]?.values);
      counts[rule.index] = x && b ? mergeValueRule(x, b.answered, src.op, rule.threshold, u, w, n, cols) : 0;
      continue;
    }
    out.fill(0);
    evaluate(rule, src, k, out);
    // Branch-free over students: `fired` is 1 or 0, `unsure` 1 or 0 (FIRED = 1, UNSURE = 2).
    let count = 0;
    for (let i = 0; i < n; i++) {
      const fired = (out[i] as number) & FIRED;
      count += fired;
      const v = fired * u;
      if ((urgency[i] as number) < v) urgency[i] = v;
    }
    if (w !== 0) for (let i = 0; i < n; i++) if ((out[i] as number) === FIRED) points[i] = (points[i] as number) + w;
    if (u === 3) for (let i = 0; i < n; i++) unresolved[i] = (unresolved[i] as number) | ((out[i] as number) >>> 1);
    counts[rule.index] = count;
  }
  return counts;
};

/**
 * A component's values on the 0–100 goalposts scale as a column, `NaN` = missing (internal), mirroring `componentRaw`
 * followed by `goalposts`: raw values in one pass, normalised as they are written, adding the component's weight `w`
 * to `covered` wherever a value is present.
 */
const componentColumn = (
  ci: CompiledDevelopmentIndex["domains"][number]["components"][number],
  k: KernelInput,
  col: Float64Array,
  w: number,
  covered: Float64Array,
): Float64Array => {
  const { n } = k;
  const { low, high, direction } = ci.component;
  const cost = direction === "cost";
  const s = ci.source;
  // Bound once: module runners (vitest) compile an imported function's calls into getter accesses per call.
  const normalise = goalposts;
  if (s.kind === "instrument") {
    const b = k.byId.get(s.instrument);
    const values = b && (s.scale === null ? b.totals : b.subscales[s.scale]?.values);
    if (!b || !values) return col.fill(Number.NaN);
    const answered = b.answered;
    for (let i = 0; i < n; i++) {
      const x = values[i] as number;
      const v = answered[i] === 0 || Number.isNaN(x) ? Number.NaN : normalise(x, low, high, cost);
      col[i] = v;
      if (!Number.isNaN(v)) covered[i] = (covered[i] as number) + w;
    }
  } else if (s.kind === "bmi") {
    const cat = k.bmiCategory;
    if (!cat) return col.fill(Number.NaN);
    // Points per BMI code, normalised once (255 and unknown codes → NaN).
    const pts = new Float64Array(256).fill(Number.NaN);
    k.bmiCodes.forEach((code, j) => {
      const p = s.points[code] ?? null;
      pts[j] = p === null ? Number.NaN : goalposts(p, low, high, cost);
    });
    for (let i = 0; i < n; i++) {
      const v = pts[cat[i] as number] as number;
      col[i] = v;
      if (!Number.isNaN(v)) covered[i] = (covered[i] as number) + w;
    }
  } else {
    const f = k.fitnessTotal;
    if (!f) return col.fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      const x = f[i] as number;
      const v = Number.isNaN(x) ? Number.NaN : normalise(x, low, high, cost);
      col[i] = v;
      if (!Number.isNaN(v)) covered[i] = (covered[i] as number) + w;
    }
  }
  return col;
};

/**
 * `weightedMean` over columns for every student at once (internal), into `out`: the same arithmetic in the same order
 * as `mcda/presentWeights` + `weightedMean` — per student, the weights of present values summed in column order from
 * 0, then `Σ (w/covered)·x` in column order from 0 — so results are bit-identical to the per-student path. Column by
 * column rather than student by student, so each loop runs over contiguous arrays. `NaN` marks a missing value and a
 * `null` result.
 */
const meanColumns = (
  cols: ReadonlyArray<Float64Array>,
  w: Float64Array,
  minCoverage: number,
  n: number,
  covered: Float64Array,
  out: Float64Array,
): void => {
  let total = 0;
  for (let j = 0; j < w.length; j++) total += w[j] as number;
  out.fill(0);
  for (let j = 0; j < cols.length; j++) {
    const col = cols[j] as Float64Array;
    const wj = w[j] as number;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (!Number.isNaN(v)) out[i] = (out[i] as number) + (wj / (covered[i] as number)) * v;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = covered[i] as number;
    if (!(c > 0) || c / total < minCoverage) out[i] = Number.NaN;
  }
};

/** Adds `w` to `covered[i]` wherever `col[i]` is present (internal): the weights of present values, in column order. */
const cover = (col: Float64Array, w: number, n: number, covered: Float64Array): void => {
  for (let i = 0; i < n; i++) if (!Number.isNaN(col[i] as number)) covered[i] = (covered[i] as number) + w;
};

/** The development index of every student into `cols.index` (internal; see `developmentIndex`). */
export const indexColumn = (ci: CompiledDevelopmentIndex, k: KernelInput, cols: TierColumns): void => {
  const { n } = k;
  let slot = 0;
  const covered = float64(cols, slot++, n);
  // Per domain: the component columns (accumulating the weights of present values as they are written), then their
  // weighted mean; then the same over the domains.
  const domainValues = ci.domains.map((d, j) => {
    covered.fill(0);
    const components = d.components.map((cc, c) =>
      componentColumn(cc, k, float64(cols, slot++, n), d.weights[c] as number, covered),
    );
    const value = float64(cols, slot++, n);
    const min = (ci.config.domains[j] as { minCoverage: number }).minCoverage;
    meanColumns(components, d.weights, min, n, covered, value);
    return value;
  });
  const index = float64(cols, slot++, n);
  covered.fill(0);
  for (let j = 0; j < domainValues.length; j++)
    cover(domainValues[j] as Float64Array, ci.domainWeights[j] as number, n, covered);
  meanColumns(domainValues, ci.domainWeights, ci.config.minCoverage, n, covered, index);
  cols.index.set(index);
};
