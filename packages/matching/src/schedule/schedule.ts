import { err, ok, type Result, type UnknownReferenceError, type ValidationError } from "@jiaolianti/core";
import { buildCandidates, type CandidateTimes, candidateContext } from "./buildCandidates.js";
import type { ScheduleAllocation } from "./ScheduleAllocation.js";
import type { ScheduleOptions } from "./ScheduleOptions.js";
import type { Schedule, ScheduledSession, UnschedulableItem, UnschedulableReason } from "./ScheduleResult.js";
import { ScheduleState } from "./ScheduleState.js";
import { buildScheduleModel, type ScheduleModel } from "./scheduleModel.js";
import { SCHEDULE_REASON_CODES, type ScheduleReasonCode, scheduleReasons } from "./scheduleReasons.js";
import { searchSchedule } from "./searchSchedule.js";
import { isoDateTimeOfLocalMinute, SCHEDULE_TIME_ZONE } from "./shanghaiTime.js";
import type { TermCalendar } from "./TermCalendar.js";

const MAX_BLOCKERS = 10;

/** Why an allocation with no time left is out: its hard-constraint tally plus, per time, the conflict that blocks it. */
const explain = (m: ScheduleModel, state: ScheduleState, times: CandidateTimes, a: number): UnschedulableReason => {
  const counts: Partial<Record<ScheduleReasonCode, number>> = { ...times.removed };
  const blockers = new Set<number>();
  for (let c = 0; c < times.start.length; c++) {
    const code = state.conflict(a, c);
    if (code === null) continue;
    counts[code] = (counts[code] ?? 0) + 1;
    for (const b of state.blockers(a, c)) if (blockers.size < MAX_BLOCKERS) blockers.add(b);
  }
  let code: ScheduleReasonCode = "no-time";
  if (times.start.length > 0) {
    // The most frequent conflict (ties: the order of SCHEDULE_REASON_CODES).
    let most = 0;
    for (const k of SCHEDULE_REASON_CODES.slice(SCHEDULE_REASON_CODES.indexOf("class-busy")))
      if ((counts[k] ?? 0) > most) {
        most = counts[k] ?? 0;
        code = k;
      }
  } else for (const k of SCHEDULE_REASON_CODES) if ((times.removed[k] ?? 0) > 0) code = k; // the last constraint that removed times
  return {
    code,
    ...scheduleReasons[code],
    counts,
    feasibleTimes: times.start.length,
    blockedBy: [...blockers].map((b) => m.allocations[b]?.input.id as string),
  };
};

/**
 * Places accepted allocations (a class of a school assigned to a venue session, a course or an expert visit) on a
 * term calendar (资源精准调度) so that **no class and no expert is double-booked** (a class is busy from leaving school
 * to coming back; an expert may take several classes in one occurrence but never two occurrences at once), **no
 * occurrence holds more students than its seats** and no venue more than its `capacity` at any moment, every visit
 * lies **inside the venue's opening hours** on a school day that is not a holiday or a closure, and the whole trip
 * lies **inside one of the school's time windows**.
 *
 * Method (a constraint-satisfaction search with a deterministic order, not an optimiser): each allocation's feasible
 * times are listed first — the sessions of its offer, or every `gridMinutes` step for an offer without fixed
 * sessions — and filtered by the hard constraints; then a backtracking search with forward checking places the most
 * constrained allocation first, earliest time first. If it places everyone, `search.method` is `"complete"`. If it
 * explores every choice without success (`search.provedIncomplete`: no schedule on this grid places everyone) or
 * runs out of its `maxNodes` budget, a greedy pass in the same order gives the schedule and may leave out more
 * allocations than strictly necessary (`"greedy"`). Every allocation left out carries a reason with zh-CN/en labels:
 * which hard constraint removed its times, or which placed allocations block each remaining time.
 *
 * Fails with a `ValidationError` listing every bad field (an end before its start, an invalid date or time, `NaN`, a
 * repeated id, an unknown option) or an `UnknownReferenceError` for an id that names nothing.
 *
 * Source: 徐汇区“教联体”行动方案(2025—2027)二(一) (需求智能匹配、资源精准调度); Haralick & Elliott 1980 (forward
 * checking); Asia/Shanghai = UTC+08:00 all year (IANA tz database).
 *
 * @example
 * ```ts
 * import { schedule } from "@jiaolianti/matching";
 * const r = schedule(
 *   [{ id: "a1", groupId: "sch-a:g4-c1", schoolId: "sch-a", size: 40, offerId: "stars", travelMinutes: 10 }],
 *   { start: "2026-09-01", end: "2026-09-30" },
 *   {
 *     offers: [{ id: "stars", kind: "venue-session", nameZh: "认识星空", venueId: "planetarium", capacity: 90,
 *       slots: [{ dayOfWeek: 3, start: "13:30", end: "15:00" }] }],
 *     venues: [{ id: "planetarium", nameZh: "示例天文馆", openingHours: [{ dayOfWeek: 3, start: "09:00", end: "16:30" }] }],
 *     schools: [{ id: "sch-a", nameZh: "示例小学", windows: [{ dayOfWeek: 3, start: "13:00", end: "16:00" }] }],
 *   },
 * );
 * if (r.ok) console.log(r.value.sessions[0]?.start); // "2026-09-02T13:30:00+08:00"
 * ```
 */
