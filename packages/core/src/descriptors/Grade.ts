import { z } from "zod";

/**
 * School grade 1–12 (小学一年级 = 1 … 高中三年级 = 12), the grade numbering of the national physical-fitness standard
 * and of Shanghai's 5+4+3 system alike.
 */
export const Grade = z.number().int().min(1).max(12);
/** School grade 1–12. */
export type Grade = z.infer<typeof Grade>;
