import { z } from "zod";
import { EducationDimension } from "../../descriptors/educationDimensions.js";
import { Grade } from "../../descriptors/Grade.js";
import { StaffKind } from "../../descriptors/staffKinds.js";
import { VenueTheme } from "../../descriptors/VenueTheme.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { Code } from "../common/Code.js";
import { StaffId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { uniqueList } from "../common/uniqueList.js";
import { WeeklySlot } from "../common/WeeklySlot.js";

/**
 * A professional who works with schools — a teacher, a sports coach, a science education expert, a school doctor or
 * health vice-principal, a family-education or mental-health expert, a legal vice-principal, a safety lecturer — with
 * the kinds they hold, what they specialise in, the grades they serve, the expert pools they belong to (专家库) and
 * their weekly availability for matching. Staff are adults acting in a professional capacity, so a display name may
 * be kept (`personal`); contact details and identity numbers are not part of the model.
 *
 * Source: Ed-Fi `Staff`; 徐汇区“教联体”行动方案 三(二)3, 三(三)1, 三(五)2, 三(七)1, 三(八)3 (expert pools and posts).
 *
 * @example
 * ```ts
 * import { Staff } from "@jiaolianti/core";
 * Staff.parse({
 *   id: "staff-coach-017", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   kinds: ["coach"], themes: ["sports"], dimensions: ["physical"], specialtyTags: ["football"],
 *   grades: [3, 4, 5], expertPools: [], availability: [{ dayOfWeek: 2, start: "15:30", end: "17:00" }],
 * });
 * ```
 */
export const Staff = z
  .strictObject({
    ...recordFields(StaffId),
    /** How the person is shown in expert lists and schedules (e.g. "王老师"); optional. */
    displayName: sensitive(boundedText(TEXT_MAX.label).optional(), "personal"),
    /** Employer or affiliation (an organisation, not a person). */
    affiliationZh: boundedText(TEXT_MAX.name).optional(),
    kinds: uniqueList(StaffKind, 9, { min: 1 }),
    themes: uniqueList(VenueTheme, 14),
    dimensions: uniqueList(EducationDimension, 5),
    /** Finer specialties, e.g. `football`, `astronomy`, `parent-child-communication`. */
    specialtyTags: uniqueList(Code, 20),
    /** Grades the person works with; empty = any. */
    grades: uniqueList(Grade, 12),
    /** Expert pools (专家库) the person belongs to, e.g. `mental-health-promotion`, `science-education-committee`. */
    expertPools: uniqueList(Code, 10),
    /** Weekly availability for school visits (`internal`). */
    availability: sensitive(z.array(WeeklySlot).max(70), "internal"),
  })
  .meta({ title: "Staff", description: "A professional who works with schools (teacher, coach, expert …)." });

/** A staff member or external expert. */
export type Staff = z.infer<typeof Staff>;
