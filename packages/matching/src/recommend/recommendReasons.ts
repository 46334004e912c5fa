import { type EducationDimension, educationDimensions, type VenueTheme, venueThemes } from "@jiaolianti/core";

/** Why a course is recommended: one line each, zh-CN and en, with the value behind it. */
export interface RecommendationReason {
  readonly code:
    | "plan-theme"
    | "plan-dimension"
    | "bundle-theme"
    | "bundle-dimension"
    | "grade-fits"
    | "minutes-away"
    | "at-school"
    | "free-opening"
    | "public-benefit-opening"
    | "free-for-school-groups"
    | "capacity-left";
  readonly labelZh: string;
  readonly labelEn: string;
  /** The themes or dimensions matched, the grade, the minutes or the places left. */
  readonly value: string | number | ReadonlyArray<string>;
}

/** Why a course was left out (counted per code in the result). */
export const RECOMMEND_EXCLUSION_CODES = [
  "inactive",
  "grade",
  "no-match",
  "venue-not-bookable",
  "venue-closed",
  "full",
  "out-of-circle",
] as const;
/** A reason a course was left out. */
export type RecommendExclusionCode = (typeof RECOMMEND_EXCLUSION_CODES)[number];

const themesZh = (t: ReadonlyArray<VenueTheme>) => t.map((x) => venueThemes[x].labelZh).join("、");
const themesEn = (t: ReadonlyArray<VenueTheme>) => t.map((x) => venueThemes[x].labelEn).join(", ");
const dimsZh = (d: ReadonlyArray<EducationDimension>) => d.map((x) => educationDimensions[x].labelZh).join("、");
const dimsEn = (d: ReadonlyArray<EducationDimension>) => d.map((x) => educationDimensions[x].labelEn).join(", ");

/** Builders of each reason's labels (internal; wording is neutral: a plan "theme", never a problem or a risk). */
export const reason = {
  planTheme: (t: ReadonlyArray<VenueTheme>): RecommendationReason => ({
    code: "plan-theme",
    labelZh: `符合成长计划的主题:${themesZh(t)}`,
    labelEn: `matches the growth plan's themes: ${themesEn(t)}`,
    value: t,
  }),
  planDimension: (d: ReadonlyArray<EducationDimension>): RecommendationReason => ({
    code: "plan-dimension",
    labelZh: `符合成长计划的五育方向:${dimsZh(d)}`,
    labelEn: `serves the growth plan's dimensions: ${dimsEn(d)}`,
    value: d,
  }),
  bundleTheme: (t: ReadonlyArray<VenueTheme>): RecommendationReason => ({
    code: "bundle-theme",
    labelZh: `属于家庭课程包的主题:${themesZh(t)}`,
    labelEn: `in the family course bundle: ${themesEn(t)}`,
    value: t,
  }),
  bundleDimension: (d: ReadonlyArray<EducationDimension>): RecommendationReason => ({
    code: "bundle-dimension",
    labelZh: `属于家庭课程包的五育方向:${dimsZh(d)}`,
    labelEn: `in the family course bundle's dimensions: ${dimsEn(d)}`,
    value: d,
  }),
  gradeFits: (grade: number): RecommendationReason => ({
    code: "grade-fits",
    labelZh: `适合 ${grade} 年级`,
    labelEn: `suits grade ${grade}`,
    value: grade,
  }),
  minutesAway: (minutes: number, mode: "walk" | "bike"): RecommendationReason => {
    const m = Math.max(1, Math.round(minutes));
    return {
      code: "minutes-away",
      labelZh: `${mode === "walk" ? "步行" : "骑行"}约 ${m} 分钟`,
      labelEn: `about ${m} min by ${mode === "walk" ? "foot" : "bike"}`,
      value: minutes,
    };
  },
  atSchool: (): RecommendationReason => ({
    code: "at-school",
    labelZh: "在校内开展",
    labelEn: "held at school",
    value: 0,
  }),
  free: (): RecommendationReason => ({
    code: "free-opening",
    labelZh: "免费开放",
    labelEn: "free opening",
    value: "free",
  }),
  publicBenefit: (): RecommendationReason => ({
    code: "public-benefit-opening",
    labelZh: "公益开放",
    labelEn: "public-benefit opening",
    value: "public-benefit",
  }),
  freeForGroups: (): RecommendationReason => ({
    code: "free-for-school-groups",
    labelZh: "学校团体免费",
    labelEn: "free for school groups",
    value: "free-for-school-groups",
  }),
  capacityLeft: (left: number): RecommendationReason => ({
    code: "capacity-left",
    labelZh: `余 ${left} 个名额`,
    labelEn: `${left} ${left === 1 ? "place" : "places"} left`,
    value: left,
  }),
};
