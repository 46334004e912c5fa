import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/EducationDimensionDescriptor";

/** The five dimensions of all-round education (五育: 德智体美劳). */
export const EDUCATION_DIMENSION_CODES = ["moral", "intellectual", "physical", "aesthetic", "labour"] as const;

/** A 五育 dimension code, e.g. `"aesthetic"` (美育). */
export const EducationDimension = z.enum(EDUCATION_DIMENSION_CODES);
/** A 五育 dimension code. */
export type EducationDimension = z.infer<typeof EducationDimension>;

const d = (codeValue: EducationDimension, labelZh: string, labelEn: string): Descriptor<EducationDimension> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The 五育 code list (德育、智育、体育、美育、劳动教育) with zh-CN and en labels, keyed by code. Courses and projects
 * name the dimensions they serve; the plan's "五育融合" courses name several.
 *
 * Source: 《中华人民共和国教育法》第五条 (德智体美劳全面发展); 徐汇区“教联体”行动方案(2025—2027)二(三).
 *
 * @example
 * ```ts
 * import { educationDimensions } from "@jiaolianti/core";
 * educationDimensions.labour.labelZh; // "劳动教育"
 * ```
 */
export const educationDimensions: Readonly<Record<EducationDimension, Descriptor<EducationDimension>>> = {
  moral: d("moral", "德育", "Moral education"),
  intellectual: d("intellectual", "智育", "Intellectual education"),
  physical: d("physical", "体育", "Physical education"),
  aesthetic: d("aesthetic", "美育", "Aesthetic education"),
  labour: d("labour", "劳动教育", "Labour education"),
};
