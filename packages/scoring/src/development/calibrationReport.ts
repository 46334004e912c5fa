import {
  parseWith,
  type Result,
  type SuppressionResult,
  type SuppressionRule,
  suppressSmallCells,
  type ValidationError,
  validationError,
} from "@jiaolianti/core";
import { z } from "zod";
import { TIER_UNDETERMINED } from "./tierCodes.js";

const Range = z
  .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
  .refine(([lo, hi]) => lo <= hi, "expected [low, high] with low ≤ high");

/**
 * The MTSS shares a calibrated rule set should produce: Tier 1 universal ≈ 80–90 %, Tier 2 targeted ≈ 10–15 %,
 * Tier 3 intensive ≈ 1–5 % (REFERENCE.md §3). Red and orange count as Tier 3, yellow as Tier 2, green as Tier 1.
 */
export const MTSS_EXPECTATIONS = Object.freeze({
  tier1: [0.8, 0.9] as const,
  tier2: [0.1, 0.15] as const,
  tier3: [0.01, 0.05] as const,
});

const CalibrationOptions = z.strictObject({
  /** Small-cell threshold of `suppressSmallCells`: non-zero counts below `k` are hidden. @default 10 */
  k: z.int().min(1).max(1_000_000).default(10),
  /** Expected share ranges per MTSS tier. @default MTSS_EXPECTATIONS */
  expectations: z
    .strictObject({ tier1: Range, tier2: Range, tier3: Range })
    .default({ tier1: [0.8, 0.9], tier2: [0.1, 0.15], tier3: [0.01, 0.05] }),
  /** Two-sided confidence of the Wilson interval used to decide "far outside". @default 0.95 */
  confidence: z.union([z.literal(0.9), z.literal(0.95), z.literal(0.99)]).default(0.95),
});
/** Options of {@link calibrationReport}. */
export type CalibrationOptions = z.input<typeof CalibrationOptions>;

/** Standard normal quantiles of the two-sided confidence levels offered. */
const Z: Readonly<Record<0.9 | 0.95 | 0.99, number>> = {
  0.9: 1.6448536269514722,
  0.95: 1.959963984540054,
  0.99: 2.5758293035489004,
};

/**
 * The students to calibrate against, as columns indexed by student: tier codes as {@link tierBatch} returns them (0
 * green … 3 red, 255 undetermined), the school id and the grade of each student.
 */
export interface CalibrationInput {
  readonly tiers: ArrayLike<number>;
  readonly schoolIds: ReadonlyArray<string>;
  readonly grades: ArrayLike<number>;
}

/** A share far outside its expected range: the whole confidence interval lies above or below it. */
export interface CalibrationFlag {
  readonly mtssTier: 1 | 2 | 3;
  readonly share: number;
  readonly expected: readonly [number, number];
  readonly interval: readonly [number, number];
  readonly direction: "above" | "below";
  readonly message: { readonly en: string; readonly zh: string };
}

/** One group (the district, a school, a grade) after small-cell suppression; hidden counts and shares are `null`. */
export interface CalibrationGroup {
  readonly group: string;
  readonly students: number | null;
  readonly undetermined: number | null;
  /** Students per MTSS tier (`null` = hidden by suppression). */
  readonly counts: { readonly tier1: number | null; readonly tier2: number | null; readonly tier3: number | null };
  /** Shares of the students with a tier (`null` when the count or the denominator is hidden). */
  readonly shares: { readonly tier1: number | null; readonly tier2: number | null; readonly tier3: number | null };
  readonly flags: ReadonlyArray<CalibrationFlag>;
}

