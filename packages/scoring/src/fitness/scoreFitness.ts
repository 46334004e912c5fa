import {
  type FitnessGroup,
  type FitnessWeightStandard,
  fitnessWeights2014,
  Grade,
  parseWith,
  type Result,
  Sex,
  type ValidationError,
} from "@jiaolianti/core";
import { z } from "zod";
import { type FitnessError, fitnessFail } from "./FitnessError.js";
import { type FitnessGrade, fitnessGrade } from "./fitnessGrade.js";
import { FitnessItem, fitnessItems } from "./fitnessItems.js";
import { roundHalfUp } from "./roundHalfUp.js";

/**
 * Input of {@link scoreFitness}: sex, the school grade (1–12) *or* the university year (1–4), the single-item scores
 * (单项得分, 0–100, read from the standard's item tables — e.g. `scoreBmi(…).value.score` for BMI) and, optionally,
 * bonus points (附加分) of the group's bonus items.
 */
export const FitnessInput = z
  .strictObject({
    sex: Sex,
    /** School grade 1–12 (一年级 … 高三). Give this or `universityYear`. */
    grade: Grade.optional(),
    /** University year 1–4 (大一 … 大四). Give this or `grade`. */
    universityYear: z.int().min(1).max(4).optional(),
    /** Single-item scores 0–100 by item code; exactly the items of the student's group and sex. */
    items: z.partialRecord(FitnessItem, z.number().min(0).max(100)),
    /** Bonus points by bonus item (primary: `rope-skipping` ≤ 20; older: ≤ 10 each). @default {} */
    bonus: z.partialRecord(FitnessItem, z.number().min(0).max(20)).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.grade === undefined) === (v.universityYear === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["grade"],
        message: "Give exactly one of grade (1–12) or universityYear (1–4)",
      });
  });
/** Input of {@link scoreFitness}. */
export type FitnessInput = z.input<typeof FitnessInput>;

/** One weighted item of a fitness score. */
export interface FitnessItemScore {
  readonly item: FitnessItem;
  readonly label: { readonly zh: string; readonly en: string };
  /** Single-item score 0–100, as given. */
  readonly score: number;
  /** Weight in percent. */
  readonly weight: number;
  /** `score × weight / 100`, unrounded. */
  readonly weighted: number;
}

/** A fitness score that explains itself: the group, each item with its weight, 标准分, 附加分, total and grade. */
export interface FitnessScore {
  readonly group: { readonly id: string; readonly label: { readonly zh: string; readonly en: string } };
  /** 标准分: Σ score × weight / 100, rounded half-up to 0.1 (0–100). */
  readonly standardScore: number;
  /** 附加分: the sum of the bonus points (0–20). */
  readonly bonus: number;
  readonly bonusItems: ReadonlyArray<{
    readonly item: FitnessItem;
    readonly points: number;
    readonly maxPoints: number;
  }>;
  /** 学年总分 = 标准分 + 附加分, rounded half-up to 0.1 (0–120). */
  readonly total: number;
  /** 优秀 / 良好 / 及格 / 不及格 of the total. */
  readonly grade: FitnessGrade;
  readonly items: ReadonlyArray<FitnessItemScore>;
  /** The weight table's id and version. */
  readonly standard: string;
}

const groupFor = (standard: FitnessWeightStandard, level: "school" | "university", year: number) =>
  standard.groups.find((g) => g.level === level && g.years[0] <= year && year <= g.years[1]);

const checkBonus = (
  group: FitnessGroup,
  sex: z.infer<typeof Sex>,
  items: Partial<Record<FitnessItem, number>>,
  bonus: Partial<Record<FitnessItem, number>>,
  maxBonus: number,
): Result<FitnessScore["bonusItems"], FitnessError> => {
  const out: { item: FitnessItem; points: number; maxPoints: number }[] = [];
  for (const [item, points] of Object.entries(bonus) as [FitnessItem, number][]) {
    const rule = group.bonus[sex].find((b) => b.item === item);
    if (!rule) {
      const allowed = group.bonus[sex].map((b) => b.item).join(", ");
      return fitnessFail(
        "bonus-not-in-group",
        ["bonus", item],
        `${item} is not a bonus item of ${group.id} (${sex}); bonus items: ${allowed}`,
        `${fitnessItems[item].zh}不是${group.label.zh}的加分指标`,
      );
    }
    if (points > rule.maxPoints)
      return fitnessFail(
        "bonus-over-limit",
        ["bonus", item],
        `${points} bonus points for ${item}, at most ${rule.maxPoints}`,
        `${fitnessItems[item].zh}加分 ${points},最多 ${rule.maxPoints} 分`,
      );
    if (points > 0 && (items[item] ?? 0) < 100)
      return fitnessFail(
        "bonus-without-full-score",
        ["bonus", item],
        `bonus points for ${item} need its score to be 100 (got ${items[item]})`,
        `${fitnessItems[item].zh}单项得分达到 100 分后才能加分`,
      );
    out.push({ item, points, maxPoints: rule.maxPoints });
  }
  const sum = out.reduce((s, b) => s + b.points, 0);
  if (sum > maxBonus)
    return fitnessFail(
      "bonus-over-limit",
      ["bonus"],
      `${sum} bonus points in total, at most ${maxBonus}`,
      `附加分合计 ${sum},最多 ${maxBonus} 分`,
    );
  return { ok: true, value: out };
};

