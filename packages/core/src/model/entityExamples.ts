import type { EntityInput, EntityKind } from "./entitySchemas.js";
import { childExamples } from "./examples/childExamples.js";
import { registryExamples } from "./examples/registryExamples.js";

/**
 * One valid example record of every kind — sample payloads for vendors, documentation and tests. The schools,
 * students and families are **synthetic** (made-up pseudonymous ids; no real child is described); the venue and
 * subdistrict are real public places from the shipped reference data. The examples reference each other (the
 * booking's demand is the demand example, the referral's case is the case example, and so on).
 *
 * @example
 * ```ts
 * import { entityExamples, entitySchemas } from "@jiaolianti/core";
 * entitySchemas.Venue.parse(entityExamples.Venue);
 * ```
 */
export const entityExamples: { readonly [K in EntityKind]: EntityInput<K> } = { ...registryExamples, ...childExamples };
