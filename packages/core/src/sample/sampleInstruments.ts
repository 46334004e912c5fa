import type { AssessmentInformant } from "../descriptors/assessmentInformants.js";
import { SDQ_ITEM_IDS } from "../descriptors/sdqItemIds.js";

/** What the sample district records for one instrument: ids, version, informant, items and who is assessed. */
export interface SampleInstrument {
  /** `instrumentId` of the generated `Assessment` records. */
  readonly id: string;
  readonly version: string;
  readonly informant: AssessmentInformant;
  /** Item ids in questionnaire order (the `itemId` of each answer). */
  readonly itemIds: ReadonlyArray<string>;
  /** Lowest and highest answer value of an item (fitness: see the item list). */
  readonly range: readonly [number, number];
  /** Grades (1–12) whose students are assessed. */
  readonly grades: readonly [number, number];
  /** The published instrument. */
  readonly source: string;
}

const numbered = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

export { SDQ_ITEM_IDS } from "../descriptors/sdqItemIds.js";

/**
 * Fitness items of 国家学生体质健康标准 (2014 revision) as recorded in the sample: height and weight as measured
 * (cm, kg, one decimal; BMI is computed from them by `@jiaolianti/scoring`) and single-item scores 0–100 for the items
 * of the student's grade and sex (the long per-grade raw-performance tables are not encoded yet, see REFERENCE.md §1).
 */
export const FITNESS_ITEM_IDS = [
  "height-cm",
  "weight-kg",
  "vital-capacity-score",
  "sprint-50m-score",
  "sit-and-reach-score",
  "rope-skipping-1min-score",
  "sit-ups-1min-score",
  "shuttle-run-50mx8-score",
  "standing-long-jump-score",
  "pull-ups-score",
  "run-1000m-score",
  "run-800m-score",
] as const;

/**
 * The instruments the sample district administers, keyed by short name. Instrument ids, versions and item ids are those
 * of `@jiaolianti/scoring`'s instrument catalog (`phq-9`, `gad-7`, `sdq`, `mssmhs`, `psdq`, `family-apgar`, all
 * version 1.0), so its engine scores the sample's answers directly; the SDQ informant is the assessment's `informant`.
 * Item ids follow REFERENCE.md §1 (SDQ and Family APGAR by item name; PHQ-9, GAD-7, MSSMHS and PSDQ numbered
 * `phq-1` …). Who is assessed: PHQ-9, GAD-7 and the SDQ self-report from grade 5 (age ≥ 10–11; the SDQ self-report is
 * normed for 11–17), MSSMHS in secondary school (grades 6–12 in Shanghai's 5+4+3 system), PSDQ and Family APGAR by a
 * parent for every student, fitness for every student. Fitness (`fitness-2014`) is not in the scoring catalog yet.
 *
 * @example
 * ```ts
 * import { SAMPLE_INSTRUMENTS } from "@jiaolianti/core/sample";
 * SAMPLE_INSTRUMENTS.phq9.itemIds.length; // 9
 * ```
 */
export const SAMPLE_INSTRUMENTS = {
  phq9: {
    id: "phq-9",
    version: "1.0",
    informant: "self",
    itemIds: numbered("phq", 9),
    range: [0, 3],
    grades: [5, 12],
    source: "PHQ-9 (Kroenke, Spitzer & Williams 2001; adolescent use per Johnson et al. 2002); free to use",
  },
  gad7: {
    id: "gad-7",
    version: "1.0",
    informant: "self",
    itemIds: numbered("gad", 7),
    range: [0, 3],
    grades: [5, 12],
    source: "GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006); free to use",
  },
  sdqSelf: {
    id: "sdq",
    version: "1.0",
    informant: "self",
    itemIds: SDQ_ITEM_IDS,
    range: [0, 2],
    grades: [5, 12],
    source: "SDQ self-report 11–17 (Goodman 1997, © Youth in Mind): answers only, no item text",
  },
  mssmhs: {
    id: "mssmhs",
    version: "1.0",
    informant: "self",
    itemIds: numbered("mssmhs", 60),
    range: [1, 5],
    grades: [6, 12],
    source: "中国中学生心理健康量表 MSSMHS (王极盛 1997), 60 items × 1–5",
  },
  psdq: {
    id: "psdq",
    version: "1.0",
    informant: "parent",
    itemIds: numbered("psdq", 32),
    range: [1, 5],
    grades: [1, 12],
    source: "PSDQ short form (Robinson, Mandleco, Olsen & Hart 2001), 32 items × 1–5",
  },
  familyApgar: {
    id: "family-apgar",
    version: "1.0",
    informant: "parent",
    itemIds: ["adaptation", "partnership", "growth", "affection", "resolve"],
    range: [0, 2],
    grades: [1, 12],
    source: "Family APGAR (Smilkstein 1978), 5 items × 0–2",
  },
  fitness: {
    id: "fitness-2014",
    version: "2014",
    informant: "teacher",
    itemIds: FITNESS_ITEM_IDS,
    range: [0, 250],
    grades: [1, 12],
    source: "国家学生体质健康标准 (2014年修订), 教体艺〔2014〕5号: measured height/weight and single-item scores",
  },
} as const satisfies Record<string, SampleInstrument>;

/** The short name of a sample instrument, e.g. `"phq9"`. */
export type SampleInstrumentKey = keyof typeof SAMPLE_INSTRUMENTS;
