import { z } from "zod";
import type { Descriptor } from "../descriptors/Descriptor.js";
import { IsoDateTime } from "../model/common/dates.js";
import { endNotBefore } from "../model/common/endNotBefore.js";
import { ConsentId, StudentId } from "../model/common/ids.js";
import { recordFields } from "../model/common/recordFields.js";
import { sensitive } from "./Sensitivity.js";

const NS = "uri://jiaolianti.org/ConsentPurposeDescriptor";

/** What a consent is for. PIPL asks for consent per specific purpose; one consent never covers another purpose. */
export const CONSENT_PURPOSE_CODES = [
  "screening",
  "counselling-referral",
  "data-sharing-health",
  "data-sharing-venue",
  "research",
  "photo-publication",
] as const;

/** A consent purpose code, e.g. `"screening"`. */
export const ConsentPurpose = z.enum(CONSENT_PURPOSE_CODES);
/** A consent purpose code. */
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

const p = (codeValue: ConsentPurpose, labelZh: string, labelEn: string): Descriptor<ConsentPurpose> => ({
  namespace: NS,
  codeValue,
  labelZh,
  labelEn,
});

/**
 * The consent purposes with zh-CN and en labels, keyed by code: mental-health screening, referral to counselling,
 * sharing with health services (区卫健委, hospitals), sharing with out-of-school venues, research, and publishing
 * photos of the child.
 *
 * Source: PIPL Art. 14 (consent is specific, informed and voluntary; a new purpose needs new consent), Art. 29
 * (separate consent for sensitive information), Art. 23 (separate consent to provide data to another processor).
 *
 * @example
 * ```ts
 * import { consentPurposes } from "@jiaolianti/core";
 * consentPurposes.screening.labelZh; // "心理健康筛查"
 * ```
 */
export const consentPurposes: Readonly<Record<ConsentPurpose, Descriptor<ConsentPurpose>>> = {
  screening: p("screening", "心理健康筛查", "Mental-health screening"),
  "counselling-referral": p("counselling-referral", "心理辅导转介", "Referral to counselling"),
  "data-sharing-health": p("data-sharing-health", "向卫生健康机构提供数据", "Sharing data with health services"),
  "data-sharing-venue": p("data-sharing-venue", "向校外实践场所提供数据", "Sharing data with out-of-school venues"),
  research: p("research", "研究使用", "Research use"),
  "photo-publication": p("photo-publication", "发布照片或影像", "Publishing photos or videos"),
};

/** Who gave a consent: the child's guardian, or the student themself (valid only from the age set by the rule). */
export const ConsentGrantor = z.enum(["guardian", "student"]);
/** `"guardian" | "student"`. */
export type ConsentGrantor = z.infer<typeof ConsentGrantor>;

/**
 * One consent, for one pseudonymous student and one purpose, with its life cycle: granted at an instant, optionally
 * expiring, optionally withdrawn (a withdrawal is recorded on the record, which keeps the history). A new consent after
 * a withdrawal is a new record; {@link hasConsent} lets the latest one decide. `status` is the OneRoster record status
 * for delta sync (`tobedeleted` records are ignored), not the state of the consent.
 *
 * Everything about the student is marked `personal` (PIPL Art. 28: all personal information of an under-14 is
 * sensitive; this marks it for the access policy).
 *
 * Source: PIPL Art. 14, 15 (withdrawal at any time), 28, 31 (guardian consent under 14); 未成年人保护法 (2020) Art. 72;
 * OneRoster 1.2 base fields (`sourcedId`, `status`, `dateLastModified`).
 *
 * @example
 * ```ts
 * import { ConsentRecord } from "@jiaolianti/core";
 * ConsentRecord.parse({
 *   id: "cons-2025-00412",
 *   status: "active",
 *   dateLastModified: "2025-09-01T09:00:00+08:00",
 *   studentId: "p_3fz7kq2m4x5b6c7d8e9f0a1b2c",
 *   purpose: "screening",
 *   grantedBy: "guardian",
 *   grantedAt: "2025-09-01T09:00:00+08:00",
 *   expiresAt: "2026-08-31T23:59:59+08:00",
 * });
 * ```
 */
export const ConsentRecord = z
  .strictObject({
    ...recordFields(ConsentId),
    /** The student, by pseudonymous id only. */
    studentId: sensitive(StudentId, "personal"),
    purpose: sensitive(ConsentPurpose, "personal"),
    grantedBy: sensitive(ConsentGrantor, "personal"),
    /** When the consent was given. */
    grantedAt: sensitive(IsoDateTime, "personal"),
    /** First instant at which the consent no longer holds; absent = no expiry. */
    expiresAt: sensitive(IsoDateTime, "personal").optional(),
    /** When the consent was withdrawn; from then on it no longer holds. */
    withdrawnAt: sensitive(IsoDateTime, "personal").optional(),
  })
  .check(endNotBefore("grantedAt", "expiresAt", { strict: true }))
  .check(endNotBefore("grantedAt", "withdrawnAt"));

/** A consent record. */
export type ConsentRecord = z.infer<typeof ConsentRecord>;
