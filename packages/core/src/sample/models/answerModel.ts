import type { Random } from "../random/Random.js";

/**
 * The latent traits behind a student's answers, all standard normal before the grade/sex shifts: `int` internalising
 * distress (drives PHQ-9, GAD-7, SDQ emotional/peer, most MSSMHS factors), `ext` externalising difficulty (SDQ conduct
 * and hyperactivity, MSSMHS hostility), `fam` family strain (PSDQ authoritarian ↑ authoritative ↓, Family APGAR ↓).
 * Drawn as `int = z₁ + μ`, `ext = 0.45 z₁ + 0.893 z₂ + μ'`, `fam = 0.30 z₁ + 0.15 z₂ + 0.942 z₃`, so
 * corr(int, ext) = 0.45, corr(int, fam) = 0.30, corr(ext, fam) ≈ 0.27: instruments correlate through shared traits,
 * as they do in school screening data (depression–anxiety comorbidity, family functioning ↔ symptoms). These
 * correlations are modelling assumptions of the synthetic data, not estimates.
 */
export const LATENT_CORRELATION = { intExt: 0.45, intFam: 0.3, extFam: 0.45 * 0.3 + 0.893 * 0.15 } as const;

/** Weights of a composite factor on the latent traits; the rest of its unit variance is unique noise. */
export interface FactorWeights {
  readonly int?: number;
  readonly ext?: number;
  readonly fam?: number;
}

/** One ordinal item: the factor it measures, its loading and its category thresholds (on the latent scale). */
export interface OrdinalItem {
  readonly factor: number;
  readonly loading: number;
  readonly thresholds: ReadonlyArray<number>;
  /** Store `max − level` (items worded the other way round, e.g. SDQ "obeys"). */
  readonly reverse?: boolean;
}

/**
 * A questionnaire's response model (ordinal probit / graded factor model): for each item,
 * `y* = loading · factor + √(1 − loading²) · ε` and the answer is the number of thresholds below `y*`, plus `base`.
 */
export interface QuestionnaireModel {
  readonly factors: ReadonlyArray<FactorWeights>;
  readonly items: ReadonlyArray<OrdinalItem>;
  /** Value of the lowest category (0 for PHQ-9, 1 for MSSMHS and PSDQ). */
  readonly base: number;
}

/** A questionnaire model flattened into typed arrays for the hot loop. */
export interface CompiledModel {
  readonly itemCount: number;
  readonly base: number;
  readonly categories: number;
  readonly factorWeights: Float64Array; // [int, ext, fam, unique] per factor
  readonly itemFactor: Int32Array;
  readonly itemLoading: Float64Array;
  readonly itemResidual: Float64Array;
  readonly itemReverse: Uint8Array;
  readonly thresholds: Float64Array; // (categories − 1) per item
}

const { intExt, intFam, extFam } = LATENT_CORRELATION;

/** Flattens a model and computes each factor's unique-noise weight from the latent correlations. */
export const compileModel = (model: QuestionnaireModel): CompiledModel => {
  const k = (model.items[0]?.thresholds.length ?? 0) + 1;
  const factorWeights = new Float64Array(model.factors.length * 4);
  model.factors.forEach((f, i) => {
    const a = f.int ?? 0;
    const b = f.ext ?? 0;
    const c = f.fam ?? 0;
    const explained = a * a + b * b + c * c + 2 * (a * b * intExt + a * c * intFam + b * c * extFam);
    factorWeights.set([a, b, c, Math.sqrt(Math.max(0, 1 - explained))], i * 4);
  });
  const n = model.items.length;
  const thresholds = new Float64Array(n * (k - 1));
  model.items.forEach((item, j) => {
    if (item.thresholds.length !== k - 1) throw new Error("every item of a model needs the same number of thresholds");
    thresholds.set(item.thresholds, j * (k - 1));
  });
  return {
    itemCount: n,
    base: model.base,
    categories: k,
    factorWeights,
    itemFactor: Int32Array.from(model.items, (i) => i.factor),
    itemLoading: Float64Array.from(model.items, (i) => i.loading),
    itemResidual: Float64Array.from(model.items, (i) => Math.sqrt(1 - i.loading * i.loading)),
    itemReverse: Uint8Array.from(model.items, (i) => (i.reverse ? 1 : 0)),
    thresholds,
  };
};

/** The value stored for a skipped item. */
export const MISSING = -1;

/**
 * Skipped items: each item is skipped independently with probability `rate`, drawn as geometric gaps between skips
 * (one draw per skip instead of one per item).
 */
export class MissingItems {
  private untilNext: number;
  constructor(
    private readonly rng: Random,
    private readonly rate: number,
  ) {
    this.untilNext = rate > 0 ? rng.geometric(rate) : Number.POSITIVE_INFINITY;
  }
  /** `true` when the next item is skipped. */
  next(): boolean {
    if (--this.untilNext > 0) return false;
    this.untilNext = this.rng.geometric(this.rate);
    return true;
  }
}

const factorValues = new Float64Array(16);

/**
 * Draws one administration of a questionnaire for a student with latent traits `(int, ext, fam)` into
 * `out[offset … offset + itemCount)`.
 */
export const drawAnswers = (
  m: CompiledModel,
  int: number,
  ext: number,
  fam: number,
  rng: Random,
  missing: MissingItems,
  out: Int8Array,
  offset: number,
): void => {
  const w = m.factorWeights;
  for (let f = 0; f * 4 < w.length; f++) {
    const u = w[f * 4 + 3] as number;
    factorValues[f] =
      (w[f * 4] as number) * int +
      (w[f * 4 + 1] as number) * ext +
      (w[f * 4 + 2] as number) * fam +
      (u > 0 ? u * rng.normal() : 0);
  }
  const t = m.categories - 1;
  for (let j = 0; j < m.itemCount; j++) {
    const y =
      (m.itemLoading[j] as number) * (factorValues[m.itemFactor[j] as number] as number) +
      (m.itemResidual[j] as number) * rng.normal();
    let level = 0;
    const base = j * t;
    while (level < t && y > (m.thresholds[base + level] as number)) level++;
    const value = (m.itemReverse[j] ? t - level : level) + m.base;
    out[offset + j] = missing.next() ? MISSING : value;
  }
};
