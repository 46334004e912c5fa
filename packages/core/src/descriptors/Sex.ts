import { z } from "zod";

/** Sex as recorded for the national physical-fitness standard, whose norms differ for boys and girls. */
export const Sex = z.enum(["male", "female"]);
/** `"male" | "female"`. */
export type Sex = z.infer<typeof Sex>;
