import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { competitionRanks } from "../mcda/competitionRanks.js";
import { type NormalizeOptions, normalize } from "../mcda/normalize.js";
import type {
  AlternativeEvaluation,
  DimensionScore,
  Evaluation,
  IndicatorExplanation,
  IndicatorNormalisation,
  WeightProvenance,
} from "./Evaluation.js";
import { readEvaluationData } from "./EvaluationData.js";
import { type EvaluationError, evaluationFail } from "./EvaluationError.js";
import type { Indicator } from "./Indicator.js";
import { IndicatorFramework, type IndicatorFrameworkInput } from "./IndicatorFramework.js";
import { resolveWeights } from "./resolveWeights.js";

/** Options for an indicator's {@link normalize} call: every method maps onto [0, 100] (internal). */
const normalizeOptions = (ind: Indicator): NormalizeOptions => {
  const n = ind.normalization;
  switch (n.method) {
    case "minmax":
      return { method: "minmax", direction: ind.direction, range: [0, 100] };
    case "target":
      return { method: "target", target: ind.target as number, direction: ind.direction, scale: 100 };
    case "goalposts":
      return { method: "goalposts", low: n.low, high: n.high, direction: ind.direction, scale: 100 };
  }
};

const ranksOf = (scores: ReadonlyArray<number | null>): (number | null)[] => {
  const idx = scores.flatMap((s, i) => (s === null ? [] : [i]));
  const r = competitionRanks(idx.map((i) => scores[i] as number));
  const out = scores.map(() => null as number | null);
  idx.forEach((i, p) => {
    out[i] = r[p] as number;
  });
  return out;
};

/**
 * Scores alternatives (rows) on an evaluation framework — composite-indicator construction after the OECD/JRC
 * *Handbook on Constructing Composite Indicators* (2008): each indicator is normalised to [0, 100] by its declared
 * method and direction ({@link normalize}); weights come from each group's declared source (equal, fixed, AHP,
 * entropy, CRITIC); a dimension score is the weighted arithmetic mean of its present indicators with the weights
 * renormalised over them, and the total is the weighted mean of the dimension scores the same way. A dimension score
 * (or the total) is `null` when less than `minCoverage` of its weight is present. Ranks are competition ranks (1 =
 * best) among the alternatives with a score.
 *
 * Every result explains itself: each indicator's raw value, normalised value, nominal and applied weight and
 * contribution (contributions sum to the total), the missing indicators and coverage, how each indicator was
 * normalised, and where every weight came from (with AHP consistency). Decisions: an indicator whose values are all
 * equal under min–max separates nothing and is dropped (weight 0, reported), as entropy and CRITIC would weight it;
 * an indicator nobody reports stays in and lowers everyone's coverage.
 *
 * Errors: an invalid framework is a `ValidationError` (every issue with its path); bad data is an
 * {@link EvaluationError} (`unknown-indicator`, `not-finite`, `duplicate-alternative`, …), never a partial result.
 *
 * @example
 * ```ts
 * import { evaluate, venueEffectivenessFramework } from "@jiaolianti/scoring";
 * const r = evaluate(venueEffectivenessFramework, {
 *   alternatives: [
 *     { id: "xh-venue-001", values: { utilisation: 82, "schools-reached": 24, satisfaction: 4.5, "cost-per-student-hour": 18, "dea-efficiency": 1 } },
 *     { id: "xh-venue-002", values: { utilisation: 55, "schools-reached": 9, satisfaction: 4.1, "cost-per-student-hour": 35, "dea-efficiency": 0.7 } },
 *   ],
 * });
 * if (r.ok) console.log(r.value.order, r.value.alternatives[0]?.total);
 * ```
 */
