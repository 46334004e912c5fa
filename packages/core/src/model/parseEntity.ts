import type { ValidationError } from "../errors/ValidationError.js";
import { parseWith } from "../result/parseWith.js";
import type { Result } from "../result/Result.js";
import { type Entity, type EntityKind, entitySchemas } from "./entitySchemas.js";

/**
 * Validates an unknown value (e.g. a row from `JSON.parse` or a vendor's API) as a record of `kind`, returning a
 * {@link Result}: the typed record, or a `ValidationError` with every issue and its path. Never throws for bad input.
 *
 * @example
 * ```ts
 * import { parseEntity } from "@jiaolianti/core";
 * const r = parseEntity("Booking", JSON.parse(body));
 * if (!r.ok) console.log(r.error.issues.map((i) => i.path.join(".")));
 * ```
 */
export const parseEntity = <K extends EntityKind>(kind: K, input: unknown): Result<Entity<K>, ValidationError> =>
  parseWith(entitySchemas[kind], input, kind) as Result<Entity<K>, ValidationError>;
