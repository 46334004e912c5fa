import { describe, expect, test } from "vitest";
import { fitnessGrade } from "./fitnessGrade.js";

describe("fitnessGrade (国家学生体质健康标准 2014)", () => {
  test.each([
    [120, "excellent"],
    [90.0, "excellent"],
    [89.95, "excellent"],
    [89.9, "good"],
    [80.0, "good"],
    [79.9, "pass"],
    [60.0, "pass"],
    [59.95, "pass"],
    [59.9, "fail"],
    [0, "fail"],
  ])("%f → %s", (total, grade) => {
    expect(fitnessGrade(total)).toEqual({ ok: true, value: grade });
  });

  test.each([[-1], [120.1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects %f", (total) => {
    const r = fitnessGrade(total);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error._tag).toBe("ValidationError");
  });
});
