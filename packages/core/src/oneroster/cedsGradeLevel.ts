import type { Grade } from "../descriptors/Grade.js";

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"] as const;

/**
 * The CEDS "Entry Grade Level" code of a grade 1–12 — `"01"` … `"12"` — the vocabulary OneRoster uses for every
 * `grades` field (the full option set also has `IT`, `PR`, `PK`, `TK`, `KG`, `13`, `PS`, `UG`, `Other`, which the
 * model's grades 1–12 never need).
 *
 * Source: 1EdTech OneRoster® CSV Tables 1.1.1 §3 (`grades`: "The permitted vocabulary should be from CEDS (Version 5):
 * 'Entry Grade Level'"); Common Education Data Standards, Entry Grade Level option set.
 *
 * @example
 * ```ts
 * import { cedsGradeLevel } from "@jiaolianti/core";
 * cedsGradeLevel(4); // "04"
 * cedsGradeLevel(12); // "12"
 * ```
 */
export const cedsGradeLevel = (grade: Grade): string => String(grade).padStart(2, "0");

/**
 * A grade's name for a class or course title: `四年级` / `Grade 4` (the forms the registry's grade cells accept).
 *
 * @example
 * ```ts
 * import { gradeTitle } from "@jiaolianti/core";
 * gradeTitle(11, "zh"); // "十一年级"
 * gradeTitle(11, "en"); // "Grade 11"
 * ```
 */
export const gradeTitle = (grade: Grade, language: "zh" | "en"): string =>
  language === "en" ? `Grade ${grade}` : `${ZH_NUMERALS[grade - 1] ?? String(grade)}年级`;
