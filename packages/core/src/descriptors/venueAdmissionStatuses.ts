import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/VenueAdmissionStatusDescriptor";

/** Where a venue stands against the district's admission standard for social education resources. */
export const VENUE_ADMISSION_STATUS_CODES = [
  "applied",
  "admitted",
  "conditional",
  "rejected",
  "suspended",
  "exited",
] as const;

/** A venue admission status code, e.g. `"admitted"`. */
export const VenueAdmissionStatus = z.enum(VENUE_ADMISSION_STATUS_CODES);
/** A venue admission status code. */
export type VenueAdmissionStatus = z.infer<typeof VenueAdmissionStatus>;

/** An admission status and whether schools may book the venue while it holds. */
export interface VenueAdmissionStatusDescriptor extends Descriptor<VenueAdmissionStatus> {
  /** Whether sessions of a venue in this status may be offered to schools. */
  readonly bookable: boolean;
}

const a = (
  codeValue: VenueAdmissionStatus,
  labelZh: string,
  labelEn: string,
  bookable: boolean,
): VenueAdmissionStatusDescriptor => ({ namespace: NS, codeValue, labelZh, labelEn, bookable });

/**
 * The venue admission status code list with zh-CN and en labels, keyed by code. Only `admitted` and `conditional`
 * venues are bookable.
 *
 * Source: 徐汇区“教联体”行动方案 二(四) (制定《徐汇区社会教育资源准入标准》); Ed-Fi `CommunityProvider` status and licence.
 *
 * @example
 * ```ts
 * import { venueAdmissionStatuses } from "@jiaolianti/core";
 * venueAdmissionStatuses.conditional.bookable; // true
 * ```
 */
export const venueAdmissionStatuses: Readonly<Record<VenueAdmissionStatus, VenueAdmissionStatusDescriptor>> = {
  applied: a("applied", "已申请", "Applied", false),
  admitted: a("admitted", "已准入", "Admitted", true),
  conditional: a("conditional", "有条件准入", "Admitted with conditions", true),
  rejected: a("rejected", "未准入", "Not admitted", false),
  suspended: a("suspended", "暂停", "Suspended", false),
  exited: a("exited", "已退出", "Exited", false),
};
