import { Effect } from "effect";
import { ConsentMissingError } from "../errors/ConsentMissingError.js";
import type { ConsentRecord } from "./ConsentRecord.js";
import { consentPurposes } from "./ConsentRecord.js";
import {
  type ConsentDecision,
  type ConsentQuery,
  type ConsentRuleOptions,
  GUARDIAN_CONSENT_UNDER_AGE,
  hasConsent,
} from "./hasConsent.js";

type Missing = ConsentMissingError["reason"];

const REASON_EN: Readonly<Record<Missing, string>> = {
  "no-record": "there is no consent record for this purpose",
  withdrawn: "the consent was withdrawn",
  expired: "the consent has expired",
  "guardian-required": "the student is too young to consent alone; a guardian must consent",
  "invalid-query": "the check itself was invalid (date, age, purpose or student id)",
};

const reasonZh = (reason: Missing, under: number): string =>
  ({
    "no-record": "没有该用途的同意记录",
    withdrawn: "同意已被撤回",
    expired: "同意已过有效期",
    "guardian-required": `学生未满${under}周岁,须由监护人同意(《个人信息保护法》第三十一条)`,
    "invalid-query": "核验条件无效(时间、年龄、用途或学生编号有误)",
  })[reason];

/** Builds the {@link ConsentMissingError} for a negative {@link ConsentDecision}. */
const consentMissing = (
  query: ConsentQuery,
  decision: ConsentDecision & { reason: Missing },
  under: number,
): ConsentMissingError => {
  const purpose = consentPurposes[query.purpose];
  const at = query.at instanceof Date && Number.isFinite(query.at.getTime()) ? query.at.toISOString() : undefined;
  return new ConsentMissingError({
    studentId: String(query.studentId),
    purpose: String(query.purpose),
    reason: decision.reason,
    ...(at === undefined ? {} : { at }),
    ...(decision.record === undefined ? {} : { recordId: decision.record.id }),
    message: `No valid consent for "${purpose?.labelEn ?? query.purpose}" for student ${query.studentId}: ${REASON_EN[decision.reason]}`,
    messageZh: `学生 ${query.studentId} 没有有效的“${purpose?.labelZh ?? query.purpose}”同意:${reasonZh(decision.reason, under)}。在取得有效同意前不得进行该项处理。`,
  });
};

/**
 * Succeeds when {@link hasConsent} finds a valid consent; fails with a {@link ConsentMissingError} (carrying the
 * reason and the deciding record's id) otherwise. Put it in front of any processing that needs consent — screening,
 * a referral, sharing with a health service or a venue, research, publishing a photo.
 *
 * Source: PIPL Art. 14, 15, 28, 29, 31.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { requireConsent } from "@jiaolianti/core";
 * const screenStudent = Effect.gen(function* () {
 *   yield* requireConsent([], { studentId: "p_abc", purpose: "screening", at: new Date(), studentAge: 10 });
 *   // … only reached with a valid consent
 * });
 * ```
 */
export const requireConsent = (
  records: ReadonlyArray<ConsentRecord>,
  query: ConsentQuery,
  options: ConsentRuleOptions = {},
): Effect.Effect<void, ConsentMissingError> => {
  const decision = hasConsent(records, query, options);
  const { reason } = decision;
  if (reason === "granted") return Effect.void;
  const under = options.guardianRequiredUnder ?? GUARDIAN_CONSENT_UNDER_AGE;
  return Effect.fail(consentMissing(query, { ...decision, reason }, under));
};
