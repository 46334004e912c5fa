import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/GuardianRelationDescriptor";

/** How a contact is related to a student. */
export const GUARDIAN_RELATION_CODES = [
  "mother",
  "father",
  "stepmother",
  "stepfather",
  "paternal-grandmother",
  "paternal-grandfather",
  "maternal-grandmother",
  "maternal-grandfather",
  "aunt",
  "uncle",
  "adult-sibling",
  "foster-carer",
  "other-relative",
  "other-guardian",
] as const;

/** A relation code, e.g. `"maternal-grandmother"` (外婆). */
export const GuardianRelation = z.enum(GUARDIAN_RELATION_CODES);
/** A relation code. */
export type GuardianRelation = z.infer<typeof GuardianRelation>;

const g = (codeValue: GuardianRelation, labelZh: string, labelEn: string): Descriptor<GuardianRelation> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The relation code list with zh-CN and en labels, keyed by code. Grandparents are split by side because Chinese
 * families name them apart (爷爷奶奶 / 外公外婆) and grandparent care is common. Whether the contact is a legal
 * guardian or lives with the student is recorded on the association, not implied by the relation.
 *
 * Source: Ed-Fi `RelationDescriptor`; 《中华人民共和国民法典》第二十七条 (guardianship of minors).
 *
 * @example
 * ```ts
 * import { guardianRelations } from "@jiaolianti/core";
 * guardianRelations["maternal-grandmother"].labelZh; // "外祖母(外婆)"
 * ```
 */
export const guardianRelations: Readonly<Record<GuardianRelation, Descriptor<GuardianRelation>>> = {
  mother: g("mother", "母亲", "Mother"),
  father: g("father", "父亲", "Father"),
  stepmother: g("stepmother", "继母", "Stepmother"),
  stepfather: g("stepfather", "继父", "Stepfather"),
  "paternal-grandmother": g("paternal-grandmother", "祖母(奶奶)", "Paternal grandmother"),
  "paternal-grandfather": g("paternal-grandfather", "祖父(爷爷)", "Paternal grandfather"),
  "maternal-grandmother": g("maternal-grandmother", "外祖母(外婆)", "Maternal grandmother"),
  "maternal-grandfather": g("maternal-grandfather", "外祖父(外公)", "Maternal grandfather"),
  aunt: g("aunt", "姑姑/姨妈等", "Aunt"),
  uncle: g("uncle", "叔伯/舅舅等", "Uncle"),
  "adult-sibling": g("adult-sibling", "成年兄姐", "Adult sibling"),
  "foster-carer": g("foster-carer", "寄养照料人", "Foster carer"),
  "other-relative": g("other-relative", "其他亲属", "Other relative"),
  "other-guardian": g("other-guardian", "其他监护人", "Other guardian"),
};
