import { z } from "zod";
import { CompetitionTier } from "../../descriptors/competitionTiers.js";
import { Grade } from "../../descriptors/Grade.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { CompetitionId, VenueId } from "../common/ids.js";
import { ProviderRef } from "../common/ProviderRef.js";
import { recordFields } from "../common/recordFields.js";
import { timeBoundedFields } from "../common/timeBoundedFields.js";
import { uniqueList } from "../common/uniqueList.js";

/** Largest participant count accepted (Shanghai has ≈ 1.82 M primary and secondary students, autumn 2025). */
export const MAX_PARTICIPANTS = 2_000_000;

/**
 * A competition of the 区-校-社 tiered system: its tier, organiser, themes (usually sports), grades, venue, dates
 * (end not before begin), whether families compete together (亲子赛事), and the number of participations (人次) — an
 * aggregate for the plan's target that district events reach ≥ 30 % of students.
 *
 * Source: 徐汇区“教联体”行动方案 三(七)2.
 *
 * @example
 * ```ts
 * import { Competition } from "@jiaolianti/core";
 * Competition.parse({
 *   id: "comp-2025-district-football", status: "active", dateLastModified: "2025-11-30T00:00:00Z",
 *   nameZh: "徐汇区中小学生足球联赛", tier: "district", organiser: { kind: "department", departmentId: "dept-sports" },
 *   themes: ["sports"], grades: [3, 4, 5, 6], familyEvent: false, participantsCount: 2400, beginDate: "2025-10-01",
 *   endDate: "2025-11-30",
 * });
 * ```
 */
export const Competition = z
  .strictObject({
    ...recordFields(CompetitionId),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
    tier: CompetitionTier,
    organiser: ProviderRef,
    themes: uniqueList(VenueTheme, 14, { min: 1 }),
    grades: uniqueList(Grade, 12),
    venueId: VenueId.optional(),
    /** A parent–child event (亲子赛事). */
    familyEvent: z.boolean(),
    /** Participations (人次), an aggregate (`internal`). */
    participantsCount: sensitive(z.number().int().min(0).max(MAX_PARTICIPANTS), "internal"),
    ...timeBoundedFields,
  })
  .check(endNotBefore("beginDate", "endDate"))
  .meta({ title: "Competition", description: "A competition of the 区-校-社 system. endDate ≥ beginDate." });

/** A competition. */
export type Competition = z.infer<typeof Competition>;
