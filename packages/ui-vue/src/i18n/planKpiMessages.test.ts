import { planUnits } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { planKpiMessages } from "./planKpiMessages";

describe("planKpiMessages", () => {
  test("zh-CN and en have the same keys and no empty text", () => {
    const zh = planKpiMessages["zh-CN"];
    const en = planKpiMessages.en;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh.columns).sort()).toEqual(Object.keys(en.columns).sort());
    for (const table of [zh, en]) {
      for (const v of Object.values(table)) if (typeof v === "string") expect(v.trim()).not.toBe("");
      for (const v of Object.values(table.columns)) expect(v.trim()).not.toBe("");
    }
  });

  test.each([
    [1, "platforms", "1 platform"],
    [3, "platforms", "3 platforms"],
    [1, "people", "1 person"],
    [2, "people", "2 people"],
    [1, "research topics", "1 research topic"],
    [1.5, "hours", "1.5 hours"],
  ])("English quantity %d × %s is “%s”", (value, label, want) => {
    expect(planKpiMessages.en.quantity(String(value), label, value)).toBe(want);
  });

  test("every English unit label of core, except percent, is a plural the singular rule shortens", () => {
    for (const [code, unit] of Object.entries(planUnits)) {
      if (code === "percent") continue;
      const one = planKpiMessages.en.quantity("1", unit.labelEn, 1);
      expect(one).not.toBe(`1 ${unit.labelEn}`);
    }
  });

  test("Chinese quantities keep core's measure word whatever the number", () => {
    expect(planKpiMessages["zh-CN"].quantity("1", "个(平台)", 1)).toBe("1 个(平台)");
  });

  test("captions: zh keeps the plan's numerals, en names goals and tracks by title", () => {
    expect(planKpiMessages["zh-CN"].groupCaption("goal", "(三)", "实现育人能级再跃迁")).toBe(
      "工作目标(三) 实现育人能级再跃迁",
    );
    expect(planKpiMessages.en.groupCaption("goal", "(三)", "Lift capacity")).toBe("Goal: Lift capacity");
    expect(planKpiMessages.en.groupCaption("action", "(五)", "Science action")).toBe("Science action");
  });
});
