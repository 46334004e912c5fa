import { z } from "zod";
import { FamilySupportFlag } from "../../descriptors/familySupportFlags.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { IsoDate } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { FamilyId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";

/**
 * A household, pseudonymously: the family-support flags under which it is offered group support (组团帮扶), when they
 * were recorded and when they must be reviewed. No names, addresses or phone numbers. The flags are sensitive
 * personal information (PIPL Art. 28): record them only for a purpose the family consented to, and let them lapse from
 * default views after `flagsReviewDate` (labelling risk). The review date must not be before the recorded date.
 *
 * Source: 徐汇区“教联体”行动方案 三(三)2 (家庭环境适宜度评估,组团帮扶各类特殊家庭); REFERENCE.md §3, §5.
 *
 * @example
 * ```ts
 * import { Family } from "@jiaolianti/core";
 * Family.parse({
 *   id: "fam-2b81d4", status: "active", dateLastModified: "2025-10-08T10:00:00+08:00",
 *   supportFlags: ["grandparent-carers"], flagsRecordedDate: "2025-10-08", flagsReviewDate: "2026-04-08",
 * });
 * ```
 */
export const Family = z
  .strictObject({
    ...recordFields(FamilyId),
    /** Circumstances in which support is offered; empty when none. */
    supportFlags: sensitive(uniqueList(FamilySupportFlag, 10), "sensitive"),
    /** When the current flags were recorded. */
    flagsRecordedDate: sensitive(IsoDate.optional(), "sensitive"),
    /** When the flags must be reviewed with the family; after it they drop out of default views. */
    flagsReviewDate: sensitive(IsoDate.optional(), "sensitive"),
  })
  .check(endNotBefore("flagsRecordedDate", "flagsReviewDate"))
  .meta({ title: "Family", description: "A household, pseudonymous, with its family-support flags (sensitive)." });

/** A pseudonymous household. */
export type Family = z.infer<typeof Family>;
