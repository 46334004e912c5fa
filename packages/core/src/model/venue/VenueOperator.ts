import { z } from "zod";
import { boundedText, TEXT_MAX } from "../common/boundedText.js";
import { DepartmentId } from "../common/ids.js";

/**
 * The organisation that runs a venue (never a private person's contact details): its kind, its name, and the
 * department that supervises it, if any.
 *
 * Source: Ed-Fi `CommunityProvider` (providerCategory, operationalStatus).
 *
 * @example
 * ```ts
 * import { VenueOperator } from "@jiaolianti/core";
 * VenueOperator.parse({ kind: "public-institution", nameZh: "龙华烈士陵园管理处", supervisingDepartmentId: "dept-culture" });
 * ```
 */
export const VenueOperator = z.strictObject({
  kind: z.enum(["government", "public-institution", "enterprise", "social-organisation", "school", "other"]),
  nameZh: boundedText(TEXT_MAX.name),
  nameEn: boundedText(TEXT_MAX.name).optional(),
  supervisingDepartmentId: DepartmentId.optional(),
});

/** The organisation that runs a venue. */
export type VenueOperator = z.infer<typeof VenueOperator>;
