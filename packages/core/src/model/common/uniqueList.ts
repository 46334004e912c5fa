import { z } from "zod";

/**
 * An array of at most `max` items whose values (or keys, via `key`) are unique; a duplicate is reported at its own
 * index. `min` defaults to 0. Key functions see items that already passed the item schema.
 *
 * @example
 * ```ts
 * import { Grade, uniqueList } from "@jiaolianti/core";
 * const Grades = uniqueList(Grade, 12, { min: 1 });
 * Grades.safeParse([3, 4, 3]).error?.issues[0]?.path; // [2]
 * ```
 */
export const uniqueList = <S extends z.ZodType>(
  item: S,
  max: number,
  options: { readonly min?: number; readonly key?: (value: z.output<S>) => unknown } = {},
) =>
  z
    .array(item)
    .min(options.min ?? 0)
    .max(max)
    .check((ctx) => {
      const seen = new Set<unknown>();
      ctx.value.forEach((v, i) => {
        const k = options.key ? options.key(v) : v;
        if (seen.has(k)) {
          ctx.issues.push({ code: "custom", input: v, path: [i], message: `duplicate value ${JSON.stringify(k)}` });
        }
        seen.add(k);
      });
    });