/** Tier shares against MTSS expectations for the district, by school and by grade, ready to publish. */
export interface CalibrationReport {
  readonly district: CalibrationGroup;
  readonly bySchool: ReadonlyArray<CalibrationGroup>;
  readonly byGrade: ReadonlyArray<CalibrationGroup>;
  readonly expectations: Readonly<Record<"tier1" | "tier2" | "tier3", readonly [number, number]>>;
  readonly confidence: number;
  /** The suppression rule applied to each table (k and its defaults), so the report says how it was protected. */
  readonly suppression: SuppressionRule;
  /** Groups with at least one flag, e.g. `"school xh-school-003: Tier 3 share 9.1% above 1–5%"`. */
  readonly summary: ReadonlyArray<string>;
}

const wilson = (x: number, n: number, z: number): [number, number] => {
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
};

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

const groupOf = (
  group: string,
  cells: ReadonlyArray<number | null>,
  total: number | null,
  expectations: CalibrationReport["expectations"],
  z: number,
): CalibrationGroup => {
  // Columns: tier 3, tier 2, tier 1, undetermined.
  const [t3, t2, t1, und] = cells as [number | null, number | null, number | null, number | null];
  const determined = total !== null && und !== null ? total - und : null;
  const share = (x: number | null) => (x === null || determined === null || determined === 0 ? null : x / determined);
  const flags: CalibrationFlag[] = [];
  for (const [mtssTier, count] of [
    [1, t1],
    [2, t2],
    [3, t3],
  ] as const) {
    const s = share(count);
    if (s === null || count === null || determined === null) continue;
    const expected = expectations[`tier${mtssTier}`];
    const interval = wilson(count, determined, z);
    const direction = interval[0] > expected[1] ? "above" : interval[1] < expected[0] ? "below" : null;
    if (direction)
      flags.push({
        mtssTier,
        share: s,
        expected,
        interval,
        direction,
        message: {
          en: `${group}: Tier ${mtssTier} share ${pct(s)} ${direction} the expected ${pct(expected[0])}–${pct(expected[1])} (interval ${pct(interval[0])}–${pct(interval[1])}): check the rules' calibration`,
          zh: `${group}:第 ${mtssTier} 层占比 ${pct(s)},${direction === "above" ? "高于" : "低于"}预期 ${pct(expected[0])}–${pct(expected[1])}(置信区间 ${pct(interval[0])}–${pct(interval[1])}),请检查规则校准`,
        },
      });
  }
  return {
    group,
    students: total,
    undetermined: und,
    counts: { tier1: t1, tier2: t2, tier3: t3 },
    shares: { tier1: share(t1), tier2: share(t2), tier3: share(t3) },
    flags,
  };
};

const table = (keys: ReadonlyArray<string>, rowOf: (i: number) => string, tiers: ArrayLike<number>): number[][] => {
  const index = new Map(keys.map((k, i) => [k, i]));
  const counts = keys.map(() => [0, 0, 0, 0]);
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as number;
    const col = t === TIER_UNDETERMINED ? 3 : t >= 2 ? 0 : t === 1 ? 1 : 2;
    const row = counts[index.get(rowOf(i)) as number] as number[];
    row[col] = (row[col] as number) + 1;
  }
  return counts;
};

/**
 * Calibration of a rule set over a population: the shares of MTSS tiers (red + orange → Tier 3, yellow → Tier 2,
 * green → Tier 1, among students with a tier) for the district, each school and each grade, against the MTSS
 * expectations (Tier 1 ≈ 80–90 %, Tier 2 ≈ 10–15 %, Tier 3 ≈ 1–5 %). A group is flagged "far outside" when the whole
 * Wilson confidence interval of its share lies above or below the expected range — so small groups are not flagged for
 * chance deviations. Counts go through small-cell suppression (`suppressSmallCells` of `@jiaolianti/core`, threshold
 * `k`, complementary suppression) before anything is reported; hidden counts give no share and no flag. A population
 * far outside the expectations means the thresholds are miscalibrated, not that the children are.
 *
 * Returns a {@link ValidationError} for columns of different lengths, a tier code other than 0–3 or 255, an empty
 * population, or bad options.
 *
 * Source: MTSS tier shares and miscalibration (REFERENCE.md §3); small-cell suppression (REFERENCE.md §5); Wilson EB
 * (1927), J Am Stat Assoc 22:209–212 (score interval).
 *
 * @example
 * ```ts
 * import { calibrationReport } from "@jiaolianti/scoring";
 * const tiers = Uint8Array.from({ length: 400 }, (_, i) => (i % 20 === 0 ? 2 : i % 8 === 0 ? 1 : 0));
 * const r = calibrationReport({
 *   tiers,
 *   schoolIds: Array.from({ length: 400 }, (_, i) => (i < 200 ? "school-a" : "school-b")),
 *   grades: Array.from({ length: 400 }, (_, i) => 7 + (i % 3)),
 * });
 * if (r.ok) console.log(r.value.district.shares, r.value.summary);
 * ```
 */
