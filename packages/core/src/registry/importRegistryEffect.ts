import { Effect } from "effect";
import type { RegistryKind } from "../descriptors/registryKinds.js";
import { type ImportError, importError } from "../errors/ImportError.js";
import type { ImportSuccess } from "./import/ImportIssue.js";
import { type CsvImportOptions, importRegistryCsv } from "./importRegistryCsv.js";
import { importRegistryXlsx, type XlsxImportOptions } from "./importRegistryXlsx.js";
import type { RegistryRecord } from "./RegistryDefinition.js";

/**
 * {@link importRegistryCsv} as an Effect: succeeds with the import (records, and with `partial` the rejected rows),
 * fails with a typed {@link ImportError} carrying every issue.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { entityExamples, exportRegistryCsv, importRegistryCsvEffect } from "@jiaolianti/core";
 * const program = importRegistryCsvEffect("venues", exportRegistryCsv("venues", [entityExamples.Venue])).pipe(
 *   Effect.map((r) => r.records.length),
 *   Effect.catchTag("ImportError", (e) => Effect.succeed(e.issues.length)),
 * );
 * ```
 */
export const importRegistryCsvEffect = <K extends RegistryKind>(
  kind: K,
  input: string | Uint8Array | ArrayBuffer,
  options: CsvImportOptions = {},
): Effect.Effect<ImportSuccess<RegistryRecord<K>>, ImportError> =>
  Effect.suspend(() => {
    const r = importRegistryCsv(kind, input, options);
    return r.ok ? Effect.succeed(r) : Effect.fail(importError(kind, "csv", r.errors));
  });

/**
 * {@link importRegistryXlsx} as an Effect, failing with a typed {@link ImportError}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { entityExamples, exportRegistryXlsx, importRegistryXlsxEffect } from "@jiaolianti/core";
 * const bytes = await exportRegistryXlsx("experts", [entityExamples.Staff]);
 * const records = await Effect.runPromise(importRegistryXlsxEffect("experts", bytes)).then((r) => r.records);
 * ```
 */
export const importRegistryXlsxEffect = <K extends RegistryKind>(
  kind: K,
  input: Uint8Array | ArrayBuffer | Blob,
  options: XlsxImportOptions = {},
): Effect.Effect<ImportSuccess<RegistryRecord<K>>, ImportError> =>
  Effect.flatMap(
    Effect.promise(() => importRegistryXlsx(kind, input, options)),
    (r) => (r.ok ? Effect.succeed(r) : Effect.fail(importError(kind, "xlsx", r.errors))),
  );
