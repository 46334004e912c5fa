/** First characters that make a spreadsheet treat a CSV cell as a formula (OWASP CSV injection). */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes a CSV cell safe to open in Excel or WPS: a cell starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading
 * single quote, so it is shown as text and never evaluated as a formula. Plain numbers (`-5`, `+1.5`) are left alone.
 * A cell that already starts with a quote followed by one of those characters (or by another quote) gets one more
 * quote, so {@link unescapeFormula} restores every string exactly.
 *
 * Source: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 *
 * @example
 * ```ts
 * import { escapeFormula } from "@jiaolianti/core";
 * escapeFormula("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * escapeFormula("-5"); // "-5"
 * ```
 */
export const escapeFormula = (cell: string): string => {
  const first = cell.charAt(0);
  if (FORMULA_START.has(first)) return NUMBER.test(cell) ? cell : `'${cell}`;
  if (first === "'" && cell.length > 1) {
    const second = cell.charAt(1);
    if (second === "'" || FORMULA_START.has(second)) return `'${cell}`;
  }
  return cell;
};

/**
 * Reverses {@link escapeFormula}: removes one leading single quote when it is followed by `=`, `+`, `-`, `@`, TAB, CR
 * or another quote. Other text, including text that starts with a quote, is unchanged.
 *
 * @example
 * ```ts
 * import { unescapeFormula } from "@jiaolianti/core";
 * unescapeFormula("'=1+1"); // "=1+1"
 * unescapeFormula("'quoted'"); // "'quoted'"
 * ```
 */
export const unescapeFormula = (cell: string): string => {
  if (cell.charAt(0) !== "'" || cell.length < 2) return cell;
  const second = cell.charAt(1);
  return second === "'" || FORMULA_START.has(second) ? cell.slice(1) : cell;
};
