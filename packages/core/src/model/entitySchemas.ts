import type { z } from "zod";
import { Booking } from "./booking/Booking.js";
import { Demand } from "./booking/Demand.js";
import { Responsibility } from "./governance/Responsibility.js";
import { Competition } from "./offer/Competition.js";
import { Course } from "./offer/Course.js";
import { InnovationCase } from "./offer/InnovationCase.js";
import { Project } from "./offer/Project.js";
import { DepartmentRecord } from "./organisation/DepartmentRecord.js";
import { School } from "./organisation/School.js";
import { Subdistrict } from "./organisation/Subdistrict.js";
import { Contact } from "./people/Contact.js";
import { Family } from "./people/Family.js";
import { Staff } from "./people/Staff.js";
import { StaffSchoolAssignment } from "./people/StaffSchoolAssignment.js";
import { Student } from "./people/Student.js";
import { StudentContactAssociation } from "./people/StudentContactAssociation.js";
import { StudentSchoolAssociation } from "./people/StudentSchoolAssociation.js";
import { Survey } from "./survey/Survey.js";
import { SurveyResponse } from "./survey/SurveyResponse.js";
import { Venue } from "./venue/Venue.js";
import { Assessment } from "./wellbeing/Assessment.js";
import { AssessmentResult } from "./wellbeing/AssessmentResult.js";
import { Referral } from "./wellbeing/Referral.js";
import { TieredResponseCase } from "./wellbeing/TieredResponseCase.js";

/**
 * Every record kind of the model, by name: the single list that JSON Schema generation, registries, CSV import and
 * sync iterate over. Each value is a strict zod object schema with `id`, `status` and `dateLastModified`.
 *
 * @example
 * ```ts
 * import { entitySchemas } from "@jiaolianti/core";
 * entitySchemas.Venue.safeParse(input).success;
 * Object.keys(entitySchemas); // ["Subdistrict", "School", "Department", "Student", …]
 * ```
 */
export const entitySchemas = {
  Subdistrict,
  School,
  Department: DepartmentRecord,
  Student,
  StudentSchoolAssociation,
  Family,
  Contact,
  StudentContactAssociation,
  Staff,
  StaffSchoolAssignment,
  Venue,
  Course,
  Project,
  InnovationCase,
  Competition,
  Demand,
  Booking,
  Assessment,
  AssessmentResult,
  TieredResponseCase,
  Referral,
  Survey,
  SurveyResponse,
  Responsibility,
} as const;

/** The name of a record kind, e.g. `"Venue"`. */
export type EntityKind = keyof typeof entitySchemas;

/** The list of record kind names, in {@link entitySchemas} order. */
export const ENTITY_KINDS = Object.keys(entitySchemas) as ReadonlyArray<EntityKind>;

/** The parsed (output) type of a record kind, e.g. `Entity<"Venue">` is `Venue`. */
export type Entity<K extends EntityKind> = z.output<(typeof entitySchemas)[K]>;

/** The accepted input type of a record kind (ids unbranded). */
export type EntityInput<K extends EntityKind> = z.input<(typeof entitySchemas)[K]>;
