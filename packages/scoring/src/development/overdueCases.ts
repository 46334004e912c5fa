import {
  IsoDateTime,
  parseWith,
  type Result,
  type Role,
  SupportTier,
  type ValidationError,
  validationError,
} from "@jiaolianti/core";
import { z } from "zod";
import { ResponseObligations, xuhuiResponseObligations } from "./responseObligations.js";
import { urgencyOf } from "./tierCodes.js";

/**
 * An open or answered case as the response check needs it: a pseudonymous case id, the tier, when the tier was raised,
 * when the first response happened (absent or `null` = not yet), and optionally the due time already recorded on the
 * case (core's `TieredResponseCase.responseDueAt`), which then takes precedence.
 *
 * @example
 * ```ts
 * import { ResponseCase } from "@jiaolianti/scoring";
 * ResponseCase.parse({ caseId: "trc-0001", tier: "red", raisedAt: "2026-11-02T09:00:00+08:00" });
 * ```
 */
export const ResponseCase = z.strictObject({
  caseId: z.string().min(1).max(64),
  tier: SupportTier,
  raisedAt: IsoDateTime,
  respondedAt: IsoDateTime.nullable().optional(),
  dueAt: IsoDateTime.optional(),
});
/** A case as the response check needs it. */
export type ResponseCase = z.infer<typeof ResponseCase>;

/** A case whose first response is overdue. */
export interface OverdueCase {
  readonly caseId: string;
  readonly tier: SupportTier;
  /** When the first response was due (ISO, UTC). */
  readonly dueAt: string;
  /** Hours past the deadline at `now`. */
  readonly overdueHours: number;
  readonly lead: Role;
  readonly responders: ReadonlyArray<Role>;
  readonly message: { readonly en: string; readonly zh: string };
}

const HOUR = 3_600_000;

/**
 * The cases whose first response is overdue at `now` (passed in: the library reads no clock): open (no `respondedAt`)
 * and past their due time — the case's own `dueAt`, else `raisedAt` + the tier's `withinHours` (red 24 h, orange 48 h,
 * yellow 7 days by default; green has no deadline). Most urgent tier first, then longest overdue. Who must act comes
 * from the obligations (`lead`, `responders`).
 *
 * Returns a {@link ValidationError} for a malformed case (path `[index, field]`), a duplicate case id, an invalid
 * `now`, or invalid obligations.
 *
 * Source: REFERENCE.md §3 (response times attached to colours); see {@link xuhuiResponseObligations}.
 *
 * @example
 * ```ts
 * import { overdueCases } from "@jiaolianti/scoring";
 * const r = overdueCases(
 *   [
 *     { caseId: "trc-1", tier: "red", raisedAt: "2026-11-02T09:00:00+08:00" },
 *     { caseId: "trc-2", tier: "orange", raisedAt: "2026-11-02T09:00:00+08:00" },
 *     { caseId: "trc-3", tier: "red", raisedAt: "2026-11-02T09:00:00+08:00", respondedAt: "2026-11-02T15:00:00+08:00" },
 *   ],
 *   "2026-11-03T12:00:00+08:00",
 * );
 * if (r.ok) console.log(r.value.map((c) => [c.caseId, c.overdueHours])); // [["trc-1", 3]]
 * ```
 */
export const overdueCases = (
  cases: ReadonlyArray<ResponseCase>,
  now: Date | string,
  obligations: ResponseObligations = xuhuiResponseObligations,
): Result<ReadonlyArray<OverdueCase>, ValidationError> => {
  const parsed = parseWith(z.array(ResponseCase).max(1_000_000), cases, "cases");
  if (!parsed.ok) return parsed;
  const o = parseWith(ResponseObligations, obligations, "ResponseObligations");
  if (!o.ok) return o;
  const t =
    now instanceof Date
      ? now.getTime()
      : typeof now === "string" && IsoDateTime.safeParse(now).success
        ? Date.parse(now)
        : Number.NaN;
  if (!Number.isFinite(t))
    return {
      ok: false,
      error: validationError("now", [{ path: [], message: "expected a valid Date or an ISO date-time with offset" }]),
    };
  const seen = new Set<string>();
  const out: OverdueCase[] = [];
  for (const [i, c] of parsed.value.entries()) {
    if (seen.has(c.caseId))
      return {
        ok: false,
        error: validationError("cases", [{ path: [i, "caseId"], message: `duplicate case id ${c.caseId}` }]),
      };
    seen.add(c.caseId);
    if (c.respondedAt) continue;
    const ob = o.value.tiers[c.tier];
    const due =
      c.dueAt !== undefined
        ? Date.parse(c.dueAt)
        : ob.withinHours === null
          ? null
          : Date.parse(c.raisedAt) + ob.withinHours * HOUR;
    if (due === null || t <= due) continue;
    const overdueHours = Math.round(((t - due) / HOUR) * 10) / 10;
    out.push({
      caseId: c.caseId,
      tier: c.tier,
      dueAt: new Date(due).toISOString(),
      overdueHours,
      lead: ob.lead,
      responders: ob.responders,
      message: {
        en: `case ${c.caseId} (${c.tier}): first response overdue by ${overdueHours} h — ${ob.action.en}`,
        zh: `个案 ${c.caseId}(${c.tier}):首次响应已超时 ${overdueHours} 小时 — ${ob.action.zh}`,
      },
    });
  }
  out.sort((a, b) => urgencyOf(b.tier) - urgencyOf(a.tier) || b.overdueHours - a.overdueHours);
  return { ok: true, value: out };
};
