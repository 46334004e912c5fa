import type { TimeWindow } from "@jiaolianti/core";
import type { z } from "zod";
import type { AllocateOptions } from "./AllocateOptions.js";
import type { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import { type AllocationProblem, byCost, type Candidate, ConstraintTally } from "./AllocationProblem.js";
import type { CostTerm } from "./AllocationResult.js";
import type { UnplacedReasonCode } from "./unplacedReasons.js";

type Demand = z.output<typeof AllocationDemand>;
type Offer = z.output<typeof AllocationOffer>;
type Options = z.output<typeof AllocateOptions>;

/** All grades a school system has (an offer "for any grade" counts as designed for all of them). */
const ALL_GRADES = 12;

/** The hard constraints, in the order they are applied (and counted). */
export const HARD_CONSTRAINTS: ReadonlyArray<UnplacedReasonCode> = [
  "theme",
  "grade",
  "accessibility",
  "time",
  "travel",
  "size",
];

/** Whether an offer's time `[os, oe]` fits a demand window `[ds, de]` under `rule` (ms since epoch). */
const timeFits = (rule: Options["timeFit"], os: number, oe: number, ds: number, de: number): boolean =>
  rule === "within" ? os >= ds && oe <= de : os < de && ds < oe;

/**
 * Turns validated school demands and offers into the core's {@link AllocationProblem} (internal): applies the hard
 * constraints in the order of {@link HARD_CONSTRAINTS} — theme (the offer covers one of the demand's themes), grade
 * (every grade of the group is one the offer is designed for, or the offer is for any grade), accessibility (the
 * offer provides every need), time (one of the offer's times fits one of the demand's windows), travel (one-way
 * minutes ≤ `maxTravelMinutes`), size (whole groups only: the group fits the offer's capacity) — and prices every
 * surviving pair with the weighted terms of `CostWeights`. `travel(i, j)` gives the minutes from demand `i` to offer
 * `j`; an offer without a location comes to the school (0 minutes).
 */
export const buildAllocationProblem = (
  demands: ReadonlyArray<Demand>,
  offers: ReadonlyArray<Offer>,
  options: Options,
  travel: (i: number, j: number) => number,
  ranks: ReadonlyMap<number, ReadonlyMap<number, number>>,
): AllocationProblem => {
  const { weights, timeFit, mode } = options;
  const offerTimes = offers.map((o) => o.times.map((t) => [Date.parse(t.start), Date.parse(t.end)] as const));
  const candidates: Candidate[][] = [];
  const filtered: Partial<Record<UnplacedReasonCode, number>>[] = [];
  demands.forEach((d, i) => {
    const tally = new ConstraintTally();
    const windows = d.timeWindows.map((t) => [Date.parse(t.start), Date.parse(t.end)] as const);
    const list: Candidate[] = [];
    for (let j = 0; j < offers.length; j++) {
      const o = offers[j] as Offer;
      const themeRank = d.themes.findIndex((t) => o.themes.includes(t));
      if (themeRank < 0) {
        tally.fail("theme");
        continue;
      }
      if (o.grades.length > 0 && !d.grades.every((g) => o.grades.includes(g))) {
        tally.fail("grade");
        continue;
      }
      if (!d.accessibilityNeeds.every((a) => o.accessibility.includes(a))) {
        tally.fail("accessibility");
        continue;
      }
      const times = offerTimes[j] as ReadonlyArray<readonly [number, number]>;
      const t = times.findIndex(([os, oe]) => windows.some(([ds, de]) => timeFits(timeFit, os, oe, ds, de)));
      if (t < 0) {
        tally.fail("time");
        continue;
      }
      const minutes = o.location === undefined ? 0 : travel(i, j);
      if (!(minutes <= d.maxTravelMinutes)) {
        tally.fail("travel");
        continue;
      }
      if (mode !== "divisible" && d.groupSize > o.capacity) {
        tally.fail("size");
        continue;
      }
      const designedFor = o.grades.length === 0 ? ALL_GRADES : o.grades.length;
      const terms: CostTerm[] = [
        term("travel", "出行时间", "Travel time", minutes, "min", minutes / d.maxTravelMinutes, weights.travel),
        term("theme", "主题契合", "Theme fit", themeRank, "rank", themeRank / d.themes.length, weights.theme),
        term("grade", "年级契合", "Grade fit", designedFor, "grades", 1 - d.grades.length / designedFor, weights.grade),
      ];
      const perSeat = terms.reduce((s, x) => s + x.cost, 0);
      const explicit = ranks.get(j);
      let priority = options.priority === "nearest" ? minutes : perSeat;
      if (explicit) {
        const r = explicit.get(i);
        if (r === undefined) {
          tally.fail("outranked");
          continue;
        }
        priority = r;
      }
      list.push({ offer: j, perSeat, terms, priority, time: o.times[t] as TimeWindow });
    }
    candidates.push(list.sort(byCost));
    filtered.push(tally.counts);
  });
  return {
    demands: demands.map((d) => ({ id: d.id, group: d.schoolId, size: d.groupSize })),
    offers: offers.map((o) => ({ id: o.id, capacity: o.capacity })),
    candidates,
    filtered,
    order: mode === "stable" ? [...HARD_CONSTRAINTS, "outranked"] : HARD_CONSTRAINTS,
  };
};

/** A cost term (internal helper, shared with the pairing presets). */
export const term = (
  key: string,
  labelZh: string,
  labelEn: string,
  value: number,
  unit: string,
  normalized: number,
  weight: number,
): CostTerm => ({ key, labelZh, labelEn, value, unit, normalized, weight, cost: weight * normalized });
