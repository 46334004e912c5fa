import { z } from "zod";

/**
 * Codes of the areas a support plan can focus on, in priority order (the first one present becomes the plan's type):
 * safety first, then wellbeing areas, then the whole child.
 */
export const CONCERN_DOMAIN_CODES = [
  "safety",
  "emotional-wellbeing",
  "behaviour",
  "peer-relationships",
  "family-relationships",
  "learning-stress",
  "physical-health",
  "general-wellbeing",
] as const;

/**
 * An area of support, e.g. `"peer-relationships"`.
 *
 * @example
 * ```ts
 * import { ConcernDomain } from "@jiaolianti/scoring";
 * ConcernDomain.parse("learning-stress");
 * ```
 */
export const ConcernDomain = z.enum(CONCERN_DOMAIN_CODES);
/** An area of support. */
export type ConcernDomain = z.infer<typeof ConcernDomain>;

/**
 * zh-CN and en labels of the support areas. They name what is supported, never what is "wrong" with a child
 * ("情绪健康", not "情绪问题"; "自我调节", not "行为问题").
 *
 * @example
 * ```ts
 * import { concernDomains } from "@jiaolianti/scoring";
 * concernDomains.behaviour.zh; // "自我调节"
 * ```
 */
export const concernDomains: Readonly<Record<ConcernDomain, { readonly zh: string; readonly en: string }>> = {
  safety: { zh: "安全与陪伴", en: "Safety and care" },
  "emotional-wellbeing": { zh: "情绪健康", en: "Emotional wellbeing" },
  behaviour: { zh: "自我调节", en: "Self-regulation" },
  "peer-relationships": { zh: "同伴关系", en: "Peer relationships" },
  "family-relationships": { zh: "家庭关系", en: "Family relationships" },
  "learning-stress": { zh: "学习适应", en: "Learning and study balance" },
  "physical-health": { zh: "体质健康", en: "Physical health" },
  "general-wellbeing": { zh: "全面成长", en: "Overall wellbeing" },
};

/**
 * The part of a fired rule's criterion that decides its support area — the shape of the warning rules' criterion
 * (`kind`, `instrument`, `scale`, `flag`), declared structurally so any tier engine's result fits.
 */
export interface CriterionLike {
  readonly kind?: string;
  readonly instrument?: string;
  readonly scale?: string;
  readonly flag?: string;
}

/** One row of {@link domainRules}: the fields a criterion must match (all given ones), and the area it maps to. */
export interface DomainRule {
  readonly match: CriterionLike;
  readonly domain: ConcernDomain;
}

/**
 * How a fired warning rule's criterion maps to a support area, as data: the first row whose given fields all equal
 * the criterion's wins; nothing matched → `general-wellbeing`. Scale ids are those of the shipped instruments (SDQ
 * scales; MSSMHS factors `interpersonal-sensitivity`, `academic-pressure`, `maladjustment`).
 *
 * Source: our mapping of the instruments' published scales (REFERENCE.md §1) to support areas; a district may pass its
 * own table to {@link planFor}.
 *
 * @example
 * ```ts
 * import { domainRules } from "@jiaolianti/scoring";
 * domainRules[0]; // { match: { flag: "self-harm" }, domain: "safety" }
 * ```
 */
export const domainRules: ReadonlyArray<DomainRule> = [
  { match: { flag: "self-harm" }, domain: "safety" },
  { match: { kind: "bmi-category" }, domain: "physical-health" },
  { match: { kind: "fitness-total" }, domain: "physical-health" },
  { match: { instrument: "family-apgar" }, domain: "family-relationships" },
  { match: { instrument: "psdq" }, domain: "family-relationships" },
  { match: { instrument: "sdq", scale: "emotional" }, domain: "emotional-wellbeing" },
  { match: { instrument: "sdq", scale: "conduct" }, domain: "behaviour" },
  { match: { instrument: "sdq", scale: "hyperactivity" }, domain: "behaviour" },
  { match: { instrument: "sdq", scale: "externalising" }, domain: "behaviour" },
  { match: { instrument: "sdq", scale: "peer" }, domain: "peer-relationships" },
  { match: { instrument: "sdq", scale: "prosocial" }, domain: "peer-relationships" },
  { match: { instrument: "sdq", scale: "internalising" }, domain: "emotional-wellbeing" },
  { match: { instrument: "mssmhs", scale: "interpersonal-sensitivity" }, domain: "peer-relationships" },
  { match: { instrument: "mssmhs", scale: "academic-pressure" }, domain: "learning-stress" },
  { match: { instrument: "mssmhs", scale: "maladjustment" }, domain: "learning-stress" },
  { match: { instrument: "mssmhs", scale: "hostility" }, domain: "behaviour" },
  { match: { instrument: "mssmhs" }, domain: "emotional-wellbeing" },
  { match: { instrument: "phq-9" }, domain: "emotional-wellbeing" },
  { match: { instrument: "phq-a" }, domain: "emotional-wellbeing" },
  { match: { instrument: "gad-7" }, domain: "emotional-wellbeing" },
];

/**
 * The support area of a criterion under `rules` (first match; `general-wellbeing` when none matches).
 *
 * @example
 * ```ts
 * import { domainOf } from "@jiaolianti/scoring";
 * domainOf({ kind: "instrument-scale", instrument: "sdq", scale: "peer" }); // "peer-relationships"
 * ```
 */
export const domainOf = (criterion: CriterionLike, rules: ReadonlyArray<DomainRule> = domainRules): ConcernDomain => {
  const keys = ["kind", "instrument", "scale", "flag"] as const;
  const row = rules.find((r) => keys.every((k) => r.match[k] === undefined || r.match[k] === criterion[k]));
  return row?.domain ?? "general-wellbeing";
};
