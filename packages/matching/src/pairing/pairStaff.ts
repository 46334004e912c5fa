import {
  type Result,
  School,
  Staff,
  type StaffKind,
  UnknownReferenceError,
  type ValidationError,
  type ValidationIssue,
  validationError,
  type WeeklySlot,
} from "@jiaolianti/core";
import type { z } from "zod";
import { type AllocationProblem, byCost, type Candidate, ConstraintTally } from "../allocate/AllocationProblem.js";
import type { AllocationResult, CostTerm } from "../allocate/AllocationResult.js";
import { term } from "../allocate/buildAllocationProblem.js";
import { checkList } from "../allocate/checkList.js";
import { solveAllocation } from "../allocate/solveAllocation.js";
import type { UnplacedReasonCode } from "../allocate/unplacedReasons.js";
import { travelMinutes } from "../travel/travelMinutes.js";
import { PairingNeed, PairingOptions, type StaffBase } from "./PairingOptions.js";

type SchoolOut = z.output<typeof School>;
type StaffOut = z.output<typeof Staff>;
type NeedOut = z.output<typeof PairingNeed>;
type BaseOut = z.output<typeof StaffBase>;

/** What a preset's term function sees about one (need, school, person) pair. */
export interface PairContext {
  readonly need: NeedOut;
  readonly school: SchoolOut;
  readonly staff: StaffOut;
  readonly base: BaseOut | undefined;
  /** Rank of the person's best specialty in the need's list (0 = first choice), or 0 if the need lists none. */
  readonly specialtyRank: number;
  /** One-way minutes from the base to the school, or `undefined` without a base. */
  readonly minutes: number | undefined;
}

/** A pairing preset: the kind of person, default capacity and weights, and the cost terms. */
export interface PairingPreset {
  readonly kind: StaffKind;
  readonly capacity: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Whether a person's specialty must be one the need lists (when it lists any). */
  readonly specialtyRequired: boolean;
  /** The cost terms of a pair (normalised to [0, 1], weighted). */
  readonly terms: (x: PairContext, weights: Readonly<Record<string, number>>) => CostTerm[];
}

/** The result of a pairing: the explained allocation (demands = needs, offers = people) and the pairs. */
export interface PairingResult {
  readonly allocation: AllocationResult;
  /** Need → school → person, in need order. */
  readonly pairs: ReadonlyArray<{ readonly needId: string; readonly schoolId: string; readonly staffId: string }>;
  /** People paired with at least one school. */
  readonly staffDeployed: number;
}

const overlaps = (a: WeeklySlot, b: WeeklySlot): boolean =>
  a.dayOfWeek === b.dayOfWeek && a.start < b.end && b.start < a.end;

/** Specialty-fit term shared by the presets. */
export const specialtyTerm = (x: PairContext, weight: number): CostTerm =>
  term(
    "specialty",
    "专长契合",
    "Specialty fit",
    x.specialtyRank,
    "rank",
    x.need.specialties.length === 0 ? 0 : x.specialtyRank / x.need.specialties.length,
    weight,
  );

/** Travel term shared by the presets (0 without a base). */
export const travelTerm = (x: PairContext, weight: number, maxMinutes: number): CostTerm =>
  term("travel", "出行时间", "Travel time", x.minutes ?? 0, "min", (x.minutes ?? 0) / maxMinutes, weight);

/**
 * Pairs people (coaches, experts, doctors) with schools' needs through the shared allocation core (internal engine
 * of the presets): needs are demands of one seat, grouped by school for fairness; people are offers whose capacity
 * is the number of schools they may serve. Hard constraints, in order: `kind` (the person holds the preset's staff
 * kind), `specialty` (one of the need's specialties, when required and listed), `grade` (a person who lists grades
 * covers one the school offers), `availability` (a slot of the need overlaps the person's availability, when slots
 * are given), `travel` (within `maxTravelMinutes` of the person's base, when known). Needs are independent: a
 * school with two needs may get the same person twice if that person fits both and has the capacity.
 */
