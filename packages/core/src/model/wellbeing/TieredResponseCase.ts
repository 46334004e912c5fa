import { z } from "zod";
import { Role } from "../../descriptors/roles.js";
import { SupportTier } from "../../descriptors/supportTiers.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { Code } from "../common/Code.js";
import { compareTemporal, IsoDate, IsoDateTime } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { AssessmentResultId, SchoolId, StaffId, StudentId, TieredResponseCaseId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";
import { InstrumentVersion } from "./InstrumentVersion.js";

/**
 * One change of a case's tier, with its explanation: the date, the tier entered, the rules that fired, the results
 * they read and the rule-set version. A tier without its reasons is a defect (STYLE.md §7).
 *
 * @example
 * ```ts
 * import { TierChange } from "@jiaolianti/core";
 * TierChange.parse({ date: "2025-10-10", tier: "yellow", firedRules: ["gad7-10-14"], resultIds: ["res-1"], rulesVersion: "2025.1" });
 * ```
 */
export const TierChange = z.strictObject({
  date: IsoDate,
  tier: SupportTier,
  firedRules: uniqueList(Code, 50),
  resultIds: uniqueList(AssessmentResultId, 20),
  rulesVersion: InstrumentVersion.optional(),
});
/** One change of a case's tier. */
export type TierChange = z.infer<typeof TierChange>;

/** The roles that may champion a case: staff who work with the child, never the public or a venue. */
export const CaseChampionRole = Role.exclude(["parent", "venue-operator", "public"]);
/** A role that may champion a case. */
export type CaseChampionRole = z.infer<typeof CaseChampionRole>;

/**
 * A tiered-response case (分层响应) for one student: the current support tier and its explained history, when it was
 * opened and closed, the champion (the responsible adult's role, and the staff member), when the first response is
 * due, the next review, and progress against the goal. Tier, history and progress are `sensitive`.
 *
 * Rules (each at its path): `closedDate` not before `openedDate`; history in date order, not before `openedDate`
 * (`["tierHistory", i, "date"]`); the last tier in the history is the current `tier` (`["tier"]`).
 *
 * Source: MTSS; Panorama intervention plans (champion, monitoring); Communities In Schools progress
 * (progressing / no progress / declining / exited); Ed-Fi `StudentInterventionAssociation`; REFERENCE.md §3;
 * 徐汇区“教联体”行动方案 三(二)2 (分层响应机制, “一生一策”).
 *
 * @example
 * ```ts
 * import { TieredResponseCase } from "@jiaolianti/core";
 * TieredResponseCase.parse({
 *   id: "trc-0031", status: "active", dateLastModified: "2025-10-11T09:00:00+08:00",
 *   studentId: "stu-7f3a9c21e0", schoolId: "xh-school-001", tier: "yellow",
 *   tierHistory: [{ date: "2025-10-10", tier: "yellow", firedRules: ["gad7-10-14"], resultIds: ["res-5e77c1-v1"] }],
 *   openedDate: "2025-10-10", championRole: "counsellor",
 * });
 * ```
 */
export const TieredResponseCase = z
  .strictObject({
    ...recordFields(TieredResponseCaseId),
    studentId: sensitive(StudentId, "personal"),
    schoolId: sensitive(SchoolId, "personal"),
    tier: sensitive(SupportTier, "sensitive"),
    tierHistory: sensitive(z.array(TierChange).min(1).max(200), "sensitive"),
    openedDate: IsoDate,
    closedDate: IsoDate.optional(),
    championRole: CaseChampionRole,
    championStaffId: StaffId.optional(),
    /** When the first response is due (from the district's tier configuration, e.g. red within 24 h). */
    responseDueAt: IsoDateTime.optional(),
    nextReviewDate: IsoDate.optional(),
    progress: sensitive(z.enum(["progressing", "no-progress", "declining", "exited"]).optional(), "sensitive"),
  })
  .check(endNotBefore("openedDate", "closedDate"))
  .check((ctx) => {
    const { tierHistory, openedDate, tier } = ctx.value;
    tierHistory.forEach((c, i) => {
      const prev = i === 0 ? openedDate : tierHistory[i - 1]?.date;
      if (prev !== undefined && compareTemporal(prev, c.date) > 0) {
        ctx.issues.push({
          code: "custom",
          input: c.date,
          path: ["tierHistory", i, "date"],
          message: i === 0 ? "tier history must not start before openedDate" : "tier history must be in date order",
        });
      }
    });
    const last = tierHistory.at(-1);
    if (last && last.tier !== tier) {
      ctx.issues.push({
        code: "custom",
        input: tier,
        path: ["tier"],
        message: `tier must equal the last tier in tierHistory ("${last.tier}")`,
      });
    }
  })
  .meta({
    title: "TieredResponseCase",
    description: "A tiered-response case for one student. Tier data is sensitive.",
  });

/** A tiered-response case. */
export type TieredResponseCase = z.infer<typeof TieredResponseCase>;
