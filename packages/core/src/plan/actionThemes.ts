import { z } from "zod";
import type { Descriptor } from "../descriptors/Descriptor.js";

const NS = "uri://jiaolianti.org/ActionThemeDescriptor";

/** The eight collaboration themes ("八大协同工程") of the Xuhui plan, in the order of its eight actions. */
export const ACTION_THEME_CODES = [
  "civic-moral",
  "medical-education",
  "home-school",
  "society-education",
  "science-education",
  "culture-education",
  "sports-education",
  "police-school",
] as const;

/** An action theme code, e.g. `"medical-education"` (医教互促). */
export const ActionTheme = z.enum(ACTION_THEME_CODES);
/** An action theme code. */
export type ActionTheme = z.infer<typeof ActionTheme>;

const t = (codeValue: ActionTheme, labelZh: string, labelEn: string): Descriptor<ActionTheme> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The action-theme code list with the plan's zh-CN names and English names, keyed by code.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(二) (“八大协同工程”) and 三(一)–(八).
 *
 * @example
 * ```ts
 * import { actionThemes } from "@jiaolianti/core";
 * actionThemes["police-school"].labelZh; // "警校同步"
 * ```
 */
export const actionThemes: Readonly<Record<ActionTheme, Descriptor<ActionTheme>>> = {
  "civic-moral": t("civic-moral", "思政育人", "Civic and moral education"),
  "medical-education": t("medical-education", "医教互促", "Health services and schools reinforcing each other"),
  "home-school": t("home-school", "家校互动", "Home–school interaction"),
  "society-education": t("society-education", "社教同频", "Society and schools in step"),
  "science-education": t("science-education", "科教互联", "Science and education connected"),
  "culture-education": t("culture-education", "文教互通", "Culture and education interlinked"),
  "sports-education": t("sports-education", "体教互融", "Sport and education integrated"),
  "police-school": t("police-school", "警校同步", "Police and schools in sync"),
};
