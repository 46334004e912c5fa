import { z } from "zod";
import { ReferralService } from "../../descriptors/referralServices.js";
import { sensitive } from "../../privacy/Sensitivity.js";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { IsoDate } from "../common/dates.js";
import { endNotBefore } from "../common/endNotBefore.js";
import { ConsentId, ReferralId, StudentId, TieredResponseCaseId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/**
 * The legal basis on which a referral shares a child's information with a service:
 * - `guardian-consent`: a guardian's separate consent (required for a child under 14, PIPL Art. 29, 31);
 * - `student-consent`: the student's own separate consent (14 and over, PIPL Art. 29);
 * - `vital-interest`: necessary to protect life or health in an emergency (PIPL Art. 13(4)) — e.g. a same-day red-tier
 *   response; consent is sought afterwards.
 *
 * @example
 * ```ts
 * import { ReferralLegalBasis } from "@jiaolianti/core";
 * ReferralLegalBasis.parse("guardian-consent");
 * ```
 */
export const ReferralLegalBasis = z.enum(["guardian-consent", "student-consent", "vital-interest"]);
/** The legal basis of a referral. */
export type ReferralLegalBasis = z.infer<typeof ReferralLegalBasis>;

/**
 * A referral from a tiered-response case to a health or support service (社区青少年心理咨询门诊, 医院绿色通道, 校医,
 * 家庭教育指导 …): when it was made, its state (made → accepted → attended → closed, or declined), and the legal basis
 * for sharing. A consent basis requires the `consentId` of the consent record (kept by the privacy module; reported at
 * `["consentId"]` when missing). Service, provider and state are `sensitive` health information.
 *
 * Source: Ed-Fi `Intervention` / `StudentInterventionAssociation`; PIPL Art. 13, 28, 29, 31; 徐汇区“教联体”行动方案
 * 三(二)3 (全链服务体系, 绿色通道).
 *
 * @example
 * ```ts
 * import { Referral } from "@jiaolianti/core";
 * Referral.parse({
 *   id: "ref-0007", status: "active", dateLastModified: "2025-10-12T10:00:00+08:00",
 *   caseId: "trc-0031", studentId: "stu-7f3a9c21e0", service: "community-youth-clinic",
 *   referredDate: "2025-10-12", state: "made", legalBasis: "guardian-consent", consentId: "cons-2025-00412",
 * });
 * ```
 */
export const Referral = z
  .strictObject({
    ...recordFields(ReferralId),
    caseId: TieredResponseCaseId,
    studentId: sensitive(StudentId, "personal"),
    service: sensitive(ReferralService, "sensitive"),
    /** The receiving organisation, e.g. "徐汇区精神卫生中心". */
    providerZh: sensitive(boundedText(TEXT_MAX.name).optional(), "sensitive"),
    referredDate: IsoDate,
    state: sensitive(z.enum(["made", "accepted", "attended", "declined", "closed"]), "sensitive"),
    closedDate: IsoDate.optional(),
    legalBasis: ReferralLegalBasis,
    consentId: ConsentId.optional(),
  })
  .check(endNotBefore("referredDate", "closedDate"))
  .check((ctx) => {
    const { legalBasis, consentId } = ctx.value;
    if (legalBasis !== "vital-interest" && consentId === undefined) {
      ctx.issues.push({
        code: "custom",
        input: consentId,
        path: ["consentId"],
        message: `a referral on the basis of ${legalBasis} needs the consentId of the consent record`,
      });
    }
  })
  .meta({ title: "Referral", description: "A referral to a health or support service. Consent bases need consentId." });

/** A referral to a health or support service. */
export type Referral = z.infer<typeof Referral>;
