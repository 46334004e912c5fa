import { z } from "zod";
import type { Descriptor } from "./Descriptor.js";

const NS = "uri://jiaolianti.org/RegistryKindDescriptor";

/** The five registries (五张清单) of the alliance's cockpit. */
export const REGISTRY_KIND_CODES = ["responsibilities", "resources", "venues", "projects", "experts"] as const;

/** A registry kind code, e.g. `"venues"` (场所清单). */
export const RegistryKind = z.enum(REGISTRY_KIND_CODES);
/** A registry kind code. */
export type RegistryKind = z.infer<typeof RegistryKind>;

/** A registry and the record kind its entries are. */
export interface RegistryKindDescriptor extends Descriptor<RegistryKind> {
  /** The entity kind (a key of `entitySchemas`) of the registry's entries. */
  readonly entityKind: "Responsibility" | "Course" | "Venue" | "Project" | "Staff";
}

const r = (
  codeValue: RegistryKind,
  labelZh: string,
  labelEn: string,
  entityKind: RegistryKindDescriptor["entityKind"],
): RegistryKindDescriptor => ({ namespace: NS, codeValue, labelZh, labelEn, entityKind });

/**
 * The registry kind code list with zh-CN and en labels and the entity kind of each registry's entries, keyed by code.
 *
 * Source: 徐汇区“教联体”行动方案 三(四)1 (集合责任清单、资源清单、场所清单、项目清单、专家清单,实现需求匹配和资源调度).
 *
 * @example
 * ```ts
 * import { registryKinds } from "@jiaolianti/core";
 * registryKinds.experts.entityKind; // "Staff"
 * ```
 */
export const registryKinds: Readonly<Record<RegistryKind, RegistryKindDescriptor>> = {
  responsibilities: r("responsibilities", "责任清单", "Responsibility list", "Responsibility"),
  resources: r("resources", "资源清单", "Resource list", "Course"),
  venues: r("venues", "场所清单", "Venue list", "Venue"),
  projects: r("projects", "项目清单", "Project list", "Project"),
  experts: r("experts", "专家清单", "Expert list", "Staff"),
};
