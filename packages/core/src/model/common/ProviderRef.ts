import { z } from "zod";
import { boundedText, TEXT_MAX } from "./boundedText.js";
import { DepartmentId, SchoolId, StaffId, SubdistrictId, VenueId } from "./ids.js";

/**
 * Who provides or organises something — a course, a project, a competition: a school, a venue, a staff member, a
 * department, a subdistrict, or another organisation named in full (a company, a social organisation, a museum
 * without a venue record). A tagged union on `kind`, so each reference has exactly one id of the right type.
 *
 * Source: Ed-Fi `CommunityProvider` / `EducationOrganization` references.
 *
 * @example
 * ```ts
 * import { ProviderRef } from "@jiaolianti/core";
 * ProviderRef.parse({ kind: "venue", venueId: "xh-venue-001" });
 * ProviderRef.parse({ kind: "organisation", nameZh: "上海市天文学会" });
 * ```
 */
export const ProviderRef = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("school"), schoolId: SchoolId }),
  z.strictObject({ kind: z.literal("venue"), venueId: VenueId }),
  z.strictObject({ kind: z.literal("staff"), staffId: StaffId }),
  z.strictObject({ kind: z.literal("department"), departmentId: DepartmentId }),
  z.strictObject({ kind: z.literal("subdistrict"), subdistrictId: SubdistrictId }),
  z.strictObject({
    kind: z.literal("organisation"),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name).optional(),
  }),
]);

/** A reference to a provider or organiser. */
export type ProviderRef = z.infer<typeof ProviderRef>;
