import {
  compareTemporal,
  parseWith,
  type Result,
  type ValidationError,
  VenueAdmissionEvent,
  type VenueAdmissionStatus,
} from "@jiaolianti/core";
import { z } from "zod";
import { type EvaluationError, evaluationFail } from "../EvaluationError.js";
import { AdmissionStandard, type AdmissionStandardInput } from "./AdmissionStandard.js";
import { addMonths } from "./addMonths.js";
import { type AdmissionDecision, type AdmissionReason, admitVenue, type VenueApplication } from "./admitVenue.js";

/** The outcome of a re-evaluation: the venue's new status, why, and the step to append to its history. */
export interface VenueReview {
  readonly venueId: string;
  readonly previous: VenueAdmissionStatus;
  /** `admitted`, `conditional`, `suspended` (a gate to put right), `exited`, or — for a venue not in the scheme — `rejected`. */
  readonly status: VenueAdmissionStatus;
  /** The admission decision the review is based on (gates, score, reasons). */
  readonly decision: AdmissionDecision;
  readonly reasons: ReadonlyArray<AdmissionReason>;
  /** When to review next: the decision's date plus the review interval; a suspended venue is reviewed after the conditional interval; `null` after an exit or rejection. */
  readonly nextReview: string | null;
  /** Consecutive conditional results including this one (0 unless `conditional`). */
  readonly consecutiveConditional: number;
  readonly event: VenueAdmissionEvent;
}

const IN_SCHEME: ReadonlyArray<VenueAdmissionStatus> = ["admitted", "conditional", "suspended"];

/**
 * Re-evaluates a venue (复评) and applies the exit rules (退出机制) of an {@link AdmissionStandard}: the venue is scored
 * as a new application ({@link admitVenue}); then, for a venue in the scheme (admitted, conditional or suspended),
 *
 * - a failed gate whose `onLapse` is `exit` (e.g. a serious safety incident) → `exited`;
 * - otherwise a failed gate → `suspended` until it is put right (not bookable: `venueAdmissionStatuses`);
 * - too little evidence to score → `suspended` until it is provided; a score below the conditional threshold → `exited`;
 * - a conditional result for more than `exit.maxConsecutiveConditional` reviews in a row → `exited`;
 * - else the decision (`admitted` / `conditional`).
 *
 * A venue that is not in the scheme (applied, rejected, exited) gets the plain admission decision. The history must be
 * the venue's `admissionHistory` in date order, all on or before the review date.
 *
 * Source: 徐汇区“教联体”行动方案 二(四) 《徐汇区社会教育资源准入标准》; the exit rules are ours (documented on
 * {@link venueAdmissionStandard}).
 *
 * @example
 * ```ts
 * import { reviewVenue, venueAdmissionStandard } from "@jiaolianti/scoring";
 * const r = reviewVenue(venueAdmissionStandard, {
 *   history: [{ status: "admitted", date: "2025-10-01" }],
 *   application: { venueId: "xh-venue-010",
 *     facts: { "legal-entity": true, "fire-safety-valid-until": "2027-06-30", "liability-insurance-valid-until": "2026-09-30",
 *       "staff-background-checked": true, "emergency-plan": true, "serious-incidents-12m": 0 },
 *     values: { "curriculum-resources": 4, "educator-staff": 3, "safety-inspection": 4.5, "first-aid-trained": 60,
 *       "free-or-public-benefit": 1, "school-open-hours": 12, "transit-minutes": 8 } },
 *   date: "2026-10-08",
 * });
 * if (r.ok) console.log(r.value.status); // "suspended": the insurance lapsed on 2026-09-30
 * ```
 */
export const reviewVenue = (
  standard: AdmissionStandardInput | AdmissionStandard,
  input: {
    readonly history: ReadonlyArray<VenueAdmissionEvent>;
    readonly application: VenueApplication;
    readonly date: string;
  },
): Result<VenueReview, ValidationError | EvaluationError> => {
  const s = parseWith(AdmissionStandard, standard, "admission standard");
  if (!s.ok) return s;
  const history = parseWith(z.array(VenueAdmissionEvent).min(1).max(200), input?.history, "admission history");
  if (!history.ok) return history;
  const events = history.value;
  for (let i = 1; i < events.length; i++)
    if (compareTemporal((events[i - 1] as VenueAdmissionEvent).date, (events[i] as VenueAdmissionEvent).date) > 0)
      return evaluationFail(
        "invalid-alternative",
        ["history", i, "date"],
        "admission history must be in date order",
        "准入记录应按日期排序",
      );
  const decided = admitVenue(s.value, input.application, { date: input.date });
  if (!decided.ok) return decided;
  const d = decided.value;
  const last = events.at(-1) as VenueAdmissionEvent;
  if (compareTemporal(last.date, d.date) > 0)
    return evaluationFail(
      "invalid-alternative",
      ["date"],
      `the review date ${d.date} is before the last history entry (${last.date})`,
      `复评日期 ${d.date} 早于最近一次准入记录(${last.date})`,
    );
  const previous = last.status;
  const std = s.value;
  let status: VenueAdmissionStatus = d.decision;
  const reasons: AdmissionReason[] = [...d.reasons];
  let consecutive = 0;
  if (IN_SCHEME.includes(previous)) {
    const exitGates = d.gates.filter((g) => !g.passed && g.onLapse === "exit");
    if (exitGates.length > 0) status = "exited";
    else if (d.failedGates.length > 0) status = "suspended";
    else if (d.decision === "rejected")
      // Missing paperwork is put right like a lapsed gate; a score below the conditional threshold is an exit.
      status = d.reasons.some((r) => r.code === "insufficient-evidence") ? "suspended" : "exited";
    else if (d.decision === "conditional") {
      let k = events.length - 1;
      while (k >= 0 && (events[k] as VenueAdmissionEvent).status === "conditional") k--;
      consecutive = events.length - 1 - k + 1;
      if (consecutive > std.exit.maxConsecutiveConditional) {
        status = "exited";
        reasons.push({
          code: "below-admitted",
          zh: `连续 ${consecutive} 次复评为有条件准入,超过上限 ${std.exit.maxConsecutiveConditional} 次,予以退出`,
          en: `conditional at ${consecutive} reviews in a row, more than the ${std.exit.maxConsecutiveConditional} allowed: exits`,
        });
      }
    }
  }
  if (status !== "conditional") consecutive = 0;
  const nextReview =
    status === "admitted"
      ? addMonths(d.date, std.review.admittedMonths)
      : status === "conditional" || status === "suspended"
        ? addMonths(d.date, std.review.conditionalMonths)
        : null;
  const first = reasons.find((r) => r.code !== "meets-standard") ?? reasons[0];
  return {
    ok: true,
    value: {
      venueId: d.venueId,
      previous,
      status,
      decision: d,
      reasons,
      nextReview,
      consecutiveConditional: consecutive,
      event: {
        status,
        date: d.date,
        standardVersion: d.standardVersion,
        ...(first ? { reasonZh: first.zh.slice(0, 500) } : {}),
      },
    },
  };
};