export const schedule = (
  allocations: ReadonlyArray<ScheduleAllocation>,
  calendar: TermCalendar,
  options: ScheduleOptions,
): Result<Schedule, ValidationError | UnknownReferenceError> => {
  const built = buildScheduleModel(allocations, calendar, options);
  if (!built.ok) return err(built.error);
  const m = built.value;
  const ctx = candidateContext(m);
  const times = m.allocations.map((a) => buildCandidates(m, ctx, a));
  const state = new ScheduleState(
    m.allocations.map((a) => ({
      size: a.input.size,
      group: a.group,
      expert: a.expert,
      offer: a.offer,
      venue: a.venue >= 0 && m.venues[a.venue]?.capacity !== undefined ? a.venue : -1,
    })),
    times,
    m.offers.map((o) => o.capacity),
    m.venues.map((v) => v.capacity),
  );
  const pool = times.flatMap((t, i) => (t.start.length > 0 ? [i] : []));
  const outcome = searchSchedule(state, pool, m.settings.maxNodes);

  const seatsUsed = new Map<number, number>();
  m.allocations.forEach((a, i) => {
    const c = state.placed[i] as number;
    if (c < 0) return;
    const occ = times[i]?.occurrence[c] as number;
    seatsUsed.set(occ, (seatsUsed.get(occ) ?? 0) + a.input.size);
  });
  const sessions: Array<ScheduledSession & { readonly order: number }> = [];
  const unschedulable: UnschedulableItem[] = [];
  m.allocations.forEach((a, i) => {
    const t = times[i] as CandidateTimes;
    const c = state.placed[i] as number;
    const x = a.input;
    if (c < 0) {
      const reason = explain(m, state, t, i);
      unschedulable.push({ allocationId: x.id, groupId: x.groupId, schoolId: x.schoolId, offerId: x.offerId, reason });
      return;
    }
    const offer = m.offers[a.offer];
    const venue = a.venue < 0 ? undefined : m.venues[a.venue];
    const school = m.schools[a.school];
    if (offer === undefined || school === undefined) return;
    const start = t.start[c] as number;
    sessions.push({
      order: start,
      allocationId: x.id,
      groupId: x.groupId,
      schoolId: x.schoolId,
      size: x.size,
      offerId: x.offerId,
      offerKind: offer.kind,
      ...(venue ? { venueId: venue.id } : {}),
      ...(x.expertId === undefined ? {} : { expertId: x.expertId }),
      start: isoDateTimeOfLocalMinute(start),
      end: isoDateTimeOfLocalMinute(t.end[c] as number),
      travelMinutes: x.travelMinutes,
      occurrenceId: `${offer.id}${venue ? "" : `@${school.id}`}@${isoDateTimeOfLocalMinute(start).slice(0, 16)}`,
      seatsUsed: seatsUsed.get(t.occurrence[c] as number) as number,
      seatsCapacity: offer.capacity,
      offerNameZh: offer.nameZh,
      ...(offer.nameEn === undefined ? {} : { offerNameEn: offer.nameEn }),
      schoolNameZh: school.nameZh,
      ...(school.nameEn === undefined ? {} : { schoolNameEn: school.nameEn }),
      ...(venue ? { venueNameZh: venue.nameZh } : {}),
      ...(venue?.nameEn === undefined ? {} : { venueNameEn: venue.nameEn }),
      ...(venue?.addressZh === undefined ? {} : { addressZh: venue.addressZh }),
    } as ScheduledSession & { readonly order: number });
  });
  sessions.sort((p, q) => p.order - q.order || (p.allocationId < q.allocationId ? -1 : 1));
  return ok({
    sessions: sessions.map(({ order: _, ...s }) => s as ScheduledSession),
    unschedulable,
    complete: unschedulable.length === 0,
    search: { method: outcome.method, nodes: outcome.nodes, provedIncomplete: outcome.provedIncomplete },
    timeZone: SCHEDULE_TIME_ZONE,
    term: { start: m.term.start, end: m.term.end },
    known: {
      schools: m.schools.map((s) => s.id),
      venues: m.venues.map((v) => v.id),
      experts: m.experts.map((e) => e.id),
    },
  });
};
