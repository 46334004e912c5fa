import { type CompiledModel, compileModel, type OrdinalItem, type QuestionnaireModel } from "./answerModel.js";

// Response models of the sample instruments. Loadings and thresholds were calibrated by simulation so the generated
// score distributions land on `SAMPLE_TARGETS` (`sampleTargets.ts`, with sources); the tests check the bands.

const items = (n: number, item: (i: number) => OrdinalItem): OrdinalItem[] =>
  Array.from({ length: n }, (_, i) => item(i));
const shift = (thresholds: ReadonlyArray<number>, by: number): number[] => thresholds.map((t) => t + by);

// PHQ-9: one factor (internalising). Item difficulty offsets: sleep (3) and tiredness (5) are endorsed most often,
// psychomotor change (8) least; item 9 (thoughts of death or self-harm) is rare and has its own thresholds.
const PHQ_THRESHOLDS = [0.38, 1.25, 1.78];
const PHQ_OFFSETS = [0.05, 0.05, -0.2, 0.1, -0.2, 0.05, 0, 0.35];
const PHQ9: QuestionnaireModel = {
  base: 0,
  factors: [{ int: 1 }],
  items: [
    ...PHQ_OFFSETS.map((o) => ({ factor: 0, loading: 0.75, thresholds: shift(PHQ_THRESHOLDS, o) })),
    { factor: 0, loading: 0.75, thresholds: [1.74, 2.3, 2.7] },
  ],
};

// GAD-7: an anxiety factor that shares most of its variance with internalising distress.
const GAD7: QuestionnaireModel = {
  base: 0,
  factors: [{ int: 0.85 }],
  items: items(7, (i) => ({
    factor: 0,
    loading: 0.75,
    thresholds: shift([0.3, 1.22, 1.72], [0, 0.1, -0.1, 0.05, 0.25, -0.1, 0.15][i] ?? 0),
  })),
};

// SDQ self-report, items in questionnaire order. Factors: 0 emotional, 1 conduct, 2 hyperactivity, 3 peer, 4 prosocial
// (higher = more prosocial). Reverse-worded items (obeys, reflect, attends, friend, popular) store 2 − level.
const E = { factor: 0, loading: 0.65, thresholds: [0.1, 1.3] };
const C = (t: number[], reverse = false): OrdinalItem => ({ factor: 1, loading: 0.6, thresholds: t, reverse });
const H = (t: number[], reverse = false): OrdinalItem => ({ factor: 2, loading: 0.6, thresholds: t, reverse });
const P = (t: number[], reverse = false): OrdinalItem => ({ factor: 3, loading: 0.55, thresholds: t, reverse });
const S = { factor: 4, loading: 0.55, thresholds: [-1.35, -0.15] };
const SDQ_SELF: QuestionnaireModel = {
  base: 0,
  factors: [{ int: 1 }, { ext: 0.9 }, { ext: 0.65 }, { int: 0.45, ext: 0.2 }, { ext: -0.35, fam: -0.15 }],
  items: [
    S, // consid
    H([-0.1, 1.1]), // restles
    E, // somatic
    S, // shares
    C([0.3, 1.55]), // tantrum
    P([0.3, 1.5]), // loner
    C([0.1, 1.4], true), // obeys
    E, // worries
    S, // caring
    H([-0.05, 1.15]), // fidgety
    P([0.8, 1.8], true), // friend
    C([0.8, 1.8]), // fights
    E, // unhappy
    P([0.1, 1.3], true), // popular
    H([-0.2, 1.05]), // distrac
    E, // clingy
    S, // kind
    C([0.5, 1.65]), // lies
    P([0.6, 1.7]), // bullied
    S, // helpout
    H([-0.15, 1.1], true), // reflect
    C([1.2, 2.1]), // steals
    P([0.5, 1.6]), // oldbest
    E, // afraid
    H([-0.1, 1.1], true), // attends
  ],
};

// MSSMHS (王极盛 1997): 60 items × 1–5, ten factors of 6 items (item numbers 1-based).
const MSSMHS_FACTORS: ReadonlyArray<
  readonly [weights: QuestionnaireModel["factors"][number], items: number[], offset: number]
