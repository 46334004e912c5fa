import { z } from "zod";
import { sensitive } from "../privacy/Sensitivity.js";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/FamilySupportFlagDescriptor";

/** Family circumstances in which the alliance offers group support (组团帮扶). */
export const FAMILY_SUPPORT_FLAG_CODES = [
  "single-parent",
  "grandparent-carers",
  "parents-working-away",
  "migrant",
  "cross-border",
  "blended-family",
  "disability-in-family",
  "serious-illness-in-family",
  "recently-bereaved",
  "low-income",
] as const;

/**
 * A family-support flag code, e.g. `"grandparent-carers"`. The schema itself carries the `sensitive` mark (PIPL
 * Art. 28), so every field built on it is published as `"x-sensitivity": "sensitive"`.
 */
export const FamilySupportFlag = sensitive(z.enum(FAMILY_SUPPORT_FLAG_CODES), "sensitive");
/** A family-support flag code. */
export type FamilySupportFlag = z.infer<typeof FamilySupportFlag>;

/** A family-support flag, with a description of the support it opens. */
export interface FamilySupportFlagDescriptor extends Descriptor<FamilySupportFlag> {
  /** The support this circumstance may call for, zh-CN. */
  readonly supportZh: string;
  /** The support this circumstance may call for, en. */
  readonly supportEn: string;
}

const f = (
  codeValue: FamilySupportFlag,
  labelZh: string,
  labelEn: string,
  supportZh: string,
  supportEn: string,
): FamilySupportFlagDescriptor => ({ namespace: NS, codeValue, labelZh, labelEn, supportZh, supportEn });

/**
 * The family-support flag code list with zh-CN and en labels, keyed by code. The labels name a circumstance in
 * which support is offered, never a judgement of the family ("单亲养育", not "单亲问题家庭"; "经济支持" not "贫困").
 * Flags are sensitive personal information: record them only with a purpose, show them only to those who help, and
 * review them (see `Family.flagsReviewDate`).
 *
 * Source: 徐汇区“教联体”行动方案 三(三)2 (组团帮扶各类特殊家庭,精准提供分层分类指导); PIPL Art. 28; REFERENCE.md §3
 * (labelling risk: non-stigmatizing family-type wording).
 *
 * @example
 * ```ts
 * import { familySupportFlags } from "@jiaolianti/core";
 * familySupportFlags["grandparent-carers"].labelZh; // "祖辈主要照料"
 * ```
 */
export const familySupportFlags: Readonly<Record<FamilySupportFlag, FamilySupportFlagDescriptor>> = {
  "single-parent": f(
    "single-parent",
    "单亲养育",
    "Single-parent household",
    "育儿支持与喘息服务",
    "Parenting support and respite",
  ),
  "grandparent-carers": f(
    "grandparent-carers",
    "祖辈主要照料",
    "Grandparents as main carers",
    "隔代养育指导",
    "Guidance for grandparent carers",
  ),
  "parents-working-away": f(
    "parents-working-away",
    "父母异地工作",
    "Parents working away",
    "亲子联结与远程沟通支持",
    "Support for staying connected",
  ),
  migrant: f("migrant", "随迁家庭", "Family new to Shanghai", "融入与入学支持", "Settling-in and schooling support"),
  "cross-border": f(
    "cross-border",
    "跨境/跨文化家庭",
    "Cross-border or multicultural family",
    "语言与文化衔接支持",
    "Language and cultural bridging",
  ),
  "blended-family": f(
    "blended-family",
    "重组家庭",
    "Blended family",
    "家庭关系调适支持",
    "Support for new family relationships",
  ),
  "disability-in-family": f(
    "disability-in-family",
    "家庭成员有残疾",
    "Family member with a disability",
    "照护与无障碍资源",
    "Care and accessibility resources",
  ),
  "serious-illness-in-family": f(
    "serious-illness-in-family",
    "家庭成员患重病",
    "Family member with a serious illness",
    "照护与情绪支持",
    "Care and emotional support",
  ),
  "recently-bereaved": f("recently-bereaved", "近期丧亲", "Recently bereaved", "哀伤陪伴", "Bereavement support"),
  "low-income": f(
    "low-income",
    "需要经济支持",
    "Eligible for financial support",
    "资助与公益资源对接",
    "Grants and free resources",
  ),
};
