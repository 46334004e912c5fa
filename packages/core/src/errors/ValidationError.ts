import { Data } from "effect";

/** One reason an input was rejected: where (a path into the input) and why. */
export interface ValidationIssue {
  /** Path into the input, e.g. `["venues", 3, "lat"]`; empty for the input itself. */
  readonly path: ReadonlyArray<PropertyKey>;
  /** Why the value at `path` was rejected (English, from the schema). */
  readonly message: string;
}

/**
 * Input did not match the expected shape. Carries every issue found (not just the first), and a summary
 * a district officer can read in Chinese (`messageZh`) and English (`message`).
 *
 * @example
 * ```ts
 * import { parseGeoPoint } from "@jiaolianti/core";
 * const r = parseGeoPoint({ lat: 91, lng: 121.4, crs: "WGS84" });
 * if (!r.ok) console.log(r.error._tag, r.error.issues[0]?.path); // "ValidationError" ["lat"]
 * ```
 */
export class ValidationError extends Data.TaggedError("ValidationError")<{
  /** What was being validated, e.g. `"GeoPoint"`. */
  readonly subject: string;
  readonly issues: ReadonlyArray<ValidationIssue>;
  readonly message: string;
  readonly messageZh: string;
}> {}

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0 ? "(root)" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");

/** Builds a {@link ValidationError} for `subject` from a list of issues. */
export const validationError = (subject: string, issues: ReadonlyArray<ValidationIssue>): ValidationError => {
  const shown = issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length > 5 ? ` (+${issues.length - 5})` : "";
  return new ValidationError({
    subject,
    issues,
    message: `Invalid ${subject}: ${shown.join("; ")}${more}`,
    messageZh: `${subject} 数据不符合要求:${shown.join(";")}${more}`,
  });
};
