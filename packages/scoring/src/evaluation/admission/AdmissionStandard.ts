import { boundedText, Code, TEXT_MAX, uniqueList } from "@jiaolianti/core";
import { z } from "zod";
import { IndicatorFramework } from "../IndicatorFramework.js";

/**
 * A hard gate of an admission standard (准入门槛): a fact the venue must prove, tested without weights — a failed gate
 * rejects whatever the scores. Tests: `true` (the fact is `true`), `atLeast` / `atMost` (a number), `validOn` (an ISO
 * date on or after the decision date, e.g. a licence's expiry). `onLapse` says what happens to an admitted venue whose
 * gate fails at a review: `suspend` until it is put right (a lapsed insurance), or `exit` (a serious incident).
 *
 * @example
 * ```ts
 * import { AdmissionGate } from "@jiaolianti/scoring";
 * AdmissionGate.parse({ id: "liability-insurance", nameZh: "公众责任保险在有效期内", nameEn: "Public liability insurance in force",
 *   fact: "liability-insurance-valid-until", test: { kind: "validOn" }, onLapse: "suspend", source: "ours" });
 * ```
 */
export const AdmissionGate = z
  .object({
    id: Code,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    /** Key of the fact in the application's `facts`. */
    fact: Code,
    test: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("true") }).strict(),
      z.object({ kind: z.literal("atLeast"), value: z.number().finite() }).strict(),
      z.object({ kind: z.literal("atMost"), value: z.number().finite() }).strict(),
      z.object({ kind: z.literal("validOn") }).strict(),
    ]),
    onLapse: z.enum(["suspend", "exit"]),
    /** The law, regulation or (our) reasoning behind the gate. */
    source: boundedText(TEXT_MAX.sentence),
  })
  .strict();
/** A hard gate of an admission standard. */
export type AdmissionGate = z.output<typeof AdmissionGate>;

/**
 * An admission standard for social education resources (社会教育资源准入标准) as data: hard gates first, then a scored
 * framework whose indicators all use absolute goalposts (a venue's score must not depend on who else applied), then
 * thresholds — `admitted` at or above `thresholds.admitted`, `conditional` at or above `thresholds.conditional` (or
 * when a dimension falls below `dimensionFloor`), `rejected` below — and the re-evaluation and exit rules: reviews
 * every `review.admittedMonths` / `review.conditionalMonths`, exit after `exit.maxConsecutiveConditional` conditional
 * results in a row, on a failed `exit` gate, or when a review scores below the conditional threshold.
 *
 * @example
 * ```ts
 * import { AdmissionStandard, venueAdmissionStandard } from "@jiaolianti/scoring";
 * AdmissionStandard.parse({ ...venueAdmissionStandard, thresholds: { admitted: 80, conditional: 65 } }).thresholds;
 * ```
 */
export const AdmissionStandard = z
  .object({
    id: Code,
    version: boundedText(TEXT_MAX.label),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    source: boundedText(TEXT_MAX.paragraph),
    defaultsNote: boundedText(TEXT_MAX.paragraph).optional(),
    gates: uniqueList(AdmissionGate, 30, { key: (g) => g.id }),
    framework: IndicatorFramework,
    thresholds: z
      .object({ admitted: z.number().min(0).max(100), conditional: z.number().min(0).max(100) })
      .strict()
      .refine((t) => t.conditional <= t.admitted, { message: "conditional ≤ admitted", path: ["conditional"] }),
    /** A dimension scoring below this caps the decision at `conditional`. @default null (no floor) */
    dimensionFloor: z.number().min(0).max(100).nullable().default(null),
    review: z
      .object({ admittedMonths: z.number().int().min(1).max(60), conditionalMonths: z.number().int().min(1).max(60) })
      .strict(),
    exit: z.object({ maxConsecutiveConditional: z.number().int().min(1).max(10) }).strict(),
  })
  .strict()
  .check((ctx) => {
    ctx.value.framework.dimensions.forEach((d, di) => {
      d.indicators.forEach((ind, ii) => {
        if (ind.normalization.method !== "goalposts")
          ctx.issues.push({
            code: "custom",
            input: ind.normalization,
            path: ["framework", "dimensions", di, "indicators", ii, "normalization"],
            message: "admission indicators use goalposts: a venue's score must not depend on the other applicants",
          });
      });
      if (d.weights.kind === "entropy" || d.weights.kind === "critic")
        ctx.issues.push({
          code: "custom",
          input: d.weights,
          path: ["framework", "dimensions", di, "weights"],
          message: "admission weights are fixed, equal or AHP: data-driven weights need other applicants",
        });
    });
  });
/** An admission standard (parsed). */
export type AdmissionStandard = z.output<typeof AdmissionStandard>;
/** An admission standard as written (defaults may be omitted). */
export type AdmissionStandardInput = z.input<typeof AdmissionStandard>;
