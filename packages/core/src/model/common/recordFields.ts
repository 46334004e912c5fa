import type { z } from "zod";
import { IsoDateTime } from "./dates.js";
import { RecordStatus } from "./RecordStatus.js";

/**
 * The fields every record carries, to be spread into a `z.strictObject` shape: a stable branded `id`, a `status`
 * (`active` | `tobedeleted`) and `dateLastModified` (an ISO date-time with offset), so any system can sync by delta.
 *
 * Source: 1EdTech OneRoster 1.2 base class (`sourcedId`, `status`, `dateLastModified`).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { recordFields, SchoolId } from "@jiaolianti/core";
 * const Minimal = z.strictObject({ ...recordFields(SchoolId) });
 * Minimal.parse({ id: "xh-school-001", status: "active", dateLastModified: "2025-09-01T00:00:00Z" });
 * ```
 */
export const recordFields = <I extends z.ZodType<string>>(id: I) => ({
  /** Stable opaque id (OneRoster `sourcedId`). */
  id,
  /** `active`, or `tobedeleted` (soft delete for delta sync). */
  status: RecordStatus,
  /** When the record last changed (ISO 8601 date-time with offset). */
  dateLastModified: IsoDateTime,
});
