import { Data } from "effect";

/**
 * A record refers to something the registries do not contain: a booking's venue or session, a course's venue, an
 * assignment's staff member or school, a responsibility's department … Carries where the reference sits (`from`,
 * `fromId`, `path`), what it names (`target`, `targetId`) and, for a session, the venue it should belong to
 * (`within`). `message` is English, `messageZh` is for a district officer.
 *
 * @example
 * ```ts
 * import { Booking, createDistrictRegistries, entityExamples, referentialCheck } from "@jiaolianti/core";
 * const district = createDistrictRegistries({ Booking: [Booking.parse(entityExamples.Booking)], Venue: [] });
 * if (district.ok) {
 *   const r = referentialCheck(district.value);
 *   if (!r.ok) console.log(r.error[0]?._tag, r.error[0]?.target); // "UnknownReferenceError" "Venue"
 * }
 * ```
 */
export class UnknownReferenceError extends Data.TaggedError("UnknownReferenceError")<{
  /** The record kind holding the reference, e.g. `"Booking"`. */
  readonly from: string;
  /** The id of the record holding the reference. */
  readonly fromId: string;
  /** Where the reference sits in that record, e.g. `["sessions", 0, "courseId"]`. */
  readonly path: ReadonlyArray<string | number>;
  /** The kind referred to, e.g. `"Venue"`, `"VenueSession"`, `"PlanAction"`. */
  readonly target: string;
  /** The id referred to. */
  readonly targetId: string;
  /** For a scoped reference (a session of a venue): the id of the record it must belong to. */
  readonly within?: string;
  readonly message: string;
  readonly messageZh: string;
}> {}
