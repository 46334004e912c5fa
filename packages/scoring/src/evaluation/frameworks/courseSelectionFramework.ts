import type { IndicatorFrameworkInput } from "../IndicatorFramework.js";
import { rating, shippedFramework, UNITS } from "./indicatorKit.js";

/**
 * Course selection for the district's quality science-course platform (优质科学课程资源平台), which collects and selects
 * 100 popular-science and science-innovation courses a year: score the submitted courses with this framework, then
 * take the best 100 above a pass mark with {@link selectTop}. Alternatives are submitted courses (`Course` records).
 *
 * Dimensions: 教育价值 (curriculum fit with 五育/core competencies, scientific rigour, inquiry design — expert panel
 * ratings 1–5), 安全与适切 (safety, age fit — ratings 1–5), 反馈与成本 (student rating 1–5 from pilots; cost per
 * student-hour, a cost with goalposts 0–100 yuan). The plan sets the quota (100 a year) only: indicators, AHP judgments
 * (educational value 2× safety-and-fit, 3× feedback-and-cost) and goalposts are ours.
 *
 * Source: 徐汇区“教联体”行动方案 三(五)3 每年征集、遴选100门科普、科创特色课程 (target `science-courses-per-year`); 二(三)
 * 五育融合实践育人精品课程.
 *
 * @example
 * ```ts
 * import { courseSelectionFramework, evaluate } from "@jiaolianti/scoring";
 * const r = evaluate(courseSelectionFramework, { alternatives: [{ id: "course-astronomy-101", values: {
 *   "curriculum-fit": 5, "science-rigour": 4, "inquiry-design": 4, safety: 5, "age-fit": 4, "student-rating": 4.5,
 *   "cost-per-student-hour": 25 } }] });
 * if (r.ok) console.log(r.value.alternatives[0]?.total);
 * ```
 */
export const courseSelectionFramework: IndicatorFrameworkInput = shippedFramework({
  id: "xuhui-science-course-selection",
  version: "2025.1",
  nameZh: "科普、科创特色课程遴选",
  nameEn: "Science course selection",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 三(五)3 建立区“优质科学课程资源平台”,每年征集、遴选100门科普、科创特色课程.",
  defaultsNote:
    "Ours: the indicators, AHP judgments (educational value 2× safety and fit, 3× feedback and cost), equal weights within dimensions, goalposts 1–5 for ratings and 0–100 yuan per student-hour, minCoverage 0.5. The plan gives the quota of 100 a year.",
  minCoverage: 0.5,
  dimensionWeights: {
    kind: "ahp",
    pairwise: [
      [1, 2, 3],
      [1 / 2, 1, 2],
      [1 / 3, 1 / 2, 1],
    ],
  },
  dimensions: [
    {
      id: "educational-value",
      nameZh: "教育价值",
      nameEn: "Educational value",
      weights: { kind: "equal" },
      indicators: [
        rating("curriculum-fit", "课程目标与五育、核心素养契合度", "Fit with 五育 and core competencies"),
        rating("science-rigour", "科学性", "Scientific rigour"),
        rating("inquiry-design", "探究与实践设计", "Inquiry and hands-on design"),
      ],
    },
    {
      id: "safety-fit",
      nameZh: "安全与适切",
      nameEn: "Safety and fit",
      weights: { kind: "equal" },
      indicators: [rating("safety", "安全保障", "Safety"), rating("age-fit", "学段适切性", "Age appropriateness")],
    },
    {
      id: "feedback-cost",
      nameZh: "反馈与成本",
      nameEn: "Feedback and cost",
      weights: { kind: "equal" },
      indicators: [
        rating("student-rating", "试点学生评价", "Pilot students' rating"),
        {
          id: "cost-per-student-hour",
          nameZh: "生均课时成本",
          nameEn: "Cost per student-hour",
          direction: "cost",
          unit: UNITS.yuanPerStudentHour,
          normalization: { method: "goalposts", low: 0, high: 100 },
        },
      ],
    },
  ],
});
