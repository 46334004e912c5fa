import { z } from "zod";
import { ENTITY_KINDS, type EntityKind, entitySchemas } from "./entitySchemas.js";

/** A JSON Schema document (draft 2020-12), as produced by zod. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The base of the `$id` of each published schema; the kind name is appended. */
export const JSON_SCHEMA_ID_BASE = "uri://jiaolianti.org/schema/";

/**
 * The JSON Schema (draft 2020-12) of every record kind, for vendors who do not use TypeScript. Field sensitivity is
 * published as `"x-sensitivity"`; ids, lengths, ranges, enums, date formats and `additionalProperties: false` are all
 * expressed. Cross-field rules (an end not before its beginning, session capacity within venue capacity …) cannot be
 * expressed in JSON Schema: they are listed in each schema's `description` and enforced by the zod schemas, which
 * remain the source of truth.
 *
 * Source: JSON Schema 2020-12; zod 4 `z.toJSONSchema`.
 *
 * @example
 * ```ts
 * import { toJSONSchemas } from "@jiaolianti/core";
 * const schemas = toJSONSchemas();
 * schemas.Student.properties.grade["x-sensitivity"]; // "personal"
 * ```
 */
export const toJSONSchemas = (): Record<EntityKind, JsonSchema> => {
  const out = {} as Record<EntityKind, JsonSchema>;
  for (const kind of ENTITY_KINDS) {
    const schema = z.toJSONSchema(entitySchemas[kind], {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "throw",
    });
    out[kind] = { $id: `${JSON_SCHEMA_ID_BASE}${kind}`, ...schema };
  }
  return out;
};
