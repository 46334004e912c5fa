import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { CoordinationMechanism } from "./CoordinationMechanism.js";
import { ImplementationFramework } from "./ImplementationFramework.js";
import { InnovationTrack } from "./InnovationTrack.js";
import { LocalizedText } from "./LocalizedText.js";
import { PlanAction } from "./PlanAction.js";
import { PlanCommitment } from "./PlanCommitment.js";
import { PlanGoal } from "./PlanGoal.js";
import { PlanSafeguards } from "./PlanSafeguards.js";
import { PlanSource } from "./PlanSource.js";
import { PlanTarget } from "./PlanTarget.js";
import { PlanText } from "./PlanText.js";
import { PolicyReference } from "./PolicyReference.js";
import { planIntegrityIssues } from "./planIntegrityIssues.js";

/** The calendar years a plan covers, inclusive (2025–2027: 2025-01-01 … 2027-12-31). */
export const PlanPeriod = z
  .object({ startYear: z.number().int().min(2000).max(2100), endYear: z.number().int().min(2000).max(2100) })
  .refine((p) => p.startYear <= p.endYear, { message: "startYear after endYear", path: ["endYear"] });
/** A plan period. */
export type PlanPeriod = z.infer<typeof PlanPeriod>;

/**
 * A district action plan as versioned data: metadata and source, goals, the coordination mechanism and implementation
 * frame, innovation tracks, actions with numbered tasks, numeric targets, qualitative commitments and safeguards.
 * Parsing also checks the plan's integrity ({@link planIntegrityIssues}): ids unique, every reference resolves, every
 * deadline inside the period. A district changes the data, not the code.
 *
 * @example
 * ```ts
 * import { Plan, parseWith, xuhuiPlan2025 } from "@jiaolianti/core";
 * const r = parseWith(Plan, xuhuiPlan2025, "Plan");
 * r.ok; // true
 * ```
 */
export const Plan = z
  .object({
    id: Code,
    /** Version of this data (not of the policy): bump when an encoding changes. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "version must be MAJOR.MINOR.PATCH"),
    titleZh: boundedText(TEXT_MAX.name),
    titleEn: boundedText(TEXT_MAX.name),
    issuer: LocalizedText,
    period: PlanPeriod,
    source: PlanSource,
    legalBasis: z.array(PolicyReference).max(50),
    preamble: PlanText,
    goals: uniqueList(PlanGoal, 20, { min: 1, key: (g) => g.id }),
    mechanism: CoordinationMechanism,
    framework: ImplementationFramework,
    /** The lead-in of the main tasks (主要任务) before the tracks, verbatim. */
    tracksIntro: PlanText,
    tracks: uniqueList(InnovationTrack, 20, { key: (t) => t.id }),
    actions: uniqueList(PlanAction, 50, { min: 1, key: (a) => a.id }),
    targets: uniqueList(PlanTarget, 500, { key: (t) => t.id }),
    commitments: uniqueList(PlanCommitment, 1000, { key: (c) => c.id }),
    safeguards: PlanSafeguards,
  })
  .check((ctx) => {
    for (const issue of planIntegrityIssues(ctx.value)) {
      ctx.issues.push({ code: "custom", input: ctx.value, path: [...issue.path], message: issue.message });
    }
  });
/** A plan. */
export type Plan = z.infer<typeof Plan>;
