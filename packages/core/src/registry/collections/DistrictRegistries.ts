import { type ValidationError, validationError } from "../../errors/ValidationError.js";
import { ENTITY_KINDS, type Entity, type EntityKind } from "../../model/entitySchemas.js";
import { err, ok, type Result } from "../../result/Result.js";
import { type Collection, createCollection } from "./Collection.js";

/**
 * A district's record collections by entity kind — the five lists (`Responsibility`, `Course`, `Venue`, `Project`,
 * `Staff`) and the collections their references point into (`School`, `Department`, `Subdistrict`, `Demand`,
 * `Booking`, `StaffSchoolAssignment`, `InnovationCase`, …). Any may be absent; {@link referentialCheck} then skips
 * the references into it and says so.
 *
 * @example
 * ```ts
 * import type { DistrictRegistries } from "@jiaolianti/core";
 * const venueOf = (d: DistrictRegistries, id: string) => d.Venue?.byId.get(id);
 * ```
 */
export type DistrictRegistries = { readonly [K in EntityKind]?: Collection<K> };

/** The records of each collection of a {@link DistrictRegistries}, by entity kind. */
export type DistrictRecords = { readonly [K in EntityKind]?: ReadonlyArray<Entity<K>> };

/**
 * Builds a district's collections, each with lookup by id. Every repeated id in every collection is reported (path
 * `[kind, index, "id"]`) in one `ValidationError`.
 *
 * @example
 * ```ts
 * import { Booking, Course, createDistrictRegistries, entityExamples, referentialCheck, Venue } from "@jiaolianti/core";
 * const district = createDistrictRegistries({
 *   Venue: [Venue.parse(entityExamples.Venue)],
 *   Course: [Course.parse(entityExamples.Course)],
 *   Booking: [Booking.parse(entityExamples.Booking)],
 * });
 * if (district.ok) referentialCheck(district.value).ok; // true (the booking's demand is not checked: no demands given)
 * ```
 */
export const createDistrictRegistries = (records: DistrictRecords): Result<DistrictRegistries, ValidationError> => {
  const out: Record<string, Collection<EntityKind>> = {};
  const issues: { path: ReadonlyArray<PropertyKey>; message: string }[] = [];
  for (const kind of ENTITY_KINDS) {
    const list = records[kind] as ReadonlyArray<Entity<EntityKind>> | undefined;
    if (list === undefined) continue;
    const r = createCollection(kind, list);
    if (r.ok) out[kind] = r.value;
    else issues.push(...r.error.issues.map((i) => ({ path: [kind, ...i.path], message: i.message })));
  }
  if (issues.length > 0) return err(validationError("district registries", issues));
  return ok(out as DistrictRegistries);
};
