import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeSharedString, unescapeSharedString } from "./sharedStringEscape.js";

// write-excel-file 4.1.1 keys its shared strings by a plain object: these texts would corrupt the workbook.
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe("shared-strings workaround for XLSX export", () => {
  test.each(PROTOTYPE_NAMES)("%s gets a quote, and loses it on import", (name) => {
    expect(escapeSharedString(name)).toBe(`'${name}`);
    expect(escapeSharedString(`''${name}`)).toBe(`'''${name}`);
    expect(unescapeSharedString(escapeSharedString(name))).toBe(name);
  });

  test.each(["龙华", "'quoted", "valueOf()", "'", ""])("%j is left alone", (text) => {
    expect(escapeSharedString(text)).toBe(text);
    expect(unescapeSharedString(text)).toBe(text);
  });

  test("unescape(escape(s)) = s (property)", () => {
    const s = fc.oneof(
      fc.string(),
      fc.tuple(fc.nat({ max: 3 }), fc.constantFrom(...PROTOTYPE_NAMES)).map(([n, p]) => `${"'".repeat(n)}${p}`),
    );
    fc.assert(fc.property(s, (x) => unescapeSharedString(escapeSharedString(x)) === x));
  });
});
