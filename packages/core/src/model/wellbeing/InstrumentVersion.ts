import { z } from "zod";

/**
 * The version of an instrument, a rule set or a norm set, e.g. `"1.0.0"`, `"2008-cn"`, `"2025.1"`: 1–32 characters
 * from A–Z, a–z, 0–9, `.`, `+`, `_`, `-`, starting with a letter or digit. Results are only comparable within one
 * version, so every score, tier and rule firing records the versions that produced it.
 *
 * Source: REFERENCE.md §3 ("every result records which rules fired, instrument versions and norm set").
 *
 * @example
 * ```ts
 * import { InstrumentVersion } from "@jiaolianti/core";
 * InstrumentVersion.parse("2008-cn");
 * ```
 */
export const InstrumentVersion = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/, "version may only contain A–Z, a–z, 0–9, '.', '+', '_' and '-'");

/** A version string of an instrument, rule set or norm set. */
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;
