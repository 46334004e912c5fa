import { IsoDate } from "./dates.js";

/**
 * The validity period of an association, to be spread into a `z.strictObject` shape: `beginDate` and an optional
 * `endDate` (open-ended while the association lasts). Pair it with `.check(endNotBefore("beginDate", "endDate"))` —
 * see {@link endNotBefore} — so an end before the beginning is rejected at `["endDate"]`.
 *
 * Source: Ed-Fi associations (e.g. `StaffEducationOrganizationAssignmentAssociation.beginDate/endDate`), OneRoster
 * enrollments (`beginDate`/`endDate`).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { endNotBefore, timeBoundedFields } from "@jiaolianti/core";
 * const Membership = z.strictObject({ ...timeBoundedFields }).check(endNotBefore("beginDate", "endDate"));
 * Membership.parse({ beginDate: "2025-09-01" });
 * ```
 */
export const timeBoundedFields = {
  /** First day the association holds. */
  beginDate: IsoDate,
  /** Last day the association holds; absent while it is ongoing. */
  endDate: IsoDate.optional(),
};
