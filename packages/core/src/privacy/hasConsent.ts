import type { ConsentMissingError } from "../errors/ConsentMissingError.js";
import { ConsentPurpose, type ConsentRecord } from "./ConsentRecord.js";

/**
 * The age below which only a guardian can consent: 14 (PIPL Art. 31; also 儿童个人信息网络保护规定 Art. 2 and
 * 未成年人保护法 Art. 72).
 */
export const GUARDIAN_CONSENT_UNDER_AGE = 14;

/** What {@link hasConsent} checks: one student, one purpose, at one instant, with the student's age then. */
export interface ConsentQuery {
  /** Pseudonymous student id. */
  readonly studentId: string;
  readonly purpose: ConsentPurpose;
  /** The instant of the processing (now, or when a past screening happened). */
  readonly at: Date;
  /** The student's age in whole years at `at`. */
  readonly studentAge: number;
}

/** Options of {@link hasConsent}: the consent rule a district applies. */
export interface ConsentRuleOptions {
  /**
   * Below this age only a guardian's consent counts. A district that wants guardians to consent for all minors
   * (e.g. for research) sets 18.
   * @default 14 ({@link GUARDIAN_CONSENT_UNDER_AGE})
   */
  readonly guardianRequiredUnder?: number;
}

/** Why consent was or was not found. */
export type ConsentReason = "granted" | ConsentMissingError["reason"];

/** The answer of {@link hasConsent}, with the record that decided it (if any). */
export interface ConsentDecision {
  readonly granted: boolean;
  readonly reason: ConsentReason;
  /** The latest applicable record, which decided; absent for `no-record` and `invalid-query`. */
  readonly record?: ConsentRecord;
}

const time = (iso: string | undefined): number => (iso === undefined ? Number.NaN : Date.parse(iso));

// Latest first: by grant instant, then by last modification, then by id (so the answer never depends on input order).
const later = (x: ConsentRecord, y: ConsentRecord): boolean => {
  const byGrant = time(x.grantedAt) - time(y.grantedAt);
  if (byGrant !== 0) return byGrant > 0;
  const byModified = time(x.dateLastModified) - time(y.dateLastModified);
  if (byModified !== 0) return byModified > 0;
  if (x.id !== y.id) return x.id > y.id;
  return JSON.stringify(x) > JSON.stringify(y); // duplicated ids: still one answer, whatever the order
};

/**
 * Whether there is a valid consent for `purpose` for this student at instant `at`. Among the student's active records
 * for that purpose granted at or before `at`, the **latest** decides:
 * - withdrawn at or before `at` → `withdrawn` (a withdrawal counts whoever made it: it only ever stops processing);
 * - expired at or before `at` (`expiresAt` is the first instant without consent) → `expired`;
 * - the student is under {@link GUARDIAN_CONSENT_UNDER_AGE} and the record was not given by a guardian →
 *   `guardian-required` (an earlier guardian record does not revive: record the guardian's consent anew);
 * - otherwise `granted`.
 *
 * No record → `no-record`. An invalid query (an invalid date, a negative or non-finite age, an unknown purpose, an
 * empty id) → `invalid-query`, never `granted`. `tobedeleted` records are ignored. Pure: the caller passes the clock
 * (`at`) and the age at that instant.
 *
 * Source: PIPL Art. 14 (specific purpose), 15 (withdrawal), 28, 29 and 31 (guardian consent for under-14s);
 * 儿童个人信息网络保护规定 (CAC 2019) Art. 9; 未成年人保护法 (2020) Art. 72.
 *
 * @example
 * ```ts
 * import { ConsentRecord, hasConsent } from "@jiaolianti/core";
 * const records = [
 *   ConsentRecord.parse({
 *     id: "cons-1", status: "active", dateLastModified: "2025-09-01T09:00:00+08:00",
 *     studentId: "p_abc", purpose: "screening", grantedBy: "guardian", grantedAt: "2025-09-01T09:00:00+08:00",
 *   }),
 * ];
 * hasConsent(records, { studentId: "p_abc", purpose: "screening", at: new Date("2025-10-08T10:00:00+08:00"), studentAge: 10 });
 * // { granted: true, reason: "granted", record: records[0] }
 * ```
 */
export const hasConsent = (
  records: ReadonlyArray<ConsentRecord>,
  query: ConsentQuery,
  options: ConsentRuleOptions = {},
): ConsentDecision => {
  const threshold = options.guardianRequiredUnder ?? GUARDIAN_CONSENT_UNDER_AGE;
  const at = query.at instanceof Date ? query.at.getTime() : Number.NaN;
  if (
    !Number.isFinite(at) ||
    !Number.isFinite(query.studentAge) ||
    query.studentAge < 0 ||
    !Number.isFinite(threshold) ||
    typeof query.studentId !== "string" ||
    query.studentId.length === 0 ||
    !ConsentPurpose.safeParse(query.purpose).success
  ) {
    return { granted: false, reason: "invalid-query" };
  }
  let latest: ConsentRecord | undefined;
  for (const r of records) {
    if (r.status !== "active" || r.studentId !== query.studentId || r.purpose !== query.purpose) continue;
    if (!(time(r.grantedAt) <= at)) continue; // not yet given at `at` (or unreadable)
    if (latest === undefined || later(r, latest)) latest = r;
  }
  if (latest === undefined) return { granted: false, reason: "no-record" };
  if (time(latest.withdrawnAt) <= at) return { granted: false, reason: "withdrawn", record: latest };
  if (time(latest.expiresAt) <= at) return { granted: false, reason: "expired", record: latest };
  if (query.studentAge < threshold && latest.grantedBy !== "guardian") {
    return { granted: false, reason: "guardian-required", record: latest };
  }
  return { granted: true, reason: "granted", record: latest };
};
