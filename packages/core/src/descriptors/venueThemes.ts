import type { Descriptor } from "./Descriptor.js";
import type { VenueTheme } from "./VenueTheme.js";

const NS = "uri://jiaolianti.org/VenueThemeDescriptor";

/**
 * Codes of the themes of out-of-school practice, from the eight actions of the Xuhui plan (思政、科教、文教、体教、医教、警校 …) and the
 * "六个百年" scenes (建筑、电影、音乐、气象、工业 + 思政).
 */
export const VENUE_THEME_CODES = [
  "red-culture",
  "ideological-political",
  "science-technology",
  "arts-culture",
  "music",
  "film",
  "architecture",
  "industry",
  "meteorology",
  "sports",
  "nature-botany",
  "health-medical",
  "labour-craft",
  "safety-law",
] as const;

const t = (codeValue: VenueTheme, labelZh: string, labelEn: string): Descriptor<VenueTheme> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The theme code list with zh-CN and en labels, keyed by code.
 *
 * @example
 * ```ts
 * import { venueThemes } from "@jiaolianti/core";
 * venueThemes["science-technology"].labelZh; // "科技创新"
 * ```
 */
export const venueThemes: Readonly<Record<VenueTheme, Descriptor<VenueTheme>>> = {
  "red-culture": t("red-culture", "红色文化", "Red culture"),
  "ideological-political": t("ideological-political", "思政教育", "Civic and moral education"),
  "science-technology": t("science-technology", "科技创新", "Science and technology"),
  "arts-culture": t("arts-culture", "文化艺术", "Arts and culture"),
  music: t("music", "音乐", "Music"),
  film: t("film", "电影", "Film"),
  architecture: t("architecture", "建筑", "Architecture"),
  industry: t("industry", "工业", "Industry"),
  meteorology: t("meteorology", "气象", "Meteorology"),
  sports: t("sports", "体育", "Sports"),
  "nature-botany": t("nature-botany", "自然生态", "Nature and botany"),
  "health-medical": t("health-medical", "健康医学", "Health and medicine"),
  "labour-craft": t("labour-craft", "劳动工匠", "Labour and craft"),
  "safety-law": t("safety-law", "安全法治", "Safety and law"),
};
