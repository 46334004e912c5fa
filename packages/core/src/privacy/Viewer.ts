import { z } from "zod";
import { Role } from "../descriptors/roles.js";

/**
 * How the viewer stands to the record at hand, most specific first:
 * - `own-child`: the viewer is a guardian of the student the record is about.
 * - `own-class`: the student is in a class the viewer teaches or heads (a counsellor: a class they serve).
 * - `own-school`: the student is in a school where the viewer works.
 * - `none`: no relationship (another school, a venue, the public).
 *
 * The caller computes it per record (from enrolments, staff assignments and student–contact associations) and passes
 * the most specific one that holds; the policy never guesses it.
 *
 * Source: Ed-Fi `StudentContactAssociation` (guardian) and `StaffEducationOrganizationAssignmentAssociation`
 * (school), OneRoster enrolments (class).
 */
export const Relationship = z.enum(["own-child", "own-class", "own-school", "none"]);
/** `"own-child" | "own-class" | "own-school" | "none"`. */
export type Relationship = z.infer<typeof Relationship>;

/**
 * Who is looking at a record: their role and their relationship to this record. Access is decided by
 * role × relationship in an {@link AccessPolicy}, never by role alone.
 *
 * @example
 * ```ts
 * import { Viewer } from "@jiaolianti/core";
 * const headTeacher = Viewer.parse({ role: "head-teacher", relationship: "own-class" });
 * ```
 */
export const Viewer = z.strictObject({ role: Role, relationship: Relationship });
/** A role and its relationship to the record at hand. */
export type Viewer = z.infer<typeof Viewer>;