/**
 * Scores one student's fitness test under 国家学生体质健康标准 (2014年修订), 教体艺〔2014〕5号: 标准分 = Σ 单项得分 ×
 * 权重 (weights of the student's group, see {@link fitnessWeights2014}), 附加分 = the bonus points of the group's
 * bonus items (only above an item's 100-point line; ≤ 20 in all), 学年总分 = 标准分 + 附加分, graded with
 * {@link fitnessGrade}. Single-item scores are accepted as input (0–100) until the standard's long per-grade item
 * tables are encoded (REFERENCE.md §1). Returns a `ValidationError` for malformed input (wrong grade, out-of-range
 * score, unknown item) and a {@link FitnessError} for a missing required item, an item or bonus outside the group.
 *
 * @param standard - the weight table. @default fitnessWeights2014
 * @example
 * ```ts
 * import { scoreFitness } from "@jiaolianti/scoring";
 * const r = scoreFitness({
 *   sex: "male", grade: 2,
 *   items: { bmi: 100, "vital-capacity": 80, "sprint-50m": 85, "sit-and-reach": 90, "rope-skipping": 100 },
 *   bonus: { "rope-skipping": 6 },
 * });
 * if (r.ok) console.log(r.value.standardScore, r.value.total, r.value.grade); // 91 97 "excellent"
 * ```
 */
export const scoreFitness = (
  input: FitnessInput,
  standard: FitnessWeightStandard = fitnessWeights2014,
): Result<FitnessScore, ValidationError | FitnessError> => {
  const parsed = parseWith(FitnessInput, input, "FitnessInput");
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const level = v.grade !== undefined ? "school" : "university";
  const year = v.grade ?? v.universityYear ?? 0;
  const group = groupFor(standard, level, year);
  if (!group)
    return fitnessFail(
      "no-group",
      [level === "school" ? "grade" : "universityYear"],
      `${standard.id} has no group for ${level} year ${year}`,
      `评分标准中没有${level === "school" ? `${year}年级` : `大学${year}年级`}的分组`,
    );
  const weighted = group.items[v.sex];
  const weightSum = weighted.reduce((s, x) => s + x.weight, 0);
  if (Math.abs(weightSum - 100) > 1e-9)
    return fitnessFail(
      "invalid-standard",
      ["standard", group.id, v.sex],
      `the weights of ${group.id} (${v.sex}) in ${standard.id} add up to ${weightSum}, not 100`,
      `评分标准 ${group.label.zh} 的权重合计为 ${weightSum},应为 100`,
    );
  for (const { item } of weighted)
    if (v.items[item] === undefined)
      return fitnessFail(
        "missing-item",
        ["items", item],
        `${group.id} (${v.sex}) requires ${item}`,
        `${group.label.zh}须测${fitnessItems[item].zh}`,
      );
  for (const item of Object.keys(v.items) as FitnessItem[])
    if (!weighted.some((x) => x.item === item))
      return fitnessFail(
        "item-not-in-group",
        ["items", item],
        `${item} is not an item of ${group.id} (${v.sex}); items: ${weighted.map((x) => x.item).join(", ")}`,
        `${fitnessItems[item].zh}不是${group.label.zh}的测试项目`,
      );
  const checked = checkBonus(group, v.sex, v.items, v.bonus ?? {}, standard.maxBonus);
  if (!checked.ok) return checked;
  const bonusItems = checked.value;
  const items = weighted.map(({ item, weight }): FitnessItemScore => {
    const score = v.items[item] ?? 0;
    return { item, label: fitnessItems[item], score, weight, weighted: (score * weight) / 100 };
  });
  const standardScore = roundHalfUp(
    items.reduce((s, x) => s + x.weighted, 0),
    1,
  );
  const bonus = roundHalfUp(
    bonusItems.reduce((s, b) => s + b.points, 0),
    1,
  );
  const total = roundHalfUp(standardScore + bonus, 1);
  const grade = fitnessGrade(total);
  if (!grade.ok) return grade;
  return {
    ok: true,
    value: {
      group: { id: group.id, label: group.label },
      standardScore,
      bonus,
      bonusItems,
      total,
      grade: grade.value,
      items,
      standard: `${standard.id}@${standard.version}`,
    },
  };
};
