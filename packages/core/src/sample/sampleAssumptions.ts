import type { FamilySupportFlag } from "../descriptors/familySupportFlags.js";

/**
 * Share of students by stage. Shanghai's 5+4+3 system: primary grades 1–5, junior secondary 6–9, senior secondary
 * 10–12 (REFERENCE.md §4; `schoolStages`). Equal cohorts would give 42/33/25 %; the sample uses 55/28/17 % because
 * recent primary cohorts are larger (births peaked in 2016–2017) and not every 15–17-year-old is in a general senior
 * school. Synthetic assumption — current Xuhui stage counts were not found (src/data/README.md).
 */
export const STAGE_SHARES = { primary: 0.55, "junior-secondary": 0.28, "senior-secondary": 0.17 } as const;

/** The stages the sample's schools have, with their grades (single-stage schools only: no 九年一贯制 or 完全中学). */
export const SAMPLE_STAGES = [
  { stage: "primary", grades: [1, 2, 3, 4, 5], zh: "小学", en: "Primary" },
  { stage: "junior-secondary", grades: [6, 7, 8, 9], zh: "初中", en: "Junior Secondary" },
  { stage: "senior-secondary", grades: [10, 11, 12], zh: "高中", en: "Senior Secondary" },
] as const;

/**
 * School sizes (students) are drawn uniformly in this range until a stage's students are used up (so a stage of n
 * students has about n / 1 550 schools; a remainder below the minimum is spread over the others). Synthetic assumption.
 */
export const SCHOOL_SIZE_RANGE = [600, 2_500] as const;

/** Students per class (班额): classes are filled evenly up to this size. Shanghai plans classes of 40–45. */
export const CLASS_SIZE = 40;

/**
 * Share of boys. 51.5 % ≈ a sex ratio of 106 boys per 100 girls; China's 2020 census gives 113.7 for ages 0–14
 * nationally, Shanghai's school-age ratio is lower. Synthetic assumption.
 */
export const BOY_SHARE = 0.515;

/**
 * Share of students a year older than their grade (late start or a repeated year). Synthetic assumption. Birth year
 * otherwise follows Shanghai's 31 August cut-off: grade 1 in the 2026 autumn term was born 2019-09 … 2020-08.
 */
export const OLDER_THAN_GRADE_SHARE = 0.015;

/** Probability that any one questionnaire item is left unanswered (the brief's 1–3 %). Synthetic assumption. */
export const ITEM_MISSING_RATE = 0.015;

/**
 * Family-support flags, each set independently of every other trait of the child (so no flag predicts a score in the
 * sample), at rates chosen as plausible for a central Shanghai district. These are **synthetic assumptions, not
 * statistics**: no published rate for Xuhui was found. `single-parent` and `blended-family` exclude each other.
 */
export const FAMILY_FLAG_RATES: Readonly<Record<FamilySupportFlag, number>> = {
  "single-parent": 0.06,
  "grandparent-carers": 0.12,
  "parents-working-away": 0.03,
  migrant: 0.05,
  "cross-border": 0.01,
  "blended-family": 0.03,
  "disability-in-family": 0.02,
  "serious-illness-in-family": 0.02,
  "recently-bereaved": 0.005,
  "low-income": 0.02,
};

/**
 * Staff per 120 000 students (a Xuhui-sized district), scaled linearly with the number of students (at least 1).
 * Coaches and science experts are the Xuhui plan's targets (`coaches-in-schools` ≥ 50, `science-experts` 100);
 * one school doctor per school follows `one-school-one-doctor`; the other pools are synthetic assumptions.
 */
export const STAFF_PER_120K = {
  coach: 50,
  "science-expert": 100,
  "mental-health-expert": 20,
  "family-education-expert": 20,
  "safety-lecturer": 10,
} as const;

/** Demands (out-of-school activity requests) each school makes in the term. Synthetic assumption. */
export const DEMANDS_PER_SCHOOL = 3;
