import {
  compareTemporal,
  IsoDate,
  parseWith,
  type Result,
  type ValidationError,
  type VenueAdmissionEvent,
} from "@jiaolianti/core";
import type { AlternativeEvaluation } from "../Evaluation.js";
import { type EvaluationError, evaluationFail } from "../EvaluationError.js";
import { evaluate } from "../evaluate.js";
import { type AdmissionGate, AdmissionStandard, type AdmissionStandardInput } from "./AdmissionStandard.js";
import { addMonths } from "./addMonths.js";

/** A venue's application (or re-evaluation file): facts for the gates, indicator values for the scored criteria. */
export interface VenueApplication {
  readonly venueId: string;
  /** Evidence for the gates, keyed by `gate.fact`: `true`/`false`, a number, or an ISO date (e.g. an expiry date). */
  readonly facts: Readonly<Record<string, boolean | number | string | null | undefined>>;
  /** Raw indicator values of the standard's framework; `null` or absent = not provided. */
  readonly values: Readonly<Record<string, number | null | undefined>>;
}

/** One gate's verdict. */
export interface GateResult {
  readonly gateId: string;
  readonly passed: boolean;
  /** The fact as given (`null` when absent). */
  readonly evidence: boolean | number | string | null;
  readonly onLapse: "suspend" | "exit";
  readonly reasonZh: string;
  readonly reasonEn: string;
}

/** Why a decision came out as it did, in machine-readable and human form. */
export interface AdmissionReason {
  readonly code:
    | "gate-failed"
    | "insufficient-evidence"
    | "below-conditional"
    | "below-admitted"
    | "dimension-below-floor"
    | "meets-standard";
  /** The gate or dimension concerned. */
  readonly ref?: string;
  readonly zh: string;
  readonly en: string;
}

/** An admission decision that explains itself. */
export interface AdmissionDecision {
  readonly venueId: string;
  readonly decision: "admitted" | "conditional" | "rejected";
  readonly date: string;
  readonly gates: ReadonlyArray<GateResult>;
  readonly failedGates: ReadonlyArray<string>;
  /** Total of the scored criteria in [0, 100] (reported even when a gate fails), `null` without enough evidence. */
  readonly score: number | null;
  /** The scored evaluation of this venue: dimensions, indicators, contributions, coverage. */
  readonly evaluation: AlternativeEvaluation;
  readonly reasons: ReadonlyArray<AdmissionReason>;
  /** Indicators scoring below 60 of 100, weakest first: what to improve (the conditions of a conditional admission). */
  readonly improve: ReadonlyArray<{ readonly indicatorId: string; readonly normalised: number }>;
  /** When the venue must be re-evaluated; `null` when rejected. */
  readonly nextReview: string | null;
  /** `id@version` of the standard applied. */
  readonly standardVersion: string;
  /** The step to append to the venue's `admissionHistory` (`Venue` in `@jiaolianti/core`). */
  readonly event: VenueAdmissionEvent;
}