export const evaluate = (
  framework: IndicatorFrameworkInput | IndicatorFramework,
  data: unknown,
): Result<Evaluation, ValidationError | EvaluationError> => {
  const parsed = parseWith(IndicatorFramework, framework, "evaluation framework");
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  const flat = f.dimensions.flatMap((d, di) => d.indicators.map((ind) => ({ ind, di })));
  const read = readEvaluationData(
    data,
    flat.map((x) => x.ind.id),
  );
  if (!read.ok) return read;
  const { ids, columns } = read.value;
  const n = ids.length;

  // 1. Normalise every indicator across the alternatives.
  const norm: (number | null)[][] = [];
  const normalisation: Record<string, IndicatorNormalisation> = {};
  flat.forEach(({ ind }, k) => {
    const r = normalize(columns[k] as (number | null)[], normalizeOptions(ind));
    const base = { method: ind.normalization.method, direction: ind.direction };
    if (r.ok) {
      norm.push([...r.value.values]);
      normalisation[ind.id] = { ...base, basis: r.value.basis, dropped: null, present: r.value.present };
    } else {
      // Values were validated, so the only refusals left are "no value" and "constant under min–max".
      const constant = r.error.reason === "constant";
      norm.push(new Array<number | null>(n).fill(null));
      normalisation[ind.id] = {
        ...base,
        basis: null,
        dropped: constant ? "constant" : null,
        present: (columns[k] as (number | null)[]).filter((x) => x !== null).length,
      };
    }
  });
  const dropped = flat.map(({ ind }) => normalisation[ind.id]?.dropped !== null);

  // 2. Weights within each dimension, then of the dimensions.
  const local: number[][] = [];
  const indicatorProvenance: Record<string, WeightProvenance> = {};
  const dimActive: boolean[] = [];
  let k0 = 0;
  for (let di = 0; di < f.dimensions.length; di++) {
    const d = f.dimensions[di] as (typeof f.dimensions)[number];
    const kk = d.indicators.length;
    const active = d.indicators.map((_, q) => !dropped[k0 + q]);
    const isActive = active.some(Boolean);
    dimActive.push(isActive);
    if (isActive) {
      const w = resolveWeights(
        d.weights,
        d.indicators.map((i) => i.id),
        active,
        norm.slice(k0, k0 + kk),
        ["dimensions", di, "weights"],
      );
      if (!w.ok) return w;
      local.push([...w.value.local]);
      indicatorProvenance[d.id] = w.value.provenance;
    } else {
      local.push(new Array<number>(kk).fill(0));
      indicatorProvenance[d.id] = {
        source: d.weights.kind,
        weights: Object.fromEntries(d.indicators.map((i) => [i.id, 0])),
      };
    }
    k0 += kk;
  }
  if (!dimActive.some(Boolean))
    return evaluationFail(
      "no-information",
      ["alternatives"],
      "every indicator is constant across the alternatives: nothing separates them",
      "所有指标在各对象间都相同,无法区分",
    );
  const dimW = resolveWeights(
    f.dimensionWeights,
    f.dimensions.map((d) => d.id),
    dimActive,
    [],
    ["dimensionWeights"],
  );
  if (!dimW.ok) return dimW;
  const W = dimW.value.local;
  const global: Record<string, number> = {};
  flat.forEach(({ ind, di }, k) => {
    const q = k - flat.findIndex((x) => x.di === di);
    global[ind.id] = (W[di] as number) * ((local[di] as number[])[q] as number);
  });

  // 3. Scores, coverage and contributions per alternative.
  const min = f.minCoverage;
  const dimScores: (number | null)[][] = f.dimensions.map(() => new Array<number | null>(n).fill(null));
  const dimCoverage: number[][] = f.dimensions.map(() => new Array<number>(n).fill(0));
  const totals: (number | null)[] = new Array<number | null>(n).fill(null);
  const topCoverage: number[] = new Array<number>(n).fill(0);
  const starts = f.dimensions.map((_, di) => flat.findIndex((x) => x.di === di));
  for (let i = 0; i < n; i++) {
    let sw = 0;
    let swx = 0;
    for (let di = 0; di < f.dimensions.length; di++) {
      if (!dimActive[di]) continue;
      const lw = local[di] as number[];
      let cw = 0;
      let cwx = 0;
      for (let q = 0; q < lw.length; q++) {
        const x = (norm[(starts[di] as number) + q] as (number | null)[])[i];
        if (x === null || x === undefined) continue;
        cw += lw[q] as number;
        cwx += (lw[q] as number) * x;
      }
      (dimCoverage[di] as number[])[i] = cw;
      const s = cw > 0 && cw >= min ? Math.min(100, cwx / cw) : null;
      (dimScores[di] as (number | null)[])[i] = s;
      if (s !== null) {
        sw += W[di] as number;
        swx += (W[di] as number) * s;
      }
    }
    topCoverage[i] = sw;
    totals[i] = sw > 0 && sw >= min ? Math.min(100, swx / sw) : null;
  }
  const ranks = ranksOf(totals);
  const dimRanks = dimScores.map(ranksOf);

  const alternatives: AlternativeEvaluation[] = ids.map((id, i) => {
    const total = totals[i] as number | null;
    const dimensions: DimensionScore[] = f.dimensions.map((d, di) => {
      const score = (dimScores[di] as (number | null)[])[i] as number | null;
      return {
        dimensionId: d.id,
        score,
        coverage: (dimCoverage[di] as number[])[i] as number,
        rank: (dimRanks[di] as (number | null)[])[i] as number | null,
        weightUsed: total !== null && score !== null ? (W[di] as number) / (topCoverage[i] as number) : 0,
      };
    });
    let coverage = 0;
    const missing: string[] = [];
    const indicators: IndicatorExplanation[] = flat.map(({ ind, di }, k) => {
      const raw = (columns[k] as (number | null)[])[i] as number | null;
      const x = (norm[k] as (number | null)[])[i] as number | null;
      const status = dropped[k] ? "dropped" : raw === null ? "missing" : "present";
      if (status === "missing") missing.push(ind.id);
      const lw = (local[di] as number[])[k - (starts[di] as number)] as number;
      if (status === "present") coverage += (W[di] as number) * lw;
      const dim = dimensions[di] as DimensionScore;
      const weightUsed = x !== null && dim.weightUsed > 0 ? (dim.weightUsed * lw) / dim.coverage : 0;
      return {
        indicatorId: ind.id,
        dimensionId: (f.dimensions[di] as (typeof f.dimensions)[number]).id,
        raw,
        normalised: x,
        weight: global[ind.id] as number,
        weightUsed,
        contribution: x !== null && total !== null ? weightUsed * x : null,
        status,
      };
    });
    return {
      id,
      total,
      rank: ranks[i] as number | null,
      dimensions,
      explanation: { indicators, missing, coverage: Math.min(1, coverage) },
    };
  });
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (ranks[a] ?? Number.POSITIVE_INFINITY) - (ranks[b] ?? Number.POSITIVE_INFINITY) || a - b)
    .map((i) => ids[i] as string);
  return {
    ok: true,
    value: {
      frameworkId: f.id,
      frameworkVersion: f.version,
      alternatives,
      order,
      weights: { dimensions: dimW.value.provenance, indicators: indicatorProvenance, global },
      normalisation,
      minCoverage: min,
    },
  };
};
