import type { GeoPoint } from "../geo/GeoPoint.js";
import { randomPointIn } from "../geo/subdistricts/randomPointIn.js";
import { xuhuiBoundaries } from "../geo/subdistricts/xuhuiBoundaries.js";
import type { SchoolId } from "../model/common/ids.js";
import type { School } from "../model/organisation/School.js";
import { apportion } from "./apportion.js";
import type { Random } from "./random/Random.js";
import { SAMPLE_STAGES, SCHOOL_SIZE_RANGE, STAGE_SHARES } from "./sampleAssumptions.js";
import { SAMPLE_AS_OF } from "./sampleCalendar.js";
import { subdistrictId } from "./sampleSubdistricts.js";

/** The synthetic schools and their enrolment: `enrolment[s][g − 1]` students of grade g in school s. */
export interface SampleSchools {
  readonly schools: School[];
  readonly enrolment: ReadonlyArray<ReadonlyArray<number>>;
}

/** Students per grade 1–12 for a district of `total` students (stage shares spread evenly over the stage's grades). */
export const gradeCounts = (total: number): number[] =>
  apportion(
    total,
    SAMPLE_STAGES.flatMap(({ stage, grades }) => grades.map(() => STAGE_SHARES[stage] / grades.length)),
  );

/**
 * School sizes for a stage of `n` students: sizes drawn uniformly in {@link SCHOOL_SIZE_RANGE} while they fit; what is
 * left becomes one more school if it is at least the minimum size, else it is spread over the others (so a size can
 * exceed the maximum by at most a few hundred, and a stage smaller than the minimum is one small school).
 */
const schoolSizes = (n: number, rng: Random): number[] => {
  const [min, max] = SCHOOL_SIZE_RANGE;
  const sizes: number[] = [];
  let sum = 0;
  for (;;) {
    const w = rng.between(min, max);
    if (sum + w > n) break;
    sizes.push(w);
    sum += w;
  }
  if (n - sum >= min || sizes.length === 0) sizes.push(n - sum);
  return sizes;
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Synthetic schools for `total` students: per stage, schools with sizes drawn uniformly in {@link SCHOOL_SIZE_RANGE}
 * until the stage's students are used up, every grade's students shared out in proportion (exact totals), each school
 * placed at a uniformly random point inside a subdistrict's OpenStreetMap polygon, the subdistrict drawn in proportion
 * to its area (no per-subdistrict population or school counts are in the shipped data: area is the neutral proxy).
 */
export const sampleSchools = (total: number, rng: Random): SampleSchools => {
  const perGrade = gradeCounts(total);
  const subdistricts = xuhuiBoundaries.subdistricts.features.map((f) => f.properties);
  const areas = subdistricts.map((s) => s.areaKm2);
  const schools: School[] = [];
  const enrolment: number[][] = [];
  const plan = SAMPLE_STAGES.map((s) => {
    const counts = s.grades.map((g) => perGrade[g - 1] as number);
    const n = counts.reduce((sum, c) => sum + c, 0);
    return { ...s, counts, sizes: n === 0 ? [] : schoolSizes(n, rng) };
  });
  const idWidth = Math.max(3, String(plan.reduce((sum, p) => sum + p.sizes.length, 0)).length);
  for (const { stage, grades, zh, en, counts, sizes } of plan) {
    const k = sizes.length;
    const byGrade = counts.map((c) => apportion(c, sizes));
    const nameWidth = Math.max(2, String(k).length);
    for (let i = 0; i < k; i++) {
      const sd = subdistricts[rng.weighted(areas)] as (typeof subdistricts)[number];
      const number = pad(i + 1, nameWidth);
      const rows = Array.from({ length: 12 }, (_, g) => {
        const at = (grades as ReadonlyArray<number>).indexOf(g + 1);
        return at < 0 ? 0 : ((byGrade[at] as number[])[i] as number);
      });
      enrolment.push(rows);
      schools.push({
        id: `sample-school-${pad(schools.length + 1, idWidth)}` as SchoolId,
        status: "active",
        dateLastModified: SAMPLE_AS_OF,
        nameZh: `示例${zh} ${number} (合成)`,
        nameEn: `Sample ${en} School ${number} (synthetic)`,
        stage,
        ownership: "public",
        gradesOffered: [...grades],
        enrolment: grades.map((g) => ({ grade: g, students: rows[g - 1] as number })),
        location: randomPointIn(sd.nbsCode, rng.generator) as GeoPoint,
        subdistrictId: subdistrictId(sd.nbsCode),
        synthetic: true,
      });
    }
  }
  return { schools, enrolment };
};