export const pairStaff = (
  preset: PairingPreset,
  schools: ReadonlyArray<School>,
  staff: ReadonlyArray<Staff>,
  needs: ReadonlyArray<PairingNeed>,
  options: PairingOptions,
): Result<PairingResult, ValidationError | UnknownReferenceError> => {
  const subject = "pairing";
  const issues: ValidationIssue[] = [];
  const parsed = PairingOptions.safeParse(options);
  if (!parsed.success)
    for (const i of parsed.error.issues) issues.push({ path: ["options", ...i.path], message: i.message });
  const ss = checkList(schools, School, "schools", issues);
  const ps = checkList(staff, Staff, "staff", issues);
  const ns = Array.isArray(needs) ? needs.map((n) => PairingNeed.safeParse(n)) : null;
  if (ns === null) issues.push({ path: ["needs"], message: "Expected an array" });
  else
    ns.forEach((r, k) => {
      if (!r.success)
        for (const i of r.error.issues) issues.push({ path: ["needs", k, ...i.path], message: i.message });
    });
  if (issues.length > 0 || !parsed.success || ss === null || ps === null || ns === null)
    return { ok: false, error: validationError(subject, issues) };
  const o = parsed.data;
  const weights: Record<string, number> = { ...preset.weights };
  for (const [key, w] of Object.entries(o.weights ?? {})) {
    if (!(key in preset.weights))
      issues.push({
        path: ["options", "weights", key],
        message: `unknown term (${Object.keys(preset.weights).join(", ")})`,
      });
    weights[key] = w;
  }
  const most = Object.values(weights).reduce((a, b) => a + b, 0);
  if (o.unplacedPenalty <= most)
    issues.push({ path: ["options", "unplacedPenalty"], message: `must exceed the sum of the weights (${most})` });
  const schoolIndex = new Map(ss.map((s, k) => [s.id as string, k]));
  const staffIndex = new Map(ps.map((s, k) => [s.id as string, k]));
  const perSchool = new Map<string, number>();
  const list = (ns as { success: true; data: NeedOut }[]).map((r) => r.data);
  const ids = list.map((n) => {
    const k = perSchool.get(n.schoolId) ?? 0;
    perSchool.set(n.schoolId, k + 1);
    return n.id ?? `${n.schoolId}#${k}`;
  });
  const seen = new Map<string, number>();
  ids.forEach((id, k) => {
    if (seen.has(id)) issues.push({ path: ["needs", k, "id"], message: `duplicate need id "${id}"` });
    seen.set(id, k);
  });
  if (issues.length > 0) return { ok: false, error: validationError(subject, issues) };
  for (const [k, n] of list.entries())
    if (!schoolIndex.has(n.schoolId))
      return {
        ok: false,
        error: unknown("PairingNeed", ids[k] as string, ["needs", k, "schoolId"], "School", n.schoolId),
      };
  for (const [field, record] of [
    ["bases", o.bases],
    ["capacities", o.capacities],
  ] as const)
    for (const id of Object.keys(record ?? {}))
      if (!staffIndex.has(id))
        return { ok: false, error: unknown("PairingOptions", field, ["options", field, id], "Staff", id) };

  const order: UnplacedReasonCode[] = ["kind", "specialty", "grade", "availability", "travel"];
  const candidates: Candidate[][] = [];
  const filtered: Partial<Record<UnplacedReasonCode, number>>[] = [];
  for (const need of list) {
    const school = ss[schoolIndex.get(need.schoolId) as number] as SchoolOut;
    const tally = new ConstraintTally();
    const cands: Candidate[] = [];
    for (let j = 0; j < ps.length; j++) {
      const person = ps[j] as StaffOut;
      if (!person.kinds.includes(preset.kind)) {
        tally.fail("kind");
        continue;
      }
      const ranks = person.specialtyTags.map((t) => need.specialties.indexOf(t)).filter((r) => r >= 0);
      const specialtyRank = ranks.length > 0 ? Math.min(...ranks) : need.specialties.length;
      if (preset.specialtyRequired && need.specialties.length > 0 && ranks.length === 0) {
        tally.fail("specialty");
        continue;
      }
      if (person.grades.length > 0 && !school.gradesOffered.some((g) => person.grades.includes(g))) {
        tally.fail("grade");
        continue;
      }
      if (need.slots && !need.slots.some((a) => person.availability.some((b) => overlaps(a, b)))) {
        tally.fail("availability");
        continue;
      }
      const base = o.bases?.[person.id];
      const minutes = base
        ? travelMinutes(base.location, school.location, { metersPerMinute: o.speeds[o.travelMode] }).minutes
        : undefined;
      if (minutes !== undefined && minutes > o.maxTravelMinutes) {
        tally.fail("travel");
        continue;
      }
      const terms = preset.terms({ need, school, staff: person, base, specialtyRank, minutes }, weights);
      const perSeat = terms.reduce((a, t) => a + t.cost, 0);
      cands.push({ offer: j, perSeat, terms, priority: perSeat });
    }
    candidates.push(cands.sort(byCost));
    filtered.push(tally.counts);
  }
  const problem: AllocationProblem = {
    demands: list.map((n, k) => ({ id: ids[k] as string, group: n.schoolId, size: 1 })),
    offers: ps.map((p) => ({ id: p.id, capacity: o.capacities?.[p.id] ?? o.capacity ?? preset.capacity })),
    candidates,
    filtered,
    order,
  };
  const allocation = solveAllocation(problem, {
    mode: o.mode,
    penalty: o.unplacedPenalty,
    fairness: o.fairness,
    boundIterations: 0,
  });
  const needOf = new Map(ids.map((id, k) => [id, list[k] as NeedOut]));
  const pairs = allocation.placements.map((p) => ({
    needId: p.demandId,
    schoolId: (needOf.get(p.demandId) as NeedOut).schoolId as string,
    staffId: p.offerId,
  }));
  const staffDeployed = allocation.loads.filter((l) => l.used > 0).length;
  return { ok: true, value: { allocation, pairs, staffDeployed } };
};

const unknown = (from: string, fromId: string, path: (string | number)[], target: string, targetId: string) =>
  new UnknownReferenceError({
    from,
    fromId,
    path,
    target,
    targetId,
    message: `${from} "${fromId}": unknown ${target} "${targetId}"`,
    messageZh: `${from}“${fromId}”引用的${target === "School" ? "学校" : "人员"}“${targetId}”不存在`,
  });
