import { haversineMeters } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { travelMinutes } from "./travelMinutes.js";

const a = { lat: 31.1786, lng: 121.4444, crs: "WGS84" } as const;
const b = { lat: 31.1876, lng: 121.4444, crs: "WGS84" } as const;

describe("travelMinutes", () => {
  test.each([
    ["walk, default speed 80 m/min and detour 1.3", {}, 80, 1.3],
    ["bike, default speed 250 m/min", { mode: "bike" as const }, 250, 1.3],
    ["custom detour", { detourFactor: Math.SQRT2 }, 80, Math.SQRT2],
    ["custom speed overrides the mode", { mode: "bike" as const, metersPerMinute: 84 }, 84, 1.3],
  ])("%s", (_name, options, speed, detour) => {
    const d = haversineMeters(a, b);
    const t = travelMinutes(a, b, options);
    expect(t.straightMeters).toBeCloseTo(d, 9);
    expect(t.networkMeters).toBeCloseTo(d * detour, 9);
    expect(t.minutes).toBeCloseTo((d * detour) / speed, 9);
    expect(t.approximate).toBe(true);
  });

  test("a 15-minute walk reaches ≈ 923 m straight line (inside the 800–1000 m standard)", () => {
    const reach = (15 * 80) / 1.3;
    expect(reach).toBeGreaterThan(800);
    expect(reach).toBeLessThan(1000);
  });
});
