import { UnknownReferenceError } from "../../errors/UnknownReferenceError.js";
import type { EntityKind } from "../../model/entitySchemas.js";
import { err, ok, type Result } from "../../result/Result.js";
import type { DistrictRegistries } from "./DistrictRegistries.js";
import { REFERENCE_RULES, type ReferenceRule } from "./referenceRules.js";
import { referenceTargetLabelsZh } from "./referenceTargetLabels.js";

/** Options of {@link referentialCheck}. */
export interface ReferentialCheckOptions {
  /** Ids of the plan's actions (e.g. `xuhuiPlan2025.actions.map((a) => a.id)`); without them, action ids are not checked. */
  readonly actionIds?: Iterable<string>;
  /** The rules to apply. @default REFERENCE_RULES */
  readonly rules?: ReadonlyArray<ReferenceRule>;
}

/** What a passing check covered: references checked, and rules skipped because their target was not given. */
export interface ReferentialCheckSummary {
  readonly checked: number;
  /** Rules whose source records exist but whose target collection (or the plan's action ids) was not given. */
  readonly skipped: ReadonlyArray<ReferenceRule>;
}

type Path = ReadonlyArray<string | number>;

/** Every value at a rule path (`*` = each list element), with its concrete path. */
const valuesAt = (node: unknown, segments: ReadonlyArray<string>, at: Path = []): Array<[unknown, Path]> => {
  if (segments.length === 0) return [[node, at]];
  if (typeof node !== "object" || node === null) return [];
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === "*") {
    return Array.isArray(node) ? node.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  }
  return Object.hasOwn(node, head) ? valuesAt((node as Record<string, unknown>)[head], rest, [...at, head]) : [];
};

const formatPath = (path: Path): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

const dangling = (
  rule: ReferenceRule,
  fromId: string,
  path: Path,
  targetId: string,
  within?: string,
): UnknownReferenceError => {
  const fromZh = referenceTargetLabelsZh[rule.from];
  const toZh = referenceTargetLabelsZh[rule.to];
  const where = formatPath(path);
  return new UnknownReferenceError({
    from: rule.from,
    fromId,
    path,
    target: rule.to,
    targetId,
    ...(within === undefined ? {} : { within }),
    message:
      within === undefined
        ? `${rule.from} "${fromId}" ${where}: unknown ${rule.to} "${targetId}"`
        : `${rule.from} "${fromId}" ${where}: "${targetId}" is not a session of Venue "${within}"`,
    messageZh:
      within === undefined
        ? `${fromZh}“${fromId}”的 ${where} 引用的${toZh}“${targetId}”不存在`
        : `${fromZh}“${fromId}”的 ${where} 引用的场次“${targetId}”不属于场所“${within}”`,
  });
};

/**
 * Checks every reference between a district's records (rules as data: {@link REFERENCE_RULES}) — a booking's venue
 * and session (which must be a session of that venue), a course's venue, an assignment's staff member and school, a
 * responsibility's department, a project's schools … — and returns every dangling one as an
 * `UnknownReferenceError` with the record, the path and the missing id. References into a collection that was not
 * given are skipped and listed in the summary, so a partial district can be checked without false alarms.
 *
 * @example
 * ```ts
 * import { Booking, createDistrictRegistries, entityExamples, referentialCheck } from "@jiaolianti/core";
 * const district = createDistrictRegistries({ Venue: [], Booking: [Booking.parse(entityExamples.Booking)] });
 * if (district.ok) {
 *   const r = referentialCheck(district.value);
 *   if (!r.ok) for (const e of r.error) console.log(e.messageZh); // 预约“bk-2025-1207”的 venueId 引用的场所“xh-venue-001”不存在
 * }
 * ```
 */
export const referentialCheck = (
  registries: DistrictRegistries,
  options: ReferentialCheckOptions = {},
): Result<ReferentialCheckSummary, ReadonlyArray<UnknownReferenceError>> => {
  const actions = options.actionIds === undefined ? undefined : new Set(options.actionIds);
  const sessionsOf = new Map<string, ReadonlySet<string>>();
  for (const venue of registries.Venue?.records ?? []) {
    sessionsOf.set(venue.id, new Set(venue.sessions.map((s) => s.id)));
  }
  const has = (to: ReferenceRule["to"], id: string): boolean | undefined => {
    if (to === "PlanAction") return actions?.has(id);
    if (to === "VenueSession") return registries.Venue === undefined ? undefined : true;
    const target = registries[to as EntityKind];
    return target === undefined ? undefined : target.byId.has(id);
  };
  const errors: UnknownReferenceError[] = [];
  const skipped: ReferenceRule[] = [];
  let checked = 0;
  for (const rule of options.rules ?? REFERENCE_RULES) {
    const source = registries[rule.from];
    if (source === undefined || source.records.length === 0) continue;
    if (has(rule.to, "") === undefined) {
      skipped.push(rule);
      continue;
    }
    const segments = rule.path.split(".");
    for (const record of source.records) {
      const fromId = (record as { readonly id: string }).id;
      for (const [value, path] of valuesAt(record, segments)) {
        if (typeof value !== "string") continue;
        checked++;
        if (rule.to === "VenueSession") {
          const venueId = rule.within === undefined ? undefined : valuesAt(record, rule.within.split("."))[0]?.[0];
          if (typeof venueId !== "string" || !sessionsOf.has(venueId)) continue; // the venue rule reports the venue
          if (!sessionsOf.get(venueId)?.has(value)) errors.push(dangling(rule, fromId, path, value, venueId));
        } else if (!has(rule.to, value)) errors.push(dangling(rule, fromId, path, value));
      }
    }
  }
  return errors.length > 0 ? err(errors) : ok({ checked, skipped });
};
