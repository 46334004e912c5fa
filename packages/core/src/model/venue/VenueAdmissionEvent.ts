import { z } from "zod";
import { VenueAdmissionStatus } from "../../descriptors/venueAdmissionStatuses.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { IsoDate } from "../common/dates.js";
import { DepartmentId } from "../common/ids.js";

/**
 * One step of a venue's admission history: the status it entered, on which date, who decided, against which version
 * of the admission standard, and a short reason. The history is kept whole (Ed-Fi keeps program participation
 * status history the same way) so an exit or suspension stays explainable.
 *
 * Source: 徐汇区“教联体”行动方案 二(四) (《徐汇区社会教育资源准入标准》); Ed-Fi `StudentProgramAssociation`
 * participation status history.
 *
 * @example
 * ```ts
 * import { VenueAdmissionEvent } from "@jiaolianti/core";
 * VenueAdmissionEvent.parse({ status: "admitted", date: "2025-10-01", decidedBy: "dept-education", standardVersion: "2025.1" });
 * ```
 */
export const VenueAdmissionEvent = z.strictObject({
  status: VenueAdmissionStatus,
  date: IsoDate,
  /** The department that decided. */
  decidedBy: DepartmentId.optional(),
  /** Version of the admission standard applied. */
  standardVersion: boundedText(TEXT_MAX.label).optional(),
  /** Why (e.g. the condition attached to a conditional admission). */
  reasonZh: boundedText(TEXT_MAX.sentence).optional(),
});

/** One step of a venue's admission history. */
export type VenueAdmissionEvent = z.infer<typeof VenueAdmissionEvent>;
