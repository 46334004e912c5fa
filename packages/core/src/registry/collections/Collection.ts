import { type ValidationError, validationError } from "../../errors/ValidationError.js";
import type { Entity, EntityKind } from "../../model/entitySchemas.js";
import { err, ok, type Result } from "../../result/Result.js";

/**
 * The records of one kind with lookup by id: `records` in their given order and `byId`, a `Map` from id to record.
 *
 * @example
 * ```ts
 * import { createCollection, entityExamples, Venue } from "@jiaolianti/core";
 * const venues = createCollection("Venue", [Venue.parse(entityExamples.Venue)]);
 * if (venues.ok) venues.value.byId.get("xh-venue-001")?.nameZh;
 * ```
 */
export interface Collection<K extends EntityKind> {
  readonly entityKind: K;
  readonly records: ReadonlyArray<Entity<K>>;
  readonly byId: ReadonlyMap<string, Entity<K>>;
}

/**
 * Builds a {@link Collection} of `entityKind` from parsed records. Ids must be unique: every record that repeats an
 * earlier id is reported (at `[index, "id"]`) in one `ValidationError`, and no collection is built.
 *
 * @example
 * ```ts
 * import { createCollection, entityExamples, Staff } from "@jiaolianti/core";
 * const coach = Staff.parse(entityExamples.Staff);
 * const r = createCollection("Staff", [coach, { ...coach, id: "staff-2" }, coach]);
 * if (!r.ok) r.error.issues[0]?.path; // [2, "id"]
 * ```
 */
export const createCollection = <K extends EntityKind>(
  entityKind: K,
  records: ReadonlyArray<Entity<K>>,
): Result<Collection<K>, ValidationError> => {
  const byId = new Map<string, Entity<K>>();
  const issues: { path: ReadonlyArray<PropertyKey>; message: string }[] = [];
  records.forEach((record, i) => {
    const id = (record as { readonly id: string }).id;
    if (byId.has(id)) issues.push({ path: [i, "id"], message: `duplicate id ${JSON.stringify(id)}` });
    else byId.set(id, record);
  });
  if (issues.length > 0) return err(validationError(`${entityKind} collection`, issues));
  return ok({ entityKind, records, byId });
};
