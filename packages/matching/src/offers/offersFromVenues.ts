import {
  ENTITY_ID_MAX_LENGTH,
  type Result,
  type ValidationError,
  type ValidationIssue,
  Venue,
  type VenueAdmissionStatus,
  type VenueSession,
  validationError,
  venueAdmissionStatuses,
} from "@jiaolianti/core";
import type { z } from "zod";
import type { AllocationOffer } from "../allocate/AllocationInput.js";
import { checkList } from "../allocate/checkList.js";
import { ExtraVenueSession, OffersFromVenuesOptions } from "./OffersFromVenuesOptions.js";
import { dayNumber, isoDateOf, isoWeekday, shanghaiDateTime, toShanghai } from "./shanghaiTime.js";

type VenueRecord = z.output<typeof Venue>;
type Session = z.output<typeof VenueSession>;

/**
 * Why a venue (or one of its sessions) produced no offer:
 * - `not-bookable`: its admission status is not one of the bookable statuses (`status` says which it holds);
 * - `inactive-record`: the record is marked `tobedeleted`;
 * - `no-sessions`: it has no bookable session (exterior-only sites, venues closed at collection …);
 * - `outside-opening-hours` (per session): occurrences falling outside the venue's weekly opening hours were dropped
 *   (`occurrences` says how many).
 */
export type SkipReason = "not-bookable" | "inactive-record" | "no-sessions" | "outside-opening-hours";

/** A venue, or a session of it, that produced fewer offers than it might, and why (English and zh-CN). */
export interface SkippedVenue {
  readonly venueId: string;
  /** Set when only one session is concerned. */
  readonly venueSessionId?: string;
  readonly reason: SkipReason;
  /** The venue's admission status, for `not-bookable`. */
  readonly status?: VenueAdmissionStatus;
  /** Occurrences dropped, for `outside-opening-hours`. */
  readonly occurrences?: number;
  readonly message: string;
  readonly messageZh: string;
}

/** What `offersFromVenues` returns: the offers, in venue then session then date order, and what was skipped. */
export interface VenueOffers {
  readonly offers: ReadonlyArray<AllocationOffer>;
  readonly skipped: ReadonlyArray<SkippedVenue>;
}

const DEFAULT_STATUSES: ReadonlyArray<VenueAdmissionStatus> = Object.values(venueAdmissionStatuses)
  .filter((s) => s.bookable)
  .map((s) => s.codeValue);

const SUBJECT = "venue offers";

/**
 * Turns venue registry records (core `Venue`, 场所清单) into the dated offers `allocate` takes: one `venue-session`
 * offer per occurrence of each session between `options.from` and `options.to` (Asia/Shanghai calendar days,
 * inclusive) — a weekly session on each matching weekday within its `validFrom`..`validUntil`, a dated session if its
 * window lies inside the range. An occurrence is dropped on a day the venue is closed (`closures`) and when it does
 * not lie inside one of the venue's weekly `openingHours` (an empty `openingHours` list means the hours are not
 * recorded: sessions are then taken as given). Each offer copies the session's capacity, grades, themes (the
 * venue's when the session lists none) and course, and the venue's location and accessibility features; its id is
 * `<session id>:<date>` (the session id prefixed with `<venue id>:` unless it already is; an id that would
 * exceed 64 characters is a validation error).
 *
 * Only venues whose admission status is bookable are offered — by default `admitted` and `conditional`, as core's
 * `venueAdmissionStatuses` says (准入标准: 徐汇区“教联体”行动方案 二(四)); others, `tobedeleted` records and venues
 * without sessions are listed in `skipped` with a reason, as are sessions that lost occurrences to opening hours.
 *
 * `sessions` (optional, second argument) adds sessions kept outside the venue records, each naming its venue.
 *
 * Errors are values: a `ValidationError` (subject `"venue offers"`) with paths `["venues", i, …]` for a record that
 * is not a valid `Venue` (e.g. a NaN or negative capacity), `["sessions", k, …]` for an invalid extra session, an
 * unknown venue id (`["sessions", k, "venueId"]`), a session id the venue already has, or a capacity above the
 * venue's, a session whose offer ids would be longer than 64 characters (`[…, "id"]`), and `["options", …]` for a
 * bad range (`to` before `from`, or more than 366 days).
 *
 * @example
 * ```ts
 * import { offersFromVenues } from "@jiaolianti/matching";
 * import { createSampleDistrict } from "@jiaolianti/core/sample";
 * const district = createSampleDistrict({ students: 2_000 });
 * const r = district.ok ? offersFromVenues(district.value.venues, { from: "2026-10-12", to: "2026-10-16" }) : district;
 * if (r.ok) console.log(r.value.offers.length, r.value.offers[0]?.id, r.value.skipped.length);
 * ```
 */
