import { describe, expect, test } from "vitest";
import { en } from "./en.js";
import { translationFor } from "./translationFor.js";
import { zhCN } from "./zh-CN.js";

describe("translationFor: exact tag → primary language → en", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["ZH_CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hant-HK", "zh-CN"],
    ["en", "en"],
    ["en-GB", "en"],
    ["fr-CA", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
    ["__proto__", "en"],
    ["constructor", "en"],
  ])("%j → %s", (tag, code) => {
    expect(translationFor(tag).$code).toBe(code);
  });
});

describe("translation tables", () => {
  test("have the same keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  test.each([
    [zhCN, 6, "walk", "约 6 分钟步行"],
    [zhCN, 3, "bike", "约 3 分钟骑行"],
    [en, 6, "walk", "≈ 6 min walk"],
    [en, 3, "bike", "≈ 3 min by bike"],
  ] as const)("trip time in %s", (table, minutes, mode, text) => {
    expect(table.trip(minutes, mode)).toBe(text);
  });

  test("English plurals", () => {
    expect(en.ignored(1)).toBe("1 invalid record ignored.");
    expect(en.ignored(4)).toBe("4 invalid records ignored.");
    expect(zhCN.ignored(4)).toBe("已忽略 4 条无效记录。");
  });
});