const testGate = (gate: AdmissionGate, fact: unknown, date: string): Result<GateResult, EvaluationError> => {
  const base = { gateId: gate.id, onLapse: gate.onLapse } as const;
  if (fact === undefined || fact === null)
    return {
      ok: true,
      value: {
        ...base,
        passed: false,
        evidence: null,
        reasonZh: `未提供“${gate.nameZh}”的证明`,
        reasonEn: `no evidence for "${gate.nameEn}"`,
      },
    };
  const t = gate.test;
  const wrong = (expected: string, zh: string) =>
    evaluationFail(
      "invalid-alternative",
      ["facts", gate.fact],
      `${gate.fact} must be ${expected}, got ${JSON.stringify(fact)}`,
      `${gate.fact} 应为${zh}`,
    );
  let passed: boolean;
  switch (t.kind) {
    case "true":
      if (typeof fact !== "boolean") return wrong("true or false", "是/否(true/false)");
      passed = fact;
      break;
    case "atLeast":
    case "atMost":
      if (typeof fact !== "number" || !Number.isFinite(fact)) return wrong("a finite number", "有限数值");
      passed = t.kind === "atLeast" ? fact >= t.value : fact <= t.value;
      break;
    case "validOn":
      if (typeof fact !== "string" || !IsoDate.safeParse(fact).success)
        return wrong("an ISO date YYYY-MM-DD", "日期 YYYY-MM-DD");
      passed = compareTemporal(fact, date) >= 0;
      break;
  }
  const what =
    t.kind === "true"
      ? ["", ""]
      : t.kind === "validOn"
        ? [`(有效期至 ${fact})`, ` (valid until ${fact})`]
        : [`(${fact})`, ` (${fact})`];
  return {
    ok: true,
    value: {
      ...base,
      passed,
      evidence: fact as boolean | number | string,
      reasonZh: `${passed ? "符合" : "不符合"}“${gate.nameZh}”${what[0]}`,
      reasonEn: `${passed ? "meets" : "fails"} "${gate.nameEn}"${what[1]}`,
    },
  };
};

/**
 * Decides a venue's admission against an {@link AdmissionStandard} (社会教育资源准入标准): every hard gate is tested
 * first — one failed gate rejects the venue whatever its scores (scores are still reported, to show what else to fix)
 * —, then the scored criteria are evaluated on absolute goalposts ({@link evaluate}) and compared with the thresholds:
 * `admitted` at or above `thresholds.admitted` with no dimension under `dimensionFloor`, `conditional` at or above
 * `thresholds.conditional`, else `rejected`; too little evidence for a score (coverage under the framework's
 * `minCoverage`) rejects too. The result carries every gate verdict, the reasons, the indicators to improve, the next
 * review date and the `VenueAdmissionEvent` to append to the venue's history.
 *
 * Source: 徐汇区“教联体”行动方案 二(四) 制定《徐汇区社会教育资源准入标准》 (content not published: the shipped
 * {@link venueAdmissionStandard} is ours, with the legal basis of each gate).
 *
 * @example
 * ```ts
 * import { admitVenue, venueAdmissionStandard } from "@jiaolianti/scoring";
 * const r = admitVenue(venueAdmissionStandard, {
 *   venueId: "xh-venue-010",
 *   facts: { "legal-entity": true, "fire-safety-valid-until": "2027-06-30", "liability-insurance-valid-until": "2026-12-31",
 *     "staff-background-checked": true, "emergency-plan": true, "serious-incidents-12m": 0 },
 *   values: { "curriculum-resources": 4, "educator-staff": 3, "safety-inspection": 4.5, "first-aid-trained": 60,
 *     "free-or-public-benefit": 1, "school-open-hours": 12, "transit-minutes": 8 },
 * }, { date: "2026-03-01" });
 * if (r.ok) console.log(r.value.decision, r.value.score, r.value.nextReview);
 * ```
 */
