import { z } from "zod";

/** Longest id accepted, in characters (OneRoster `sourcedId`s are usually GUIDs: 36). */
export const ENTITY_ID_MAX_LENGTH = 64;

/**
 * The safe id charset: starts with an ASCII letter or digit, then letters, digits, `.`, `_`, `:` or `-`. No spaces,
 * slashes, percent signs or non-ASCII, so an id is safe in a URL path, a file name, a CSV cell and a log line.
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * Builds the schema of a stable record id (OneRoster `sourcedId`, Ed-Fi natural key), branded per entity so that a
 * `StudentId` cannot be passed where a `SchoolId` is expected. Non-empty, at most {@link ENTITY_ID_MAX_LENGTH}
 * characters, {@link ENTITY_ID_PATTERN}. The brand is a compile-time mark only: the JSON Schema is a plain string
 * with `minLength`, `maxLength` and `pattern`.
 *
 * Source: 1EdTech OneRoster 1.2 (`sourcedId`), Ed-Fi Data Standard v5 (resource ids).
 *
 * @example
 * ```ts
 * import { entityId } from "@jiaolianti/core";
 * const SchoolId = entityId("SchoolId");
 * SchoolId.parse("xh-school-001"); // ok, typed string & z.$brand<"SchoolId">
 * SchoolId.safeParse("xh school/1").success; // false: spaces and slashes are rejected
 * ```
 */
export const entityId = <const B extends string>(brand: B) =>
  z
    .string()
    .min(1, "id must not be empty")
    .max(ENTITY_ID_MAX_LENGTH)
    .regex(
      ENTITY_ID_PATTERN,
      "id may only contain A–Z, a–z, 0–9, '.', '_', ':' and '-', starting with a letter or digit",
    )
    .brand<B>()
    .meta({ description: `${brand}: stable opaque id` });
