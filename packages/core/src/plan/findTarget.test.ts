import { describe, expect, test } from "vitest";
import { findTarget } from "./findTarget.js";
import { xuhuiPlan2025 } from "./xuhuiPlan2025.js";

describe("findTarget", () => {
  test.each([
    ["science-experts", 100, "person"],
    ["science-backbone-workers", 2000, "person"],
    ["district-competition-participation", 30, "percent"],
    ["five-research-topics", 5, "topic"],
  ] as const)("%s → %d %s", (id, value, unit) => {
    const r = findTarget(xuhuiPlan2025, id);
    expect(r.ok && { value: r.value.value, unit: r.value.unit }).toEqual({ value, unit });
  });

  test.each(["nope", "huidong-jianti", ""])("%j is not a target: UnknownPlanReference", (id) => {
    const r = findTarget(xuhuiPlan2025, id);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ _tag: "UnknownPlanReference", kind: "target", id });
      expect(r.error.known).toContain("science-experts");
      expect(r.error.message).toContain(JSON.stringify(id));
    }
  });
});
