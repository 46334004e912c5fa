const PROTOTYPE = Object.prototype as unknown as Readonly<Record<string, unknown>>;

/** The text after any leading single quotes. */
const core = (cell: string): string => cell.replace(/^'+/, "");

/** Whether `name` is a property of `Object.prototype` (`valueOf`, `toString`, `__proto__`, `constructor` …). */
const isPrototypeKey = (name: string): boolean => name !== "" && PROTOTYPE[name] !== undefined;

/**
 * Works around a defect of write-excel-file 4.1.1: its shared-strings table is a plain object, so a cell whose text is
 * exactly an `Object.prototype` property name (`valueOf`, `toString`, `constructor`, `__proto__` …) is written as
 * garbage and the workbook cannot be read. Such a text — and the same text after leading single quotes — gets one
 * more leading quote (`'valueOf`); {@link unescapeSharedString} removes it on import, so every string round-trips.
 *
 * @example
 * ```ts
 * import { escapeSharedString, unescapeSharedString } from "@jiaolianti/core";
 * escapeSharedString("valueOf"); // "'valueOf"
 * unescapeSharedString("'valueOf"); // "valueOf"
 * escapeSharedString("龙华"); // "龙华"
 * ```
 */
export const escapeSharedString = (cell: string): string => (isPrototypeKey(core(cell)) ? `'${cell}` : cell);

/**
 * Reverses {@link escapeSharedString}: removes one leading quote from a quoted `Object.prototype` name.
 *
 * @example
 * ```ts
 * import { unescapeSharedString } from "@jiaolianti/core";
 * unescapeSharedString("''constructor"); // "'constructor"
 * unescapeSharedString("'hello"); // "'hello"
 * ```
 */
export const unescapeSharedString = (cell: string): string =>
  cell.startsWith("'") && isPrototypeKey(core(cell)) ? cell.slice(1) : cell;
