import type { NormalizeBasis } from "../mcda/normalize.js";

/** Where a group's weights came from, so every weight can be traced (provenance, not just numbers). */
export interface WeightProvenance {
  readonly source: "equal" | "fixed" | "ahp" | "entropy" | "critic";
  /** Nominal weights keyed by child id, summing to 1 over the children in use (0 for dropped children). */
  readonly weights: Readonly<Record<string, number>>;
  /** AHP consistency of the judgments (source `ahp`). */
  readonly ahp?: {
    readonly cr: number;
    readonly ci: number;
    readonly lambdaMax: number;
    readonly consistent: boolean;
    readonly method: "eigenvector" | "geometric";
    readonly randomIndex: "saaty" | "tummala-ling";
    readonly worstJudgment: {
      readonly row: string;
      readonly col: string;
      readonly given: number;
      readonly implied: number;
    } | null;
  };
  /** Alternatives with every indicator of the group present, on which entropy or CRITIC weights were computed. */
  readonly computedOn?: number;
}

/** How one indicator was normalised, or why it was left out. */
export interface IndicatorNormalisation {
  readonly method: "minmax" | "target" | "goalposts";
  readonly direction: "benefit" | "cost";
  /** The parameters used (min/max, target, goalposts), `null` when the indicator was dropped. */
  readonly basis: NormalizeBasis | null;
  /**
   * `constant`: every present value is equal, so min–max cannot separate alternatives (weight 0, like entropy and
   * CRITIC give a constant criterion); `no-data`: no alternative has a value. `null` when used.
   */
  readonly dropped: "constant" | "no-data" | null;
  /** Alternatives with a value. */
  readonly present: number;
}

/** One indicator's part in an alternative's score. */
export interface IndicatorExplanation {
  readonly indicatorId: string;
  readonly dimensionId: string;
  readonly raw: number | null;
  /** Score in [0, 100], `null` when missing or dropped. */
  readonly normalised: number | null;
  /** Nominal global weight (dimension weight × weight within the dimension). */
  readonly weight: number;
  /** Weight applied to this alternative after renormalising over what it has (0 when missing). */
  readonly weightUsed: number;
  /** `weightUsed × normalised`: the points this indicator adds to the total (`null` when missing or dropped). */
  readonly contribution: number | null;
  readonly status: "present" | "missing" | "dropped";
}

/** One dimension's score for an alternative. */
export interface DimensionScore {
  readonly dimensionId: string;
  /** Weighted mean of the present indicators in [0, 100]; `null` below the coverage threshold. */
  readonly score: number | null;
  /** Share of the dimension's indicator weight that is present. */
  readonly coverage: number;
  /** Competition rank among the alternatives with a score (1 = best), `null` without a score. */
  readonly rank: number | null;
  /** Weight of the dimension applied to this alternative (0 when its score is `null`). */
  readonly weightUsed: number;
}

/** An alternative's result: total, rank, dimension scores and the explanation of every point. */
export interface AlternativeEvaluation {
  readonly id: string;
  /** Score in [0, 100]; `null` when less than `minCoverage` of the dimension weight could be scored. */
  readonly total: number | null;
  /** Competition rank ("1224") among the alternatives with a total; `null` without one. */
  readonly rank: number | null;
  readonly dimensions: ReadonlyArray<DimensionScore>;
  readonly explanation: {
    /** Every indicator, in framework order; contributions sum to `total`. */
    readonly indicators: ReadonlyArray<IndicatorExplanation>;
    /** Ids of indicators this alternative has no value for. */
    readonly missing: ReadonlyArray<string>;
    /** Share of the framework's nominal weight that is present for this alternative, in [0, 1]. */
    readonly coverage: number;
  };
}

/** The result of {@link evaluate}: per-alternative scores with explanations, and how weights and scores were made. */
export interface Evaluation {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly alternatives: ReadonlyArray<AlternativeEvaluation>;
  /** Alternative ids best first (ties in input order; alternatives without a total last). */
  readonly order: ReadonlyArray<string>;
  readonly weights: {
    readonly dimensions: WeightProvenance;
    /** Per dimension id, the provenance of its indicator weights. */
    readonly indicators: Readonly<Record<string, WeightProvenance>>;
    /** Nominal global weight of every indicator (sums to 1). */
    readonly global: Readonly<Record<string, number>>;
  };
  readonly normalisation: Readonly<Record<string, IndicatorNormalisation>>;
  readonly minCoverage: number;
}
