import { z } from "zod";
import { GuardianRelation } from "../../descriptors/guardianRelations.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { ContactId, StudentContactAssociationId, StudentId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";
import { timeBoundedFields } from "../common/timeBoundedFields.js";

/**
 * How a contact stands to a student, over time: relation, whether they live together, whether the contact is a legal
 * guardian (who may consent for a child under 14, PIPL Art. 31), and who to contact first. `livesWith` and
 * `legalGuardian` reveal custody and household arrangements, so they are `sensitive`.
 *
 * Source: Ed-Fi Data Standard v5 `StudentContactAssociation` (relationDescriptor, livesWith, legalGuardian,
 * primaryContactStatus, emergencyContactStatus, contactPriority); PIPL Art. 31.
 *
 * @example
 * ```ts
 * import { StudentContactAssociation } from "@jiaolianti/core";
 * StudentContactAssociation.parse({
 *   id: "sca-0001", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   studentId: "stu-7f3a9c21e0", contactId: "con-91c0aa", relation: "maternal-grandmother",
 *   livesWith: true, legalGuardian: false, primaryContact: true, emergencyContact: true, beginDate: "2025-09-01",
 * });
 * ```
 */
export const StudentContactAssociation = z
  .strictObject({
    ...recordFields(StudentContactAssociationId),
    studentId: sensitive(StudentId, "personal"),
    contactId: sensitive(ContactId, "personal"),
    relation: sensitive(GuardianRelation, "personal"),
    livesWith: sensitive(z.boolean(), "sensitive"),
    legalGuardian: sensitive(z.boolean(), "sensitive"),
    primaryContact: sensitive(z.boolean(), "personal"),
    emergencyContact: sensitive(z.boolean(), "personal"),
    /** Order in which to contact, 1 = first. */
    contactPriority: sensitive(z.number().int().min(1).max(20).optional(), "personal"),
    ...timeBoundedFields,
  })
  .check(endNotBefore("beginDate", "endDate"))
  .meta({ title: "StudentContactAssociation", description: "A student–contact relation. endDate ≥ beginDate." });

/** A student–contact relation. */
export type StudentContactAssociation = z.infer<typeof StudentContactAssociation>;
