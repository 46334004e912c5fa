import type { RegistryKind } from "../../descriptors/registryKinds.js";
import type { ValidationError } from "../../errors/ValidationError.js";
import type { Result } from "../../result/Result.js";
import type { RegistryEntityKindMap } from "../RegistryDefinition.js";
import { registryDefinitions } from "../registryDefinitions.js";
import { type Collection, createCollection } from "./Collection.js";

/** One of the five lists: a {@link Collection} of its entity kind, tagged with the registry kind. */
export interface Registry<K extends RegistryKind> extends Collection<RegistryEntityKindMap[K]> {
  readonly kind: K;
}

/**
 * Builds one of the five lists (五张清单) from parsed records — e.g. the venues an import returned — with lookup by
 * id. Duplicate ids are a `ValidationError` naming each repeat.
 *
 * @example
 * ```ts
 * import { createRegistry, entityExamples, exportRegistryCsv, importRegistryCsv } from "@jiaolianti/core";
 * const imported = importRegistryCsv("venues", exportRegistryCsv("venues", [entityExamples.Venue]));
 * if (imported.ok) {
 *   const venues = createRegistry("venues", imported.records);
 *   if (venues.ok) venues.value.byId.get("xh-venue-001");
 * }
 * ```
 */
export const createRegistry = <K extends RegistryKind>(
  kind: K,
  records: ReadonlyArray<Collection<RegistryEntityKindMap[K]>["records"][number]>,
): Result<Registry<K>, ValidationError> => {
  const r = createCollection(registryDefinitions[kind].entityKind as RegistryEntityKindMap[K], records);
  return r.ok ? { ok: true, value: { ...r.value, kind } } : r;
};
