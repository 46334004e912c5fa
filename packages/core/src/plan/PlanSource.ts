import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { IsoDate } from "../model/common/dates.js";

/**
 * Where a plan's text was taken from. A `reprint` is a copy on a third-party site: `authorityNoteEn` says which text
 * is authoritative. `url` is set only when the source names one.
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.source.publishedOn; // "2025-09-11"
 * ```
 */
export const PlanSource = z.object({
  kind: z.enum(["official", "reprint"]),
  titleZh: boundedText(TEXT_MAX.name),
  publisherZh: boundedText(TEXT_MAX.name),
  publisherEn: boundedText(TEXT_MAX.name),
  /** The organisation that runs the publishing site (主办单位), when stated. */
  hostZh: boundedText(TEXT_MAX.name).optional(),
  hostEn: boundedText(TEXT_MAX.name).optional(),
  sectionZh: boundedText(TEXT_MAX.name).optional(),
  publishedOn: IsoDate,
  url: z.url().optional(),
  authorityNoteEn: boundedText(TEXT_MAX.paragraph),
});
/** A plan source. */
export type PlanSource = z.infer<typeof PlanSource>;
