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

const valueRule = (out: Outcome, x: Float64Array, answered: Uint8Array, op: number, t: number, n: number) => {
  // One loop per operator keeps the comparison out of the inner loop.
  if (op === 0) {
    for (let i = 0; i < n; i++)
      if (answered[i] !== 0) out[i] = (x[i] as number) >= t ? FIRED : Number.isNaN(x[i] as number) ? UNSURE : 0;
  } else if (op === 1) {
    for (let i = 0; i < n; i++)
      if (answered[i] !== 0) out[i] = (x[i] as number) > t ? FIRED : Number.isNaN(x[i] as number) ? UNSURE : 0;
  } else if (op === 2) {
    for (let i = 0; i < n; i++)
      if (answered[i] !== 0) out[i] = (x[i] as number) <= t ? FIRED : Number.isNaN(x[i] as number) ? UNSURE : 0;
  } else {
    for (let i = 0; i < n; i++)
      if (answered[i] !== 0) out[i] = (x[i] as number) < t ? FIRED : Number.isNaN(x[i] as number) ? UNSURE : 0;
  }
};

const evaluate = (rule: CompiledWarningRule, k: KernelInput, out: Outcome): void => {
  const { n, byId } = k;
  const s = rule.source;
  switch (s.kind) {
    case "value": {
      const b = byId.get(s.instrument);
      const x = b && (s.scale === null ? b.totals : b.subscales[s.scale]?.values);
      if (b && x) valueRule(out, x, b.answered, s.op, rule.threshold, n);
      return;
    }
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
}

export const newTierColumns = (n: number): TierColumns => ({
  urgency: new Uint8Array(n),
  unresolved: new Uint8Array(n),
  index: new Float32Array(n),
  points: new Float64Array(n),
  outcome: new Uint8Array(n),
  green: new Uint8Array(n),
});

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
    out.fill(0);
    evaluate(rule, k, out);
    const u = rule.urgency;
    const w = rule.weight;
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

const INSTRUMENT = 0;
const BMI = 1;
const FITNESS = 2;
const ABSENT_SOURCE = 3;
const NO_VALUES = new Float64Array(0);
const NO_CODES = new Uint8Array(0);

/**
 * The development index of every student into `cols.index` (internal; see `developmentIndex`), student by student
 * with no intermediate column: each component's raw value (`componentRaw`: an instrument score where the instrument
 * was answered, the points of the BMI category, the fitness total; `NaN` = missing) normalised by `goalposts`, then
 * per domain and over the domains `weightedMean`'s arithmetic in its order (`mcda/presentWeights`: the weights of
 * present values summed in column order from 0, then `Σ (w/covered)·x` in column order from 0; `null` → `NaN` when
 * nothing or less than the minimum coverage is present), so results are bit-identical to the per-student path.
 */
export const indexColumn = (ci: CompiledDevelopmentIndex, k: KernelInput, cols: TierColumns): void => {
  const { n } = k;
  const components = ci.domains.flatMap((d) => d.components);
  const nc = components.length;
  const kind = new Uint8Array(nc);
  const values: Float64Array[] = [];
  const answered: Uint8Array[] = [];
  const points: Float64Array[] = [];
  const categories: Uint8Array[] = [];
  const low = new Float64Array(nc);
  const high = new Float64Array(nc);
  const cost = new Uint8Array(nc);
  components.forEach((cc, c) => {
    const { component, source: s } = cc;
    low[c] = component.low;
    high[c] = component.high;
    cost[c] = component.direction === "cost" ? 1 : 0;
    let v: Float64Array | undefined;
    let a: Uint8Array | undefined;
    let p: Float64Array | undefined;
    let cat: Uint8Array | undefined;
    if (s.kind === "instrument") {
      const b = k.byId.get(s.instrument);
      v = b && (s.scale === null ? b.totals : b.subscales[s.scale]?.values);
      a = b?.answered;
    } else if (s.kind === "bmi") {
      cat = k.bmiCategory;
      // Points per BMI code, normalised once (255 and unknown codes → NaN).
      p = new Float64Array(256).fill(Number.NaN);
      k.bmiCodes.forEach((code, j) => {
        const x = s.points[code] ?? null;
        (p as Float64Array)[j] = x === null ? Number.NaN : goalposts(x, component.low, component.high, cost[c] === 1);
      });
    } else v = k.fitnessTotal;
    kind[c] =
      s.kind === "instrument"
        ? v && a
          ? INSTRUMENT
          : ABSENT_SOURCE
        : s.kind === "bmi"
          ? cat
            ? BMI
            : ABSENT_SOURCE
          : v
            ? FITNESS
            : ABSENT_SOURCE;
    values.push(v ?? NO_VALUES);
    answered.push(a ?? NO_CODES);
    points.push(p ?? NO_VALUES);
    categories.push(cat ?? NO_CODES);
  });
  const nd = ci.domains.length;
  const domainStart = new Int32Array(nd + 1);
  const w = new Float64Array(nc);
  const domainTotal = new Float64Array(nd);
  const domainMin = new Float64Array(nd);
  let at = 0;
  ci.domains.forEach((d, j) => {
    domainStart[j] = at;
    let total = 0;
    for (let c = 0; c < d.weights.length; c++) {
      w[at + c] = d.weights[c] as number;
      total += d.weights[c] as number;
    }
    domainTotal[j] = total;
    domainMin[j] = (ci.config.domains[j] as { minCoverage: number }).minCoverage;
    at += d.components.length;
  });
  domainStart[nd] = at;
  const dw = ci.domainWeights;
  let dTotal = 0;
  for (let j = 0; j < nd; j++) dTotal += dw[j] as number;
  const dMin = ci.config.minCoverage;
  const raw = new Float64Array(nc);
  const domain = new Float64Array(nd);
  const index = cols.index;
  // Source kinds as locals (module runners keep module constants in closure slots the loop would reload).
  const instrument = INSTRUMENT;
  const bmi = BMI;
  const fitness = FITNESS;
  // Bound once: module runners (vitest) compile an imported function's calls into getter accesses per call.
  const normalise = goalposts;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < nc; c++) {
      const kc = kind[c] as number;
      let v = Number.NaN;
      if (kc === instrument) {
        const x = (values[c] as Float64Array)[i] as number;
        if ((answered[c] as Uint8Array)[i] !== 0 && !Number.isNaN(x))
          v = normalise(x, low[c] as number, high[c] as number, cost[c] === 1);
      } else if (kc === bmi) v = (points[c] as Float64Array)[(categories[c] as Uint8Array)[i] as number] as number;
      else if (kc === fitness) {
        const x = (values[c] as Float64Array)[i] as number;
        if (!Number.isNaN(x)) v = normalise(x, low[c] as number, high[c] as number, cost[c] === 1);
      }
      raw[c] = v;
    }
    for (let d = 0; d < nd; d++) {
      const from = domainStart[d] as number;
      const to = domainStart[d + 1] as number;
      let covered = 0;
      for (let c = from; c < to; c++) if (!Number.isNaN(raw[c] as number)) covered += w[c] as number;
      let sum = 0;
      for (let c = from; c < to; c++) {
        const v = raw[c] as number;
        if (!Number.isNaN(v)) sum += ((w[c] as number) / covered) * v;
      }
      domain[d] = !(covered > 0) || covered / (domainTotal[d] as number) < (domainMin[d] as number) ? Number.NaN : sum;
    }
    let covered = 0;
    for (let d = 0; d < nd; d++) if (!Number.isNaN(domain[d] as number)) covered += dw[d] as number;
    let sum = 0;
    for (let d = 0; d < nd; d++) {
      const v = domain[d] as number;
      if (!Number.isNaN(v)) sum += ((dw[d] as number) / covered) * v;
    }
    index[i] = !(covered > 0) || covered / dTotal < dMin ? Number.NaN : sum;
  }
};
