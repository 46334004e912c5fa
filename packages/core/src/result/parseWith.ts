import type { z } from "zod";
import { type ValidationError, validationError } from "../errors/ValidationError.js";
import { err, ok, type Result } from "./Result.js";

/**
 * Validates `input` against a zod schema and returns a {@link Result} with every issue on failure.
 *
 * @param subject - name used in error messages, e.g. `"GeoPoint"`.
 * @example
 * ```ts
 * import { GeoPoint, parseWith } from "@jiaolianti/core";
 * const r = parseWith(GeoPoint, { lat: 31.2, lng: 121.4, crs: "WGS84" }, "GeoPoint");
 * ```
 */
export const parseWith = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): Result<z.output<S>, ValidationError> => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(
    validationError(
      subject,
      parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
    ),
  );
};
