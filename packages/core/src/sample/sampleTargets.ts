/** A share or mean the synthetic data is calibrated to, the band tests accept, and where the figure comes from. */
export interface SampleTarget {
  /** The value the generator aims at. */
  readonly value: number;
  /** The band a generated district must fall in (checked by the module's tests on 40 000 students). */
  readonly band: readonly [number, number];
  /** Who the figure is about. */
  readonly population: string;
  /** Published source, or "assumption" with the reasoning. */
  readonly source: string;
}

/**
 * What the sample district's answers are calibrated to (by simulation; see `models/`), with sources. The figures are
 * for generating realistic-looking synthetic data, not estimates of Xuhui's students: never show them as facts.
 *
 * @example
 * ```ts
 * import { SAMPLE_TARGETS } from "@jiaolianti/core/sample";
 * SAMPLE_TARGETS.phq9AtLeast10.value; // 0.15
 * ```
 */
export const SAMPLE_TARGETS = {
  phq9AtLeast10: {
    value: 0.15,
    band: [0.12, 0.18],
    population: "students in grades 5–12 (≈ 9 % in grade 5 rising to ≈ 22 % in grade 12)",
    source:
      "Tang, Tang, Ren & Wong 2019, J Affect Disord 245:498–507: depressive symptoms in 24.3 % of Chinese secondary students (51 studies, mixed instruments and cut-offs), rising from 24.5 % in junior year 1 to 40.1 % in senior year 3; Wang et al. 2023, 中国公共卫生 39(10):1225–1231: PHQ-9 depressive symptoms in 19.7 % of 20 792 high-school students. The sample adds grade 5–9 students, hence ≈ 15 % within the 10–20 % of the brief.",
  },
  phq9Item9Positive: {
    value: 0.05,
    band: [0.03, 0.08],
    population: "students in grades 5–12, PHQ-9 item 9 ≥ 1 (past two weeks)",
    source:
      "Assumption bounded by Wang et al. 2023 (中国公共卫生 39(10)): past-year suicidal ideation 10.4 % in high-school students — a two-week window is narrower. Clinical samples report far more (21.2 % in US primary care, Pediatrics 2021;148(1):e2021049999). Keeps the red tier (any self-harm signal) near MTSS's 1–5 % intensive share (REFERENCE.md §3).",
  },
  gad7AtLeast10: {
    value: 0.11,
    band: [0.08, 0.15],
    population: "students in grades 5–12",
    source:
      "Chen et al. 2023, BMC Psychiatry: GAD-7 anxiety in 13.9 % of 63 205 secondary students (Zigong); Wang et al. 2023: 14.0 % of high-school students. Lower here because grades 5–9 are included.",
  },
  sdqSelfNormal: {
    value: 0.8,
    band: [0.74, 0.86],
    population: "SDQ self-report total difficulties 0–14, grades 5–12",
    source:
      "Chinese self-report norms (Du, Kou & Coghill 2008, CAPMH 2:8): bands cut near the 80th and 90th percentiles",
  },
  sdqSelfAbnormal: {
    value: 0.1,
    band: [0.06, 0.14],
    population: "SDQ self-report total difficulties 18–40, grades 5–12",
    source: "Du, Kou & Coghill 2008 (as above)",
  },
  mssmhsAtLeastMild: {
    value: 0.22,
    band: [0.15, 0.3],
    population: "MSSMHS overall mean ≥ 2, grades 6–12; 学习压力 is the most endorsed factor",
    source:
      "Assumption: roughly a fifth of secondary students at least mildly affected; no representative Shanghai figure was at hand",
  },
  familyApgarFunctional: {
    value: 0.76,
    band: [0.68, 0.82],
    population: "families, Family APGAR 7–10 (≈ 19 % moderately, ≈ 5 % severely dysfunctional)",
    source: "Assumption",
  },
  psdqAuthoritativeMean: {
    value: 3.9,
    band: [3.6, 4.1],
    population: "parents, PSDQ authoritative scale mean (1–5)",
    source: "Assumption, in the range parent self-reports usually give (authoritative high, the other two low)",
  },
  psdqAuthoritarianMean: {
    value: 2.2,
    band: [1.9, 2.5],
    population: "parents, PSDQ authoritarian scale mean",
    source: "Assumption (as above)",
  },
  psdqPermissiveMean: {
    value: 2.3,
    band: [2.0, 2.6],
    population: "parents, PSDQ permissive scale mean",
    source: "Assumption (as above)",
  },
  overweightOrObese: {
    value: 0.19,
    band: [0.15, 0.23],
    population: "all students, BMI above the normal band of the 2014 fitness standard (boys ≈ 23 %, girls ≈ 15 %)",
    source:
      "《中国居民营养与慢性病状况报告(2020年)》: 6–17-year-olds 11.1 % overweight + 7.9 % obese = 19.0 % (WS/T 586-2018 cut-offs, so only approximately comparable)",
  },
  itemMissing: {
    value: 0.015,
    band: [0.01, 0.03],
    population: "questionnaire items left unanswered",
    source: "Assumption (the brief: 1–3 %)",
  },
} as const satisfies Record<string, SampleTarget>;
