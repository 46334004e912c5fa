import {
  err,
  IsoDate,
  IsoDateTime,
  ok,
  parseWith,
  type Result,
  SchoolId,
  StaffId,
  type UnknownReferenceError,
  type ValidationError,
  VenueId,
} from "@jiaolianti/core";
import ical, { escape as escapeText } from "ical-generator";
import { z } from "zod";
import { unknownReference } from "./checkRecords.js";
import { icalWallClock } from "./icalWallClock.js";
import { type Schedule, ScheduledSession } from "./ScheduleResult.js";
import { SCHEDULE_TIME_ZONE } from "./shanghaiTime.js";
import { shanghaiVTimezone } from "./shanghaiVTimezone.js";

/** Options of {@link toICalendar}. */
export const ICalendarOptions = z.strictObject({
  /** Whose calendar: one school's classes, one venue's occurrences, or one expert's occurrences. */
  for: z.union([
    z.strictObject({ school: SchoolId }),
    z.strictObject({ venue: VenueId }),
    z.strictObject({ expert: StaffId }),
  ]),
  /** Language of the text. @default "zh-CN" */
  language: z.enum(["zh-CN", "en"]).default("zh-CN"),
  /** `DTSTAMP` of every event (when the export was made). @default the term's first day, 00:00 Asia/Shanghai */
  stamp: IsoDateTime.optional(),
});
/** Options of {@link toICalendar} (input form). */
export type ICalendarOptions = z.input<typeof ICalendarOptions>;

const ExportedSchedule = z.object({
  sessions: z.array(ScheduledSession).max(100_000),
  term: z.object({ start: IsoDate, end: IsoDate }),
  known: z.object({
    schools: z.array(z.string()).max(100_000),
    venues: z.array(z.string()).max(100_000),
    experts: z.array(z.string()).max(100_000),
  }),
});

/** The part of a {@link Schedule} the export reads (a schedule read back from JSON is accepted). */
export type ExportableSchedule = Pick<Schedule, "sessions" | "term" | "known">;

const UID_DOMAIN = "schedule.jiaolianti";

const KIND = {
  "venue-session": { zh: "场馆场次", en: "venue session" },
  course: { zh: "课程", en: "course" },
  "expert-visit": { zh: "专家进校", en: "expert visit" },
} as const;

type Lang = "zh-CN" | "en";
const pick = (lang: Lang, zh: string, en: string | undefined): string => (lang === "en" ? (en ?? zh) : zh);
/** `YYYYMMDDTHHMM` of an ISO local start, for UIDs. */
const compact = (iso: string): string => iso.slice(0, 16).replace(/[-:]/g, "");

const place = (s: ScheduledSession, lang: Lang): string => {
  if (s.venueNameZh === undefined) return pick(lang, s.schoolNameZh, s.schoolNameEn);
  const name = pick(lang, s.venueNameZh, s.venueNameEn);
  return s.addressZh === undefined ? name : `${name}, ${s.addressZh}`;
};

const classLine = (s: ScheduledSession, lang: Lang): string =>
  lang === "en"
    ? `${pick(lang, s.schoolNameZh, s.schoolNameEn)} — class ${s.groupId}, ${s.size} students`
    : `${s.schoolNameZh} 班级 ${s.groupId},${s.size} 人`;

/** One VEVENT of the export: the sessions it covers (one class, or every class of an occurrence). */
interface EventDraft {
  readonly uid: string;
  readonly members: ReadonlyArray<ScheduledSession>;
}

const describe = (members: ReadonlyArray<ScheduledSession>, lang: Lang, perClass: boolean): string => {
  const first = members[0] as ScheduledSession;
  const seats = `${first.seatsUsed}/${first.seatsCapacity}`;
  const kind = KIND[first.offerKind];
  const lines =
    lang === "en"
      ? [
          `Offer: ${pick(lang, first.offerNameZh, first.offerNameEn)} (${kind.en}, ${first.offerId})`,
          ...members.map((m) => classLine(m, lang)),
          ...(perClass && first.travelMinutes > 0
            ? [`Travel: ${first.travelMinutes} min each way — leave school ${first.travelMinutes} min before the start`]
            : []),
          ...(first.expertId === undefined ? [] : [`Expert: ${first.expertId}`]),
          `Seats in this session: ${seats}`,
        ]
      : [
          `项目:${first.offerNameZh}(${kind.zh},${first.offerId})`,
          ...members.map((m) => classLine(m, lang)),
          ...(perClass && first.travelMinutes > 0
            ? [`路程:单程 ${first.travelMinutes} 分钟,请在开始前 ${first.travelMinutes} 分钟从学校出发`]
            : []),
          ...(first.expertId === undefined ? [] : [`专家:${first.expertId}`]),
          `本场座位:${seats}`,
        ];
  return lines.join("\n");
};

/** Groups sessions by occurrence, in schedule order (for a venue's or an expert's calendar). */
const byOccurrence = (sessions: ReadonlyArray<ScheduledSession>, prefix: string): EventDraft[] => {
  const groups = new Map<string, ScheduledSession[]>();
  for (const s of sessions) {
    const list = groups.get(s.occurrenceId);
    if (list) list.push(s);
    else groups.set(s.occurrenceId, [s]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0] as ScheduledSession;
    const site = first.venueId ?? first.schoolId;
    return { uid: `${prefix}:${first.offerId}:${site}:${compact(first.start)}@${UID_DOMAIN}`, members };
  });
};