> = [
  [{ int: 0.7 }, [3, 10, 12, 22, 23, 48], 0], // 强迫 obsessive-compulsive
  [{ int: 0.5, ext: 0.3 }, [11, 20, 24, 26, 47, 49], 0.15], // 偏执 paranoid ideation
  [{ ext: 0.75 }, [19, 21, 25, 50, 52, 58], 0.1], // 敌对 hostility
  [{ int: 0.65 }, [4, 17, 18, 45, 51, 59], -0.05], // 人际紧张与敏感 interpersonal sensitivity
  [{ int: 0.85 }, [5, 13, 14, 16, 44, 57], 0.05], // 抑郁 depression
  [{ int: 0.8 }, [6, 15, 34, 43, 46, 56], 0], // 焦虑 anxiety
  [{ int: 0.55 }, [31, 33, 36, 38, 40, 55], -0.45], // 学习压力 academic pressure (the most endorsed factor)
  [{ int: 0.5, ext: 0.3 }, [1, 8, 9, 29, 39, 41], -0.05], // 适应不良 maladjustment
  [{ int: 0.55, ext: 0.3 }, [2, 7, 27, 32, 35, 53], 0], // 情绪不平衡 emotional imbalance
  [{ int: 0.45, ext: 0.3 }, [28, 30, 37, 42, 54, 60], 0.15], // 心理不平衡 psychological imbalance
];
const MSSMHS_THRESHOLDS = [0.3, 1.0, 1.6, 2.18];
const mssmhsItems: OrdinalItem[] = new Array(60);
MSSMHS_FACTORS.forEach(([, numbers, offset], f) => {
  for (const n of numbers)
    mssmhsItems[n - 1] = { factor: f, loading: 0.7, thresholds: shift(MSSMHS_THRESHOLDS, offset) };
});
const MSSMHS: QuestionnaireModel = { base: 1, factors: MSSMHS_FACTORS.map(([w]) => w), items: mssmhsItems };

// PSDQ short form (Robinson et al. 2001): 32 items × 1–5. Factor 0 authoritative, 1 authoritarian, 2 permissive.
const PSDQ_AUTHORITATIVE = [1, 3, 5, 7, 9, 11, 12, 14, 18, 21, 22, 25, 27, 29, 31];
const PSDQ_AUTHORITARIAN = [2, 4, 6, 10, 13, 16, 19, 23, 26, 28, 30, 32];
const psdqItems: OrdinalItem[] = items(32, (i) =>
  PSDQ_AUTHORITATIVE.includes(i + 1)
    ? { factor: 0, loading: 0.6, thresholds: [-2.2, -1.4, -0.5, 0.6] }
    : PSDQ_AUTHORITARIAN.includes(i + 1)
      ? { factor: 1, loading: 0.6, thresholds: [-0.7, 0.5, 1.4, 2.1] }
      : { factor: 2, loading: 0.6, thresholds: [-0.9, 0.4, 1.3, 2.0] },
);
const PSDQ: QuestionnaireModel = {
  base: 1,
  factors: [{ fam: -0.45 }, { fam: 0.45 }, { fam: 0.2 }],
  items: psdqItems,
};

// Family APGAR: 5 items × 0–2 measuring family functioning (the opposite of family strain).
const FAMILY_APGAR: QuestionnaireModel = {
  base: 0,
  factors: [{ fam: -1 }],
  items: items(5, () => ({ factor: 0, loading: 0.75, thresholds: [-1.6, -0.35] })),
};

/** The compiled response models, by sample-instrument key (fitness has its own model in `fitnessModel.ts`). */
export const INSTRUMENT_MODELS: Readonly<
  Record<"phq9" | "gad7" | "sdqSelf" | "mssmhs" | "psdq" | "familyApgar", CompiledModel>
> = {
  phq9: compileModel(PHQ9),
  gad7: compileModel(GAD7),
  sdqSelf: compileModel(SDQ_SELF),
  mssmhs: compileModel(MSSMHS),
  psdq: compileModel(PSDQ),
  familyApgar: compileModel(FAMILY_APGAR),
};
