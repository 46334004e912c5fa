import type { z } from "zod";
import type { RegistryKind } from "../descriptors/registryKinds.js";
import type { Responsibility } from "../model/governance/Responsibility.js";
import type { Course } from "../model/offer/Course.js";
import type { Project } from "../model/offer/Project.js";
import type { Staff } from "../model/people/Staff.js";
import type { Venue } from "../model/venue/Venue.js";
import type { RegistryColumn, RowAdapter } from "./columns/RegistryColumn.js";

/** The record type of each registry: 责任清单 → `Responsibility`, 资源清单 → `Course`, 场所清单 → `Venue`, 项目清单 → `Project`, 专家清单 → `Staff`. */
export interface RegistryRecordMap {
  readonly responsibilities: Responsibility;
  readonly resources: Course;
  readonly venues: Venue;
  readonly projects: Project;
  readonly experts: Staff;
}

/** The entity kind (a key of `entitySchemas`) of each registry's records. */
export interface RegistryEntityKindMap {
  readonly responsibilities: "Responsibility";
  readonly resources: "Course";
  readonly venues: "Venue";
  readonly projects: "Project";
  readonly experts: "Staff";
}

/** A record of registry `K`, e.g. `RegistryRecord<"venues">` is `Venue`. */
export type RegistryRecord<K extends RegistryKind> = RegistryRecordMap[K];

/** The accepted input type of each registry's records (plain strings for ids). */
export interface RegistryRecordInputMap {
  readonly responsibilities: z.input<typeof Responsibility>;
  readonly resources: z.input<typeof Course>;
  readonly venues: z.input<typeof Venue>;
  readonly projects: z.input<typeof Project>;
  readonly experts: z.input<typeof Staff>;
}

/** What registry `K` accepts for export: a parsed record, or a record before parsing (plain strings for ids). */
export type RegistryRecordInput<K extends RegistryKind> = RegistryRecordInputMap[K];

/**
 * A registry as data: its kind, the entity kind and zod schema of its records, the ordered columns of its spreadsheet
 * and the adapters that reshape tagged unions between the record and the columns.
 *
 * @example
 * ```ts
 * import { registryDefinitions } from "@jiaolianti/core";
 * registryDefinitions.venues.columns[0]?.headerZh; // "编号"
 * ```
 */
export interface RegistryDefinition<K extends RegistryKind = RegistryKind> {
  readonly kind: K;
  readonly entityKind: RegistryEntityKindMap[K];
  readonly schema: z.ZodType<RegistryRecordMap[K], RegistryRecordInputMap[K]>;
  readonly columns: ReadonlyArray<RegistryColumn>;
  readonly adapters: ReadonlyArray<RowAdapter>;
}