/**
 * Exports a schedule as an RFC 5545 iCalendar file (`.ics`) for one school (a VEVENT per class visit), one venue or
 * one expert (a VEVENT per occurrence, listing its classes), in Chinese or English. Every event has a `UID` built
 * from stable ids (the same schedule exports byte-identical files; a moved visit keeps its UID in a school's
 * calendar, so subscribed calendars update it), `DTSTART`/`DTEND` with `TZID=Asia/Shanghai` and the matching
 * `VTIMEZONE`, `LOCATION`, `SUMMARY` and `DESCRIPTION`. Written with ical-generator, which escapes text values
 * (`\`, `;`, `,`, newlines) and folds long lines, so names from the registry cannot inject properties.
 *
 * Fails with a `ValidationError` for bad options or a malformed schedule, and an `UnknownReferenceError` when the
 * school, venue or expert is not in the schedule's input (a typo must not give an empty calendar).
 *
 * Source: RFC 5545 (iCalendar) §3.6.1 VEVENT, §3.6.5 VTIMEZONE, §3.8.4.7 UID, §3.3.11 TEXT escaping, §3.1 folding.
 *
 * @example
 * ```ts
 * import { schedule, toICalendar } from "@jiaolianti/matching";
 * const s = schedule(
 *   [{ id: "a1", groupId: "sch-a:g4-c1", schoolId: "sch-a", size: 40, offerId: "stars" }],
 *   { start: "2026-09-01", end: "2026-09-30" },
 *   {
 *     offers: [{ id: "stars", kind: "venue-session", nameZh: "认识星空", venueId: "planetarium", capacity: 90,
 *       slots: [{ dayOfWeek: 3, start: "13:30", end: "15:00" }] }],
 *     venues: [{ id: "planetarium", nameZh: "示例天文馆" }],
 *     schools: [{ id: "sch-a", nameZh: "示例小学", windows: [{ dayOfWeek: 3, start: "13:00", end: "16:00" }] }],
 *   },
 * );
 * if (s.ok) {
 *   const ics = toICalendar(s.value, { for: { school: "sch-a" }, language: "zh-CN" });
 *   if (ics.ok) console.log(ics.value.includes("DTSTART;TZID=Asia/Shanghai:20260902T133000")); // true
 * }
 * ```
 */
export const toICalendar = (
  schedule: ExportableSchedule,
  options: ICalendarOptions,
): Result<string, ValidationError | UnknownReferenceError> => {
  const opts = parseWith(ICalendarOptions, options, "ICalendarOptions");
  if (!opts.ok) return opts;
  const parsed = parseWith(ExportedSchedule, schedule, "Schedule");
  if (!parsed.ok) return parsed;
  const { sessions, term, known } = parsed.value;
  const lang = opts.value.language;
  const target = opts.value.for;

  let drafts: EventDraft[];
  let owner: string;
  if ("school" in target) {
    if (!known.schools.includes(target.school))
      return err(unknownReference("ICalendarOptions", "for", ["for", "school"], "ScheduleSchool", target.school));
    const mine = sessions.filter((s) => s.schoolId === target.school);
    drafts = mine.map((s) => ({ uid: `class-visit:${s.allocationId}@${UID_DOMAIN}`, members: [s] }));
    owner = mine[0] ? pick(lang, mine[0].schoolNameZh, mine[0].schoolNameEn) : target.school;
  } else if ("venue" in target) {
    if (!known.venues.includes(target.venue))
      return err(unknownReference("ICalendarOptions", "for", ["for", "venue"], "ScheduleVenue", target.venue));
    const mine = sessions.filter((s) => s.venueId === target.venue);
    drafts = byOccurrence(mine, "venue");
    owner = mine[0]?.venueNameZh ? pick(lang, mine[0].venueNameZh, mine[0].venueNameEn) : target.venue;
  } else {
    if (!known.experts.includes(target.expert))
      return err(unknownReference("ICalendarOptions", "for", ["for", "expert"], "ScheduleExpert", target.expert));
    drafts = byOccurrence(
      sessions.filter((s) => s.expertId === target.expert),
      `expert:${target.expert}`,
    );
    owner = target.expert;
  }

  const title = lang === "en" ? `Jiaolianti practice schedule · ${owner}` : `教联体实践安排 · ${owner}`;
  const cal = ical({
    // ical-generator writes the calendar name as is: escape it like any TEXT value (RFC 5545 §3.3.11).
    name: escapeText(title, false),
    prodId: { company: "Jiaolianti", product: "matching", language: lang === "en" ? "EN" : "ZH" },
    // No calendar-wide zone (DTSTAMP stays in UTC as RFC 5545 requires); the generator adds the VTIMEZONE of the
    // events' TZID.
    timezone: { name: null, generator: shanghaiVTimezone },
  });
  const stamp = new Date(opts.value.stamp ?? `${term.start}T00:00:00+08:00`);
  for (const d of drafts) {
    const first = d.members[0] as ScheduledSession;
    const end = Math.max(...d.members.map((m) => Date.parse(m.end)));
    const perClass = d.members.length === 1 && "school" in target;
    const offer = pick(lang, first.offerNameZh, first.offerNameEn);
    const seats = d.members.reduce((n, m) => n + m.size, 0);
    const summary = perClass
      ? lang === "en"
        ? `${offer} (class ${first.groupId})`
        : `${offer}(班级 ${first.groupId})`
      : lang === "en"
        ? `${offer} · ${d.members.length} ${d.members.length === 1 ? "class" : "classes"}, ${seats} students`
        : `${offer} · ${d.members.length} 个班级,${seats} 人`;
    cal.createEvent({
      id: d.uid,
      start: icalWallClock(Date.parse(first.start)),
      end: icalWallClock(end),
      timezone: SCHEDULE_TIME_ZONE,
      stamp,
      summary,
      location: place(first, lang),
      description: describe(d.members, lang, perClass),
    });
  }
  return ok(cal.toString());
};
