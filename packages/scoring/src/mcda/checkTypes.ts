import type { Result } from "@jiaolianti/core";
import type { CriterionType } from "./Matrix.js";
import { fail, type McdaError } from "./McdaError.js";

/** Validates criterion types (`1` benefit, `-1` cost), one per criterion (internal). */
export const checkTypes = (types: unknown, cols: number, subject: string): Result<Int8Array, McdaError> => {
  if (!Array.isArray(types))
    return fail(
      subject,
      "invalid-option",
      ["types"],
      "types must be an array of 1 (benefit) or -1 (cost)",
      "types 应为由 1(效益型)或 -1(成本型)组成的数组",
    );
  if (types.length !== cols)
    return fail(
      subject,
      "length-mismatch",
      ["types"],
      `${types.length} types for ${cols} criteria`,
      `types 个数 ${types.length} 与指标个数 ${cols} 不一致`,
    );
  const out = new Int8Array(cols);
  for (let j = 0; j < cols; j++) {
    const t: unknown = types[j];
    if (t !== 1 && t !== -1)
      return fail(
        subject,
        "invalid-option",
        ["types", j],
        `${String(t)} is neither 1 (benefit) nor -1 (cost)`,
        `${String(t)} 既不是 1(效益型)也不是 -1(成本型)`,
      );
    out[j] = t satisfies CriterionType;
  }
  return { ok: true, value: out };
};
