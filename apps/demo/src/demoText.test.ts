import { describe, expect, test } from "vitest";
import { demoText } from "./demoText";

describe("demoText", () => {
  test("zh-CN and en have the same keys and no empty string", () => {
    const zh = demoText["zh-CN"];
    const en = demoText.en;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [zh, en]) for (const v of Object.values(table)) expect(v.trim().length).toBeGreaterThan(0);
  });

  test("the data note keeps the venue caveats in both languages", () => {
    expect(demoText["zh-CN"].dataNote).toContain("近似");
    expect(demoText.en.dataNote).toContain("approximate");
  });
});
