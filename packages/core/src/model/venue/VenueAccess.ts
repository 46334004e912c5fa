import { z } from "zod";

/**
 * How schools and the public get into a venue: the fee policy (`free`, `public-benefit` — 公益开放, free or reduced
 * for students at set times — or `paid`), the visit mode (walk-in, by appointment, organised group visits only, or
 * exterior only, as for 武康大楼) and whether school groups visit free.
 *
 * Source: 徐汇区“教联体”行动方案 三(六)3 (推动社会场馆向学生免费或公益开放); `src/data/README.md` (venues taking organised
 * visits only, exterior only).
 *
 * @example
 * ```ts
 * import { VenueAccess } from "@jiaolianti/core";
 * VenueAccess.parse({ feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true });
 * ```
 */
export const VenueAccess = z.strictObject({
  feePolicy: z.enum(["free", "public-benefit", "paid"]),
  visitMode: z.enum(["walk-in", "appointment", "organised-visits-only", "exterior-only"]),
  freeForSchoolGroups: z.boolean(),
});

/** How a venue can be visited. */
export type VenueAccess = z.infer<typeof VenueAccess>;
