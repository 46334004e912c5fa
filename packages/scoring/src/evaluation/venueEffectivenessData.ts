import type { Result } from "@jiaolianti/core";
import { type DeaOptions, type DeaResult, dea } from "../mcda/dea.js";
import type { EvaluationAlternative } from "./EvaluationData.js";
import { type EvaluationError, evaluationFail, MAX_ALTERNATIVES } from "./EvaluationError.js";

/** A venue's yearly resource use: what it spent (inputs) and what it delivered (outputs). */
export interface VenueYear {
  readonly id: string;
  /** Staff serving school groups, full-time equivalents. */
  readonly staff: number;
  /** Annual cost of the school programme, yuan. */
  readonly annualCost: number;
  /** Hours open to school groups in the year. */
  readonly openHours: number;
  readonly seatsOffered: number;
  readonly seatsBooked: number;
  /** Σ students × hours of the sessions held. */
  readonly studentHours: number;
  readonly sessions: number;
  readonly schoolsReached: number;
  /** Mean 1–5 satisfaction of students and teachers, `null` if not surveyed. */
  readonly satisfaction: number | null;
}

const FIELDS = [
  "staff",
  "annualCost",
  "openHours",
  "seatsOffered",
  "seatsBooked",
  "studentHours",
  "sessions",
  "schoolsReached",
] as const;

/**
 * Builds the data of {@link venueEffectivenessFramework} from venues' yearly figures: utilisation = booked ÷ offered
 * seats (%), schools reached, satisfaction, cost per student-hour = annual cost ÷ student-hours, and the DEA efficiency
 * of each venue (inputs staff, annual cost, open hours; outputs student-hours, sessions, schools reached; CCR
 * input-oriented by default). Returns the DEA result too, for its peers, slacks and targets. Venues with no
 * student-hours get no cost per student-hour (`null`).
 *
 * @example
 * ```ts
 * import { evaluate, venueEffectivenessData, venueEffectivenessFramework } from "@jiaolianti/scoring";
 * const venue = (id: string, k: number) => ({ id, staff: 2 + k, annualCost: 200_000 + 50_000 * k, openHours: 600,
 *   seatsOffered: 4000, seatsBooked: 1500 + 600 * k, studentHours: 3000 + 900 * k, sessions: 80 + 10 * k,
 *   schoolsReached: 6 + 3 * k, satisfaction: 4 + k / 10 });
 * const d = venueEffectivenessData([venue("v1", 1), venue("v2", 2), venue("v3", 4)]);
 * if (d.ok) console.log(d.value.dea.efficiencies, evaluate(venueEffectivenessFramework, d.value).ok);
 * ```
 */
export const venueEffectivenessData = (
  venues: ReadonlyArray<VenueYear>,
  deaOptions: DeaOptions = { model: "CCR", orientation: "input" },
): Result<{ alternatives: EvaluationAlternative[]; dea: DeaResult }, EvaluationError> => {
  if (!Array.isArray(venues) || venues.length === 0)
    return evaluationFail("empty", ["venues"], "no venues", "没有场馆数据");
  if (venues.length > MAX_ALTERNATIVES)
    return evaluationFail("too-many", ["venues"], `${venues.length} venues`, `场馆数 ${venues.length} 超过上限`);
  for (let i = 0; i < venues.length; i++) {
    const v = venues[i] as VenueYear;
    for (const f of FIELDS) {
      const x = v?.[f];
      if (typeof x !== "number" || !Number.isFinite(x) || x < 0)
        return evaluationFail(
          "not-finite",
          ["venues", i, f],
          `${String(x)} is not a finite number ≥ 0`,
          `${String(x)} 不是非负有限数值`,
        );
    }
    if (v.seatsBooked > v.seatsOffered)
      return evaluationFail(
        "not-finite",
        ["venues", i, "seatsBooked"],
        `${v.seatsBooked} seats booked of ${v.seatsOffered} offered`,
        "预约席位数不能大于开放席位数",
      );
    if (v.satisfaction !== null && !(typeof v.satisfaction === "number" && v.satisfaction >= 1 && v.satisfaction <= 5))
      return evaluationFail(
        "not-finite",
        ["venues", i, "satisfaction"],
        "satisfaction is a 1–5 mean or null",
        "满意度应为 1–5 的均值或 null",
      );
  }
  const d = dea(
    venues.map((v) => [v.staff, v.annualCost, v.openHours]),
    venues.map((v) => [v.studentHours, v.sessions, v.schoolsReached]),
    deaOptions,
  );
  if (!d.ok)
    return evaluationFail(
      "engine",
      d.error.path,
      `DEA refused the venues: ${d.error.message}`,
      d.error.messageZh,
      d.error,
    );
  const alternatives = venues.map((v, i) => ({
    id: v.id,
    values: {
      utilisation: v.seatsOffered > 0 ? (100 * v.seatsBooked) / v.seatsOffered : null,
      "schools-reached": v.schoolsReached,
      satisfaction: v.satisfaction,
      "cost-per-student-hour": v.studentHours > 0 ? v.annualCost / v.studentHours : null,
      "dea-efficiency": d.value.efficiencies[i] as number,
    },
  }));
  return { ok: true, value: { alternatives, dea: d.value } };
};
