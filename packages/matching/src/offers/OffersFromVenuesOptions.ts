import {
  IsoDate,
  TIME_WINDOW_MAX_DAYS,
  uniqueList,
  VenueAdmissionStatus,
  VenueId,
  VenueSession,
} from "@jiaolianti/core";
import { z } from "zod";

const DAY_MS = 86_400_000;

/**
 * Options of `offersFromVenues`: the date range `from`..`to` (ISO dates, both inclusive, read as Asia/Shanghai
 * +08:00 calendar days; `to` not before `from`, at most {@link TIME_WINDOW_MAX_DAYS} days apart), and optionally which
 * admission statuses count as bookable (default: those core's `venueAdmissionStatuses` marks `bookable` —
 * `admitted` and `conditional`, 已准入 / 有条件准入).
 *
 * Source: 徐汇区“教联体”行动方案 二(四) (《徐汇区社会教育资源准入标准》: only admitted resources are offered to schools).
 *
 * @example
 * ```ts
 * import { OffersFromVenuesOptions } from "@jiaolianti/matching";
 * OffersFromVenuesOptions.parse({ from: "2026-10-12", to: "2026-10-16", statuses: ["admitted"] });
 * ```
 */
export const OffersFromVenuesOptions = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    /** Admission statuses whose venues are offered; default: every status core marks `bookable`. */
    statuses: uniqueList(VenueAdmissionStatus, 6, { min: 1 }).optional(),
  })
  .check((ctx) => {
    const span = Date.parse(`${ctx.value.to}T00:00:00Z`) - Date.parse(`${ctx.value.from}T00:00:00Z`);
    if (span < 0)
      ctx.issues.push({ code: "custom", input: ctx.value.to, path: ["to"], message: "`to` is before `from`" });
    else if (span > TIME_WINDOW_MAX_DAYS * DAY_MS)
      ctx.issues.push({
        code: "custom",
        input: ctx.value.to,
        path: ["to"],
        message: `the range may span at most ${TIME_WINDOW_MAX_DAYS} days`,
      });
  });
/** Options of `offersFromVenues` (input form). */
export type OffersFromVenuesOptions = z.input<typeof OffersFromVenuesOptions>;

/**
 * A session kept outside its venue record (e.g. a term's timetable imported separately), naming its venue by id. It
 * is offered as if it were in the venue's `sessions`.
 *
 * @example
 * ```ts
 * import { ExtraVenueSession } from "@jiaolianti/matching";
 * ExtraVenueSession.parse({
 *   venueId: "xh-venue-001",
 *   session: { kind: "dated", id: "xh-venue-001:open-day", capacity: 40, grades: [], themes: [],
 *     window: { start: "2026-10-14T09:30:00+08:00", end: "2026-10-14T11:00:00+08:00" } },
 * });
 * ```
 */
export const ExtraVenueSession = z.strictObject({ venueId: VenueId, session: VenueSession });
/** A session kept outside its venue record (input form). */
export type ExtraVenueSession = z.input<typeof ExtraVenueSession>;
