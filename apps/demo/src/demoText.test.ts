import { describe, expect, test } from "vitest";
import { demoText } from "./demoText";

describe("demoText", () => {
  test("zh-CN and en have the same keys and no empty string", () => {
    const zh = demoText["zh-CN"];
    const en = demoText.en;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [zh, en])
      for (const v of Object.values(table)) {
        const text = typeof v === "function" ? v(6, "2026-09-30") : v;
        expect(text.trim().length).toBeGreaterThan(0);
      }
  });

  test("the data note keeps the venue caveats in both languages", () => {
    expect(demoText["zh-CN"].dataNote).toContain("近似");
    expect(demoText.en.dataNote).toContain("approximate");
  });

  test("the plan-target section says its figures are sample data, with the count and date, in both languages", () => {
    expect(demoText["zh-CN"].kpiSection).toContain("示例数据");
    expect(demoText.en.kpiSection).toContain("sample data");
    expect(demoText["zh-CN"].kpiSampleNote(6, "2026-09-30")).toMatch(
      /^示例数据.*6 个目标.*2026-09-30.*并非徐汇区的真实统计/,
    );
    expect(demoText.en.kpiSampleNote(6, "2026-09-30")).toMatch(
      /^Sample data.*6 targets.*2026-09-30.*not Xuhui statistics/,
    );
  });
});
