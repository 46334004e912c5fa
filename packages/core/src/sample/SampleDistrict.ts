import type { Demand } from "../model/booking/Demand.js";
import type { Responsibility } from "../model/governance/Responsibility.js";
import type { Course } from "../model/offer/Course.js";
import type { DepartmentRecord } from "../model/organisation/DepartmentRecord.js";
import type { School } from "../model/organisation/School.js";
import type { Subdistrict } from "../model/organisation/Subdistrict.js";
import type { Contact } from "../model/people/Contact.js";
import type { Family } from "../model/people/Family.js";
import type { Staff } from "../model/people/Staff.js";
import type { StaffSchoolAssignment } from "../model/people/StaffSchoolAssignment.js";
import type { Student } from "../model/people/Student.js";
import type { StudentContactAssociation } from "../model/people/StudentContactAssociation.js";
import type { Venue } from "../model/venue/Venue.js";
import type { Assessment } from "../model/wellbeing/Assessment.js";
import type { SampleRecords } from "./SampleRecords.js";

/** What in a sample district is real reference data and what is made up, with the sources of the real parts. */
export interface SampleProvenance {
  /** Generator version: districts are reproducible for a (version, seed, students) triple. */
  readonly generatorVersion: string;
  /** Real public data used, with its source. */
  readonly real: ReadonlyArray<string>;
  /** Synthetic parts (never to be shown as facts about Xuhui). */
  readonly synthetic: ReadonlyArray<string>;
  /** Must be shown with any map of the subdistricts or schools: "© OpenStreetMap contributors". */
  readonly attribution: string;
}

/**
 * A synthetic school district on Xuhui's real geography: the 13 real subdistricts and 67 real venues, synthetic
 * schools, students, families, staff, courses, demands and assessments, and the responsibility list of the real
 * 2025–2027 plan. Every record is valid against its entity schema (`entitySchemas`). Students, families and contacts
 * are pseudonymous ids only; nothing describes a real person.
 */
export interface SampleDistrict {
  readonly seed: number | string;
  readonly provenance: SampleProvenance;
  /** The 13 real subdistricts with the true centroids of their OSM polygons. */
  readonly subdistricts: ReadonlyArray<Subdistrict>;
  /** Synthetic schools (`synthetic: true`), each inside its subdistrict's polygon. */
  readonly schools: ReadonlyArray<School>;
  readonly students: ReadonlyArray<Student>;
  /** One household per student. */
  readonly families: ReadonlyArray<Family>;
  readonly contacts: ReadonlyArray<Contact>;
  readonly studentContactAssociations: ReadonlyArray<StudentContactAssociation>;
  /** The 67 real venues with synthetic capacities, sessions and admission (see `SYNTHETIC_VENUE_FIELDS`). */
  readonly venues: ReadonlyArray<Venue>;
  /** One synthetic course per venue theme. */
  readonly courses: ReadonlyArray<Course>;
  /** Science, mental-health and family-education experts and safety lecturers. */
  readonly experts: ReadonlyArray<Staff>;
  readonly coaches: ReadonlyArray<Staff>;
  /** One school doctor per school (一校一医). */
  readonly doctors: ReadonlyArray<Staff>;
  readonly staffAssignments: ReadonlyArray<StaffSchoolAssignment>;
  /** The plan's departments; 各街镇 as one record per subdistrict. */
  readonly departments: ReadonlyArray<DepartmentRecord>;
  /** The responsibility list of the Xuhui plan 2025–2027 (synthetic progress). */
  readonly responsibilities: ReadonlyArray<Responsibility>;
  /** Schools' requests for out-of-school activities in the 2026 autumn term. */
  readonly demands: ReadonlyArray<Demand>;
  /** Screening, parenting and fitness assessments, made on demand from compact columns. */
  readonly assessments: SampleRecords<Assessment>;
}
