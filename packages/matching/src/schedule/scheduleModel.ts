import {
  err,
  ok,
  type Result,
  type UnknownReferenceError,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";
import type { z } from "zod";
import { checkRecords, unknownReference } from "./checkRecords.js";
import { ScheduleAllocation } from "./ScheduleAllocation.js";
import { MAX_SCHEDULE_ALLOCATIONS, type ScheduleOptions, ScheduleSettings } from "./ScheduleOptions.js";
import { ScheduleExpert, ScheduleOffer, ScheduleSchool, ScheduleVenue } from "./ScheduleResources.js";
import { dayOfIsoDate, isoDateOfDay, isoWeekdayOfDay } from "./shanghaiTime.js";
import { TermCalendar } from "./TermCalendar.js";

/** An allocation with its references resolved to indices (internal). */
export interface ModelAllocation {
  readonly input: z.output<typeof ScheduleAllocation>;
  readonly offer: number;
  readonly school: number;
  /** −1 = at the school. */
  readonly venue: number;
  /** −1 = no expert named. */
  readonly expert: number;
  readonly group: number;
  /**
   * Where the offer takes place: one site per venue offer, one per (offer, school) for an offer delivered at school —
   * so classes of two schools never share an at-school occurrence (nor its expert).
   */
  readonly site: number;
  /** The allocation's or else the offer's length; `undefined` = the length of the session slot taken. */
  readonly duration: number | undefined;
}

/** Validated, indexed input of `schedule` (internal). */
export interface ScheduleModel {
  readonly term: z.output<typeof TermCalendar>;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Whether a day number is a school day of the term. */
  readonly isSchoolDay: (day: number) => boolean;
  readonly allocations: ReadonlyArray<ModelAllocation>;
  readonly offers: ReadonlyArray<z.output<typeof ScheduleOffer>>;
  readonly venues: ReadonlyArray<z.output<typeof ScheduleVenue>>;
  readonly schools: ReadonlyArray<z.output<typeof ScheduleSchool>>;
  readonly experts: ReadonlyArray<z.output<typeof ScheduleExpert>>;
  readonly settings: z.output<typeof ScheduleSettings>;
}

/** Most offers, venues, schools or experts per call. */
const MAX_RESOURCES = 10_000;

const OPTION_KEYS = new Set(["offers", "venues", "schools", "experts", "gridMinutes", "maxNodes"]);

const indexOf = <T extends { readonly id: string }>(list: ReadonlyArray<T>): Map<string, number> =>
  new Map(list.map((x, i) => [x.id, i]));

/**
 * Validates the input of `schedule` (every issue at its path: `["allocations", 3, "size"]`, `["calendar", "end"]`,
 * `["options", "venues", 0, "openingHours", 1, "end"]` …) and resolves references, failing with an
 * `UnknownReferenceError` for the first id that names nothing (internal).
 */
export const buildScheduleModel = (
  allocations: unknown,
  calendar: unknown,
  options: unknown,
): Result<ScheduleModel, ValidationError | UnknownReferenceError> => {
  const issues: ValidationIssue[] = [];
  const term = TermCalendar.safeParse(calendar);
  if (!term.success)
    for (const i of term.error.issues) issues.push({ path: ["calendar", ...i.path], message: i.message });
  if (typeof options !== "object" || options === null || Array.isArray(options))
    return err(validationError("schedule", [...issues, { path: ["options"], message: "Expected an object" }]));
  const o = options as Partial<ScheduleOptions>;
  for (const key of Object.keys(o))
    if (!OPTION_KEYS.has(key)) issues.push({ path: ["options", key], message: `unknown option "${key}"` });
  const settings = ScheduleSettings.safeParse({ gridMinutes: o.gridMinutes, maxNodes: o.maxNodes });
  if (!settings.success)
    for (const i of settings.error.issues) issues.push({ path: ["options", ...i.path], message: i.message });
  const allocs = checkRecords(allocations, ScheduleAllocation, ["allocations"], issues, MAX_SCHEDULE_ALLOCATIONS);
  const offers = checkRecords(o.offers, ScheduleOffer, ["options", "offers"], issues, MAX_RESOURCES);
  const venues = checkRecords(o.venues, ScheduleVenue, ["options", "venues"], issues, MAX_RESOURCES);
  const schools = checkRecords(o.schools, ScheduleSchool, ["options", "schools"], issues, MAX_RESOURCES);
  const experts = checkRecords(o.experts ?? [], ScheduleExpert, ["options", "experts"], issues, MAX_RESOURCES);
  if (issues.length > 0 || !term.success || !settings.success || !allocs || !offers || !venues || !schools || !experts)
    return err(validationError("schedule", issues));

  const offerIx = indexOf(offers);
  const venueIx = indexOf(venues);
  const schoolIx = indexOf(schools);
  const expertIx = indexOf(experts);
  for (const offer of offers)
    if (offer.venueId !== undefined && !venueIx.has(offer.venueId))
      return err(unknownReference("ScheduleOffer", offer.id, ["venueId"], "ScheduleVenue", offer.venueId));
  const groups = new Map<string, number>();
  const sites = new Map<string, number>();
  const model: ModelAllocation[] = [];
  for (let k = 0; k < allocs.length; k++) {
    const a = allocs[k] as z.output<typeof ScheduleAllocation>;
    const offer = offerIx.get(a.offerId);
    if (offer === undefined)
      return err(unknownReference("ScheduleAllocation", a.id, ["offerId"], "ScheduleOffer", a.offerId));
    const school = schoolIx.get(a.schoolId);
    if (school === undefined)
      return err(unknownReference("ScheduleAllocation", a.id, ["schoolId"], "ScheduleSchool", a.schoolId));
    const expert = a.expertId === undefined ? -1 : expertIx.get(a.expertId);
    if (expert === undefined)
      return err(unknownReference("ScheduleAllocation", a.id, ["expertId"], "ScheduleExpert", a.expertId as string));
    const offerRecord = offers[offer] as z.output<typeof ScheduleOffer>;
    const duration = a.durationMinutes ?? offerRecord.durationMinutes;
    if (duration === undefined && offerRecord.slots.length === 0 && offerRecord.dates.length === 0)
      issues.push({
        path: ["allocations", k, "durationMinutes"],
        message: `offer "${offerRecord.id}" has no fixed sessions: give durationMinutes on the allocation or the offer`,
      });
    const group = groups.get(a.groupId) ?? groups.size;
    groups.set(a.groupId, group);
    const venue = offerRecord.venueId === undefined ? -1 : (venueIx.get(offerRecord.venueId) as number);
    const siteKey = venue < 0 ? `${offer}|${school}` : `${offer}`;
    const site = sites.get(siteKey) ?? sites.size;
    sites.set(siteKey, site);
    model.push({ input: a, offer, school, venue, expert, group, site, duration });
  }
  if (issues.length > 0) return err(validationError("schedule", issues));

  const t = term.data;
  const holidays = new Set(t.holidays);
  const makeUp = new Set(t.makeUpDays);
  const weekdays = new Set(t.schoolWeekdays);
  const firstDay = dayOfIsoDate(t.start);
  const lastDay = dayOfIsoDate(t.end);
  const schoolDays = new Set<number>();
  for (let d = firstDay; d <= lastDay; d++) {
    const iso = isoDateOfDay(d);
    if (!holidays.has(iso) && (weekdays.has(isoWeekdayOfDay(d)) || makeUp.has(iso))) schoolDays.add(d);
  }
  return ok({
    term: t,
    firstDay,
    lastDay,
    isSchoolDay: (day: number) => schoolDays.has(day),
    allocations: model,
    offers,
    venues,
    schools,
    experts,
    settings: settings.data,
  });
};
