import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/CompetitionTierDescriptor";

/** The three tiers of the 区-校-社 competition system. */
export const COMPETITION_TIER_CODES = ["district", "school", "community"] as const;

/** A competition tier code: `"district" | "school" | "community"`. */
export const CompetitionTier = z.enum(COMPETITION_TIER_CODES);
/** A competition tier code. */
export type CompetitionTier = z.infer<typeof CompetitionTier>;

const c = (codeValue: CompetitionTier, labelZh: string, labelEn: string): Descriptor<CompetitionTier> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The competition-tier code list with zh-CN and en labels, keyed by code: district events (区级赛事), school events
 * (校级赛事) and community events run by social organisations, subdistricts or families (社区/社会赛事, incl. 亲子赛事).
 *
 * Source: 徐汇区“教联体”行动方案 三(七)2 (建立“区-校-社”分层赛事体系; district participation ≥ 30 % of students).
 *
 * @example
 * ```ts
 * import { competitionTiers } from "@jiaolianti/core";
 * competitionTiers.district.labelZh; // "区级赛事"
 * ```
 */
export const competitionTiers: Readonly<Record<CompetitionTier, Descriptor<CompetitionTier>>> = {
  district: c("district", "区级赛事", "District competition"),
  school: c("school", "校级赛事", "School competition"),
  community: c("community", "社区/社会赛事", "Community competition"),
};