export const admitVenue = (
  standard: AdmissionStandardInput | AdmissionStandard,
  application: VenueApplication,
  options: { readonly date: string },
): Result<AdmissionDecision, ValidationError | EvaluationError> => {
  const s = parseWith(AdmissionStandard, standard, "admission standard");
  if (!s.ok) return s;
  const date = parseWith(IsoDate, options?.date, "decision date");
  if (!date.ok) return date;
  const std = s.value;
  const app = application as Partial<VenueApplication> | null;
  if (app === null || typeof app !== "object" || typeof app.venueId !== "string" || app.venueId === "")
    return evaluationFail(
      "invalid-alternative",
      ["venueId"],
      "the application needs a venueId",
      "申请需要场馆编号 venueId",
    );
  if (app.facts === null || typeof app.facts !== "object")
    return evaluationFail(
      "invalid-alternative",
      ["facts"],
      "the application needs facts for the gates",
      "申请需要门槛条件的证明 facts",
    );
  const gates: GateResult[] = [];
  for (const gate of std.gates) {
    const g = testGate(gate, app.facts[gate.fact], date.value);
    if (!g.ok) return g;
    gates.push(g.value);
  }
  const e = evaluate(std.framework, { alternatives: [{ id: app.venueId, values: app.values }] });
  if (!e.ok) return e;
  const evaluation = e.value.alternatives[0] as AlternativeEvaluation;
  const score = evaluation.total;
  const failedGates = gates.filter((g) => !g.passed).map((g) => g.gateId);
  const reasons: AdmissionReason[] = gates
    .filter((g) => !g.passed)
    .map((g) => ({ code: "gate-failed", ref: g.gateId, zh: g.reasonZh, en: g.reasonEn }));
  const { admitted, conditional } = std.thresholds;
  const floor = std.dimensionFloor;
  const low =
    floor === null
      ? []
      : evaluation.dimensions.filter((d) => d.score !== null && d.score < floor).map((d) => d.dimensionId);
  const dimName = (id: string) => std.framework.dimensions.find((d) => d.id === id);
  let decision: AdmissionDecision["decision"];
  if (failedGates.length > 0) decision = "rejected";
  else if (score === null) {
    decision = "rejected";
    reasons.push({
      code: "insufficient-evidence",
      zh: `评分指标资料不足(覆盖 ${(evaluation.explanation.coverage * 100).toFixed(0)}%,要求 ≥ ${(e.value.minCoverage * 100).toFixed(0)}%)`,
      en: `too little evidence to score (coverage ${(evaluation.explanation.coverage * 100).toFixed(0)} %, needs ≥ ${(e.value.minCoverage * 100).toFixed(0)} %)`,
    });
  } else if (score < conditional) {
    decision = "rejected";
    reasons.push({
      code: "below-conditional",
      zh: `综合得分 ${score.toFixed(1)} 低于有条件准入线 ${conditional}`,
      en: `score ${score.toFixed(1)} is below the conditional threshold ${conditional}`,
    });
  } else {
    decision = score >= admitted && low.length === 0 ? "admitted" : "conditional";
    if (score < admitted)
      reasons.push({
        code: "below-admitted",
        zh: `综合得分 ${score.toFixed(1)} 低于准入线 ${admitted}`,
        en: `score ${score.toFixed(1)} is below the admission threshold ${admitted}`,
      });
    for (const id of low)
      reasons.push({
        code: "dimension-below-floor",
        ref: id,
        zh: `“${dimName(id)?.nameZh ?? id}”得分低于 ${floor}`,
        en: `"${dimName(id)?.nameEn ?? id}" scores below ${floor}`,
      });
    if (decision === "admitted")
      reasons.push({
        code: "meets-standard",
        zh: `符合全部门槛条件,综合得分 ${score.toFixed(1)} ≥ ${admitted}`,
        en: `meets every gate and scores ${score.toFixed(1)} ≥ ${admitted}`,
      });
  }
  const improve = evaluation.explanation.indicators
    .filter((x) => x.normalised !== null && x.normalised < 60)
    .sort((a, b) => (a.normalised as number) - (b.normalised as number))
    .map((x) => ({ indicatorId: x.indicatorId, normalised: x.normalised as number }));
  const nextReview =
    decision === "admitted"
      ? addMonths(date.value, std.review.admittedMonths)
      : decision === "conditional"
        ? addMonths(date.value, std.review.conditionalMonths)
        : null;
  const standardVersion = `${std.id}@${std.version}`.slice(0, 64);
  const first = reasons[0];
  return {
    ok: true,
    value: {
      venueId: app.venueId,
      decision,
      date: date.value,
      gates,
      failedGates,
      score,
      evaluation,
      reasons,
      improve,
      nextReview,
      standardVersion,
      event: {
        status: decision,
        date: date.value,
        standardVersion,
        ...(first ? { reasonZh: first.zh.slice(0, 500) } : {}),
      },
    },
  };
};