export function offersFromVenues(
  venues: ReadonlyArray<z.input<typeof Venue>>,
  options: OffersFromVenuesOptions,
): Result<VenueOffers, ValidationError>;
export function offersFromVenues(
  venues: ReadonlyArray<z.input<typeof Venue>>,
  sessions: ReadonlyArray<ExtraVenueSession> | undefined,
  options: OffersFromVenuesOptions,
): Result<VenueOffers, ValidationError>;
export function offersFromVenues(
  venues: ReadonlyArray<z.input<typeof Venue>>,
  second: ReadonlyArray<ExtraVenueSession> | OffersFromVenuesOptions | undefined,
  third?: OffersFromVenuesOptions,
): Result<VenueOffers, ValidationError> {
  const withSessions = Array.isArray(second) || third !== undefined;
  const extraInput: unknown = withSessions ? second : undefined;
  const optionsInput: unknown = withSessions ? third : second;

  const issues: ValidationIssue[] = [];
  const opts = OffersFromVenuesOptions.safeParse(optionsInput);
  if (!opts.success)
    for (const i of opts.error.issues) issues.push({ path: ["options", ...i.path], message: i.message });
  const vs = checkList(venues, Venue, "venues", issues);
  const extras = extraInput === undefined ? [] : checkExtras(extraInput, issues);
  if (vs !== null && extras !== null) {
    checkExtraRefs(vs, extras, issues);
    checkOfferIds(vs, extras, issues);
  }
  if (issues.length > 0 || !opts.success || vs === null || extras === null)
    return { ok: false, error: validationError(SUBJECT, issues) };

  const { from, to } = opts.data;
  const statuses = new Set<string>(opts.data.statuses ?? DEFAULT_STATUSES);
  const range = { first: dayNumber(from), last: dayNumber(to) };
  const offers: AllocationOffer[] = [];
  const skipped: SkippedVenue[] = [];
  for (const venue of vs) {
    const sessions = [...venue.sessions, ...extras.filter((e) => e.venueId === venue.id).map((e) => e.session)];
    const skip = venueSkip(venue, sessions.length, statuses);
    if (skip !== null) {
      skipped.push(skip);
      continue;
    }
    for (const session of sessions) {
      let outside = 0;
      for (const occurrence of occurrences(session, range)) {
        if (closedOn(venue, occurrence.date)) continue;
        if (!withinOpeningHours(venue, occurrence)) {
          outside++;
          continue;
        }
        offers.push(toOffer(venue, session, occurrence));
      }
      if (outside > 0)
        skipped.push({
          venueId: venue.id,
          venueSessionId: session.id,
          reason: "outside-opening-hours",
          occurrences: outside,
          message: `${outside} occurrence(s) of session ${session.id} fall outside the venue's opening hours`,
          messageZh: `场次 ${session.id} 有 ${outside} 次不在场所开放时间内,未列入`,
        });
    }
  }
  return { ok: true, value: { offers, skipped } };
}

const checkExtras = (input: unknown, issues: ValidationIssue[]): z.output<typeof ExtraVenueSession>[] | null => {
  if (!Array.isArray(input)) {
    issues.push({ path: ["sessions"], message: "Expected an array" });
    return null;
  }
  const before = issues.length;
  const out: z.output<typeof ExtraVenueSession>[] = [];
  input.forEach((item: unknown, k: number) => {
    const r = ExtraVenueSession.safeParse(item);
    if (r.success) out.push(r.data);
    else for (const i of r.error.issues) issues.push({ path: ["sessions", k, ...i.path], message: i.message });
  });
  return issues.length > before ? null : out;
};

const checkExtraRefs = (
  venues: ReadonlyArray<VenueRecord>,
  extras: ReadonlyArray<z.output<typeof ExtraVenueSession>>,
  issues: ValidationIssue[],
): void => {
  const byId = new Map(venues.map((v) => [v.id as string, v]));
  const taken = new Set(venues.flatMap((v) => v.sessions.map((s) => `${v.id}\u0000${s.id}`)));
  extras.forEach(({ venueId, session }, k) => {
    const venue = byId.get(venueId);
    if (venue === undefined) {
      issues.push({ path: ["sessions", k, "venueId"], message: `unknown venue "${venueId}"` });
      return;
    }
    const key = `${venueId}\u0000${session.id}`;
    if (taken.has(key))
      issues.push({
        path: ["sessions", k, "session", "id"],
        message: `venue "${venueId}" already has a session "${session.id}"`,
      });
    taken.add(key);
    if (session.capacity > venue.capacity)
      issues.push({
        path: ["sessions", k, "session", "capacity"],
        message: `session capacity ${session.capacity} exceeds the venue's capacity ${venue.capacity}`,
      });
  });
};

/** `YYYY-MM-DD` and its `:` separator. */
const DATE_SUFFIX_LENGTH = 11;

