import type { RegistryKind } from "../descriptors/registryKinds.js";
import { Responsibility } from "../model/governance/Responsibility.js";
import { Course } from "../model/offer/Course.js";
import { Project } from "../model/offer/Project.js";
import { Staff } from "../model/people/Staff.js";
import { Venue } from "../model/venue/Venue.js";
import { expertColumns } from "./columns/expertColumns.js";
import { projectColumns } from "./columns/projectColumns.js";
import { providerRefAdapter } from "./columns/providerRefAdapter.js";
import { resourceColumns } from "./columns/resourceColumns.js";
import { responsibilityColumns } from "./columns/responsibilityColumns.js";
import { venueColumns } from "./columns/venueColumns.js";
import type { RegistryDefinition } from "./RegistryDefinition.js";

/**
 * The five registries (五张清单) of the alliance's cockpit as data — the record schema and spreadsheet columns of each.
 * 资源清单 (`resources`) holds courses and practice activities (`Course`): the plan's 资源 are the courses it calls for
 * each year, the venue-course toolkits and the 五育融合 courses; venues (with their bookable sessions) and experts have
 * lists of their own.
 *
 * Source: 徐汇区“教联体”行动方案 三(四)1 (集合责任清单、资源清单、场所清单、项目清单、专家清单), 二(四), 三(五)3.
 *
 * @example
 * ```ts
 * import { registryDefinitions } from "@jiaolianti/core";
 * registryDefinitions.resources.entityKind; // "Course"
 * ```
 */
export const registryDefinitions: { readonly [K in RegistryKind]: RegistryDefinition<K> } = {
  responsibilities: {
    kind: "responsibilities",
    entityKind: "Responsibility",
    schema: Responsibility,
    columns: responsibilityColumns,
    adapters: [],
  },
  resources: {
    kind: "resources",
    entityKind: "Course",
    schema: Course,
    columns: resourceColumns,
    adapters: [providerRefAdapter("provider")],
  },
  venues: { kind: "venues", entityKind: "Venue", schema: Venue, columns: venueColumns, adapters: [] },
  projects: {
    kind: "projects",
    entityKind: "Project",
    schema: Project,
    columns: projectColumns,
    adapters: [providerRefAdapter("lead")],
  },
  experts: { kind: "experts", entityKind: "Staff", schema: Staff, columns: expertColumns, adapters: [] },
};