export const calibrationReport = (
  input: CalibrationInput,
  options: CalibrationOptions = {},
): Result<CalibrationReport, ValidationError> => {
  const o = parseWith(CalibrationOptions, options ?? {}, "calibrationReport options");
  if (!o.ok) return o;
  const { k, expectations, confidence } = o.value;
  const fail = (path: PropertyKey[], message: string) => ({
    ok: false as const,
    error: validationError("calibrationReport input", [{ path, message }]),
  });
  if (input === null || typeof input !== "object") return fail([], "expected { tiers, schoolIds, grades }");
  const { tiers, schoolIds, grades } = input;
  if (!tiers || typeof tiers.length !== "number") return fail(["tiers"], "expected an array of tier codes");
  const n = tiers.length;
  if (n === 0) return fail(["tiers"], "no students");
  if (!Array.isArray(schoolIds) || schoolIds.length !== n) return fail(["schoolIds"], `expected ${n} school ids`);
  if (!grades || grades.length !== n) return fail(["grades"], `expected ${n} grades`);
  for (let i = 0; i < n; i++) {
    const t = tiers[i];
    if (t !== TIER_UNDETERMINED && !(t === 0 || t === 1 || t === 2 || t === 3))
      return fail(["tiers", i], `tier code ${String(t)}: expected 0–3 or ${TIER_UNDETERMINED} (undetermined)`);
    if (typeof schoolIds[i] !== "string" || schoolIds[i] === "") return fail(["schoolIds", i], "expected a school id");
    const g = grades[i];
    if (typeof g !== "number" || !Number.isInteger(g) || g < 1 || g > 12)
      return fail(["grades", i], "expected a grade 1–12");
  }
  const z = Z[confidence];
  const schools = [...new Set(schoolIds)].sort();
  const gradeKeys = [...new Set(Array.from(grades, String))].sort((a, b) => Number(a) - Number(b));
  const bySchoolTable = table(schools, (i) => schoolIds[i] as string, tiers);
  const byGradeTable = table(gradeKeys, (i) => String(grades[i]), tiers);
  const rule = { k };
  const s = suppressSmallCells(bySchoolTable, rule);
  if (!s.ok) return s;
  const g = suppressSmallCells(byGradeTable, rule);
  if (!g.ok) return g;
  const rows = (res: SuppressionResult, label: (i: number) => string) =>
    res.cells.map((cells, i) => groupOf(label(i), cells, res.rowTotals[i] ?? null, expectations, z));
  const bySchool = rows(s.value, (i) => `school ${schools[i]}`);
  const byGrade = rows(g.value, (i) => `grade ${gradeKeys[i]}`);
  const district = groupOf("district", s.value.colTotals, s.value.grandTotal, expectations, z);
  const summary = [district, ...bySchool, ...byGrade].flatMap((x) => x.flags.map((f) => f.message.en));
  return {
    ok: true,
    value: {
      district,
      bySchool,
      byGrade,
      expectations,
      confidence,
      suppression: s.value.rule,
      summary,
    },
  };
};