const offerIdBase = (venueId: string, sessionId: string): string =>
  sessionId.startsWith(`${venueId}:`) ? sessionId : `${venueId}:${sessionId}`;

/** Every offer id (`<venue id>:<session id>:<date>`) must be a valid entity id: at most 64 characters. */
const checkOfferIds = (
  venues: ReadonlyArray<VenueRecord>,
  extras: ReadonlyArray<z.output<typeof ExtraVenueSession>>,
  issues: ValidationIssue[],
): void => {
  const check = (venueId: string, sessionId: string, path: ValidationIssue["path"]) => {
    const length = offerIdBase(venueId, sessionId).length + DATE_SUFFIX_LENGTH;
    if (length > ENTITY_ID_MAX_LENGTH)
      issues.push({
        path,
        message: `the offer id made from venue "${venueId}" and session "${sessionId}" would have ${length} characters (at most ${ENTITY_ID_MAX_LENGTH})`,
      });
  };
  venues.forEach((v, i) => {
    v.sessions.forEach((x, j) => {
      check(v.id, x.id, ["venues", i, "sessions", j, "id"]);
    });
  });
  extras.forEach((e, k) => {
    check(e.venueId, e.session.id, ["sessions", k, "session", "id"]);
  });
};

const venueSkip = (venue: VenueRecord, sessionCount: number, statuses: ReadonlySet<string>): SkippedVenue | null => {
  if (!statuses.has(venue.admissionStatus)) {
    const d = venueAdmissionStatuses[venue.admissionStatus];
    return {
      venueId: venue.id,
      reason: "not-bookable",
      status: venue.admissionStatus,
      message: `venue ${venue.id} is not offered: admission status "${d.labelEn}"`,
      messageZh: `场所 ${venue.id} 未列入:准入状态为“${d.labelZh}”`,
    };
  }
  if (venue.status !== "active")
    return {
      venueId: venue.id,
      reason: "inactive-record",
      message: `venue ${venue.id} is not offered: the record is marked for deletion`,
      messageZh: `场所 ${venue.id} 未列入:该记录已标记删除`,
    };
  if (sessionCount === 0)
    return {
      venueId: venue.id,
      reason: "no-sessions",
      message: `venue ${venue.id} has no bookable session`,
      messageZh: `场所 ${venue.id} 没有可预约的场次`,
    };
  return null;
};

/** One dated occurrence of a session: its Shanghai date and its window. */
interface Occurrence {
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

function* occurrences(session: Session, range: { first: number; last: number }): Generator<Occurrence> {
  if (session.kind === "dated") {
    const start = toShanghai(session.window.start);
    // The window's last instant decides its end day (an end at 00:00 belongs to the day before).
    const endDay = toShanghai(new Date(Date.parse(session.window.end) - 1).toISOString()).date;
    if (dayNumber(start.date) >= range.first && dayNumber(endDay) <= range.last)
      yield { date: start.date, start: session.window.start, end: session.window.end };
    return;
  }
  const first = Math.max(range.first, dayNumber(session.validFrom));
  const last = Math.min(range.last, session.validUntil === undefined ? range.last : dayNumber(session.validUntil));
  if (first > last) return;
  const offset = (((session.slot.dayOfWeek - isoWeekday(first)) % 7) + 7) % 7;
  for (let day = first + offset; day <= last; day += 7) {
    const date = isoDateOf(day);
    yield { date, start: shanghaiDateTime(date, session.slot.start), end: shanghaiDateTime(date, session.slot.end) };
  }
}

const closedOn = (venue: VenueRecord, date: string): boolean =>
  venue.closures.some((c) => c.beginDate <= date && (c.endDate === undefined || date <= c.endDate));

const withinOpeningHours = (venue: VenueRecord, o: Occurrence): boolean => {
  if (venue.openingHours.length === 0) return true;
  const weekday = isoWeekday(dayNumber(o.date));
  const start = Date.parse(o.start);
  const end = Date.parse(o.end);
  return venue.openingHours.some(
    (h) =>
      h.dayOfWeek === weekday &&
      Date.parse(shanghaiDateTime(o.date, h.start)) <= start &&
      end <= Date.parse(shanghaiDateTime(o.date, h.end)),
  );
};

const toOffer = (venue: VenueRecord, session: Session, o: Occurrence): AllocationOffer => {
  return {
    id: `${offerIdBase(venue.id, session.id)}:${o.date}`,
    kind: "venue-session",
    capacity: session.capacity,
    grades: [...session.grades],
    themes: session.themes.length > 0 ? [...session.themes] : [...venue.themes],
    times: [{ start: o.start, end: o.end }],
    location: { ...venue.location },
    accessibility: [...venue.accessibility],
    venueId: venue.id,
    venueSessionId: session.id,
    ...(session.courseId === undefined ? {} : { courseId: session.courseId }),
  };
};
