import type { EducationDimension } from "../descriptors/educationDimensions.js";
import type { VenueTheme } from "../descriptors/VenueTheme.js";

/**
 * The 五育 dimensions a practice theme serves, as the sample district labels its courses and demands (our mapping,
 * not a published table): 红色文化/思政 → 德育; 科技/气象 → 智育; 文艺/音乐/电影 → 美育; 体育 → 体育; 劳动工匠 → 劳动教育;
 * themes that join two (建筑, 工业, 自然, 健康, 安全法治) list both.
 */
export const THEME_DIMENSIONS: Readonly<Record<VenueTheme, ReadonlyArray<EducationDimension>>> = {
  "red-culture": ["moral"],
  "ideological-political": ["moral"],
  "science-technology": ["intellectual"],
  "arts-culture": ["aesthetic"],
  music: ["aesthetic"],
  film: ["aesthetic"],
  architecture: ["aesthetic", "intellectual"],
  industry: ["intellectual", "labour"],
  meteorology: ["intellectual"],
  sports: ["physical"],
  "nature-botany": ["intellectual", "labour"],
  "health-medical": ["physical", "intellectual"],
  "labour-craft": ["labour"],
  "safety-law": ["moral", "intellectual"],
};
