import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { Code } from "../model/common/Code.js";
import { IsoDate } from "../model/common/dates.js";
import { uniqueList } from "../model/common/uniqueList.js";
import { LocalizedText } from "./LocalizedText.js";
import { PlanUnit } from "./planUnits.js";

/** How a measured value is compared with a target value: `atLeast` (≥), `exactly` (=), `atMost` (≤). */
export const TargetComparator = z.enum(["atLeast", "exactly", "atMost"]);
/** A target comparator. */
export type TargetComparator = z.infer<typeof TargetComparator>;

/**
 * The comparison symbol of each comparator, for display.
 *
 * @example
 * ```ts
 * import { targetComparatorSymbols } from "@jiaolianti/core";
 * targetComparatorSymbols.atLeast; // "≥"
 * ```
 */
export const targetComparatorSymbols: Readonly<Record<TargetComparator, "≥" | "=" | "≤">> = {
  atLeast: "≥",
  exactly: "=",
  atMost: "≤",
};

/**
 * What a target's value counts:
 * - `total-by-deadline`: a cumulative count reached by the deadline (e.g. 新增30个科学场所);
 * - `per-year`: a count or rate over each calendar year of the plan period, up to the deadline (e.g. 每年100门课程);
 * - `coverage`: the share of a population ({@link CoverageBase}) reached at the deadline (e.g. 全覆盖 = 100 %).
 */
export const TargetPeriod = z.enum(["total-by-deadline", "per-year", "coverage"]);
/** A target period. */
export type TargetPeriod = z.infer<typeof TargetPeriod>;

/**
 * How a KPI tracker measures a target:
 * - `cumulative-count`: count the things built or cultivated so far;
 * - `annual-count`: count the things done in the calendar year;
 * - `coverage-rate`: members of the base population reached ÷ all members, in percent;
 * - `participation-rate`: attendances in the year ÷ size of the base population, in percent (人次 can repeat a person);
 * - `named-set`: the text names a fixed set of deliverables; each must exist (`namedItems` lists those it names).
 */
export const KpiKind = z.enum(["cumulative-count", "annual-count", "coverage-rate", "participation-rate", "named-set"]);
/** A KPI kind. */
export type KpiKind = z.infer<typeof KpiKind>;

/** The population a percentage target is a share of. Students are the district's primary and secondary students. */
export const CoverageBase = z.enum(["students", "schools", "families", "community-health-centres"]);
/** A coverage base. */
export type CoverageBase = z.infer<typeof CoverageBase>;

/**
 * Target fields that were read from context rather than stated in the text (e.g. a bare "培育100个" read as a minimum,
 * or the deadline taken from the plan period). Kept on the data so every number explains where it came from.
 */
export const InferredField = z.enum(["value", "comparator", "period", "deadline", "base"]);
/** An inferred target field. */
export type InferredField = z.infer<typeof InferredField>;

/**
 * A numeric or coverage target of a plan, anchored to exactly one action (optionally one of its tasks), innovation
 * track or goal. `description.zh` is quoted verbatim from the anchor's text. Percent targets name their `base`.
 *
 * Source: the schema's shape follows the brief for `@jiaolianti/core` plan-as-data; comparators, periods and KPI kinds
 * are ours, documented above.
 *
 * @example
 * ```ts
 * import { PlanTarget } from "@jiaolianti/core";
 * PlanTarget.parse({
 *   id: "new-science-venues", actionId: "zhihui-weilai", taskId: "science-venue-coordination",
 *   description: { zh: "新增30个适合青少年学习探究的科学场所", en: "Add 30 science venues suited to young learners" },
 *   value: 30, unit: "venue", comparator: "atLeast", period: "total-by-deadline", deadline: "2027-12-31",
 *   kpiKind: "cumulative-count", inferred: ["comparator", "deadline"],
 * });
 * ```
 */
export const PlanTarget = z
  .object({
    id: Code,
    actionId: Code.optional(),
    taskId: Code.optional(),
    trackId: Code.optional(),
    goalId: Code.optional(),
    description: LocalizedText,
    value: z.number().positive().finite(),
    unit: PlanUnit,
    comparator: TargetComparator,
    period: TargetPeriod,
    base: CoverageBase.optional(),
    deadline: IsoDate,
    kpiKind: KpiKind,
    namedItems: z.array(LocalizedText).optional(),
    inferred: uniqueList(InferredField, 5),
    noteEn: boundedText(TEXT_MAX.paragraph).optional(),
  })
  .check((ctx) => {
    const t = ctx.value;
    const issue = (message: string, path: PropertyKey[] = []) =>
      ctx.issues.push({ code: "custom", input: t, path, message });
    const anchors = [t.actionId, t.trackId, t.goalId].filter((a) => a !== undefined).length;
    if (anchors !== 1) issue("a target is anchored to exactly one of actionId, trackId, goalId");
    if (t.taskId !== undefined && t.actionId === undefined) issue("taskId needs actionId", ["taskId"]);
    if ((t.unit === "percent") !== (t.base !== undefined))
      issue("a percent target, and only one, names its base", ["base"]);
    if (t.unit === "percent" && t.value > 100 && t.kpiKind === "coverage-rate")
      issue("coverage above 100 %", ["value"]);
    if (t.period === "coverage" && t.kpiKind !== "coverage-rate")
      issue("coverage targets are coverage-rate KPIs", ["kpiKind"]);
    if (t.kpiKind === "named-set") {
      if (t.comparator !== "exactly") issue("a named set is met exactly", ["comparator"]);
      if (!t.namedItems || t.namedItems.length > t.value)
        issue("a named set lists at most `value` items", ["namedItems"]);
    } else if (t.namedItems !== undefined) issue("namedItems belong to named-set targets", ["namedItems"]);
  });
/** A plan target. */
export type PlanTarget = z.infer<typeof PlanTarget>;
