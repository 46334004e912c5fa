import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeFormula, unescapeFormula } from "./formulaEscape.js";

// [cell, escaped]
// biome-ignore format: one row per line keeps the table readable
const rows: ReadonlyArray<readonly [string, string]> = [
  ["=HYPERLINK(\"http://evil\",\"点击\")", "'=HYPERLINK(\"http://evil\",\"点击\")"],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
  ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
  ["\t=1+1", "'\t=1+1"],
  ["\r=1+1", "'\r=1+1"],
  ["-5", "-5"],
  ["+1.5e3", "+1.5e3"],
  ["龙华烈士陵园", "龙华烈士陵园"],
  ["'quoted'", "'quoted'"],
  ["'=already escaped by someone", "''=already escaped by someone"],
  ["''", "'''"],
  ["'", "'"],
  ["", ""],
];

describe("CSV injection (OWASP)", () => {
  test.each(rows)("escapeFormula(%j) = %j, and unescapeFormula restores it", (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(cell);
  });

  const risky = fc.string({
    unit: fc.oneof(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "1", "."), fc.string({ maxLength: 1 })),
  });

  test("unescape(escape(s)) = s for every string (property)", () => {
    fc.assert(fc.property(risky, (s) => unescapeFormula(escapeFormula(s)) === s));
  });

  test("an escaped cell never starts a formula, unless it is a plain number (property)", () => {
    fc.assert(
      fc.property(risky, (s) => {
        const e = escapeFormula(s);
        return !/^[=+\-@\t\r]/.test(e) || /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(e);
      }),
    );
  });
});
