/**
 * The form a header is compared in: NFKC (full-width brackets and letters become ASCII), trimmed, inner whitespace
 * collapsed, a trailing required-marker `*` removed, lower case. So `容量(人)`, ` 容量(人) *` and `CAPACITY` match.
 *
 * @example
 * ```ts
 * import { headerKey } from "@jiaolianti/core";
 * headerKey(" 容量(人)* ") === headerKey("容量(人)"); // true
 * ```
 */
export const headerKey = (header: string): string =>
  header
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\*$/, "")
    .toLowerCase();
