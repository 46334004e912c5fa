import { z } from "zod";

/**
 * The life-cycle status every record carries for delta sync: `active`, or `tobedeleted` (a soft delete that
 * consumers must apply, then may purge).
 *
 * Source: 1EdTech OneRoster 1.2, `StatusType` (`active` | `tobedeleted`).
 *
 * @example
 * ```ts
 * import { RecordStatus } from "@jiaolianti/core";
 * RecordStatus.parse("tobedeleted");
 * ```
 */
export const RecordStatus = z.enum(["active", "tobedeleted"]);

/** `"active" | "tobedeleted"`. */
export type RecordStatus = z.infer<typeof RecordStatus>;
