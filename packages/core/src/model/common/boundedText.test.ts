import { describe, expect, test } from "vitest";
import { boundedText, TEXT_MAX } from "./boundedText.js";
import { Code } from "./Code.js";
import { uniqueList } from "./uniqueList.js";

describe("boundedText", () => {
  const Name = boundedText(TEXT_MAX.name);

  test.each([
    ["Chinese", "徐汇区青少年体育运动学校", true],
    ["with tab and newlines", "第一行\n第二行\r\n\t缩进", true],
    ["exactly the maximum", "字".repeat(TEXT_MAX.name), true],
    ["empty (min 1)", "", false],
    ["over the maximum", "字".repeat(TEXT_MAX.name + 1), false],
    ["1 MB", "x".repeat(1_000_000), false],
    ["a NUL byte", "a\u0000b", false],
    ["an ANSI escape (terminal spoofing)", "\u001b[31mred", false],
    ["DEL", "a\u007fb", false],
  ])("%s → %s", (_name, text, ok) => {
    expect(Name.safeParse(text).success).toBe(ok);
  });

  test("min 0 allows the empty string", () => {
    expect(boundedText(10, 0).safeParse("").success).toBe(true);
  });
});

describe("Code", () => {
  test.each([
    ["moderately-severe", true],
    ["phq-9", true],
    ["a", true],
    ["Moderately", false],
    ["double--hyphen", false],
    ["-leading", false],
    ["with space", false],
    ["x".repeat(65), false],
  ])("%s → %s", (code, ok) => {
    expect(Code.safeParse(code).success).toBe(ok);
  });
});

describe("uniqueList", () => {
  test.each([
    ["unique values", uniqueList(Code, 3), ["a", "b", "c"], null],
    ["a duplicate, reported at its index", uniqueList(Code, 5), ["a", "b", "a"], [2]],
    ["too many items", uniqueList(Code, 2), ["a", "b", "c"], []],
    ["too few items", uniqueList(Code, 2, { min: 1 }), [], []],
    [
      "duplicate keys of objects",
      uniqueList(
        Code.transform((s) => ({ s })),
        5,
        { key: (o) => o.s },
      ),
      ["a", "a"],
      [1],
    ],
  ] as const)("%s", (_name, schema, input, path) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(path === null);
    if (path !== null) expect(r.error?.issues[0]?.path).toEqual(path);
  });
});
