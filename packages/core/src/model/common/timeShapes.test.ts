import { describe, expect, test } from "vitest";
import { IsoDateTime } from "./dates.js";
import { ProviderRef } from "./ProviderRef.js";
import { RecordStatus } from "./RecordStatus.js";
import { TimeWindow } from "./TimeWindow.js";
import { WeeklySlot } from "./WeeklySlot.js";

describe("WeeklySlot", () => {
  test.each([
    [{ dayOfWeek: 1, start: "08:00", end: "09:00" }, null],
    [{ dayOfWeek: 7, start: "00:00", end: "23:59" }, null],
    [{ dayOfWeek: 0, start: "08:00", end: "09:00" }, ["dayOfWeek"]],
    [{ dayOfWeek: 8, start: "08:00", end: "09:00" }, ["dayOfWeek"]],
    [{ dayOfWeek: 2.5, start: "08:00", end: "09:00" }, ["dayOfWeek"]],
    [{ dayOfWeek: 1, start: "24:00", end: "24:30" }, ["start"]],
    [{ dayOfWeek: 1, start: "8:00", end: "09:00" }, ["start"]],
    [{ dayOfWeek: 1, start: "09:00", end: "08:00" }, ["end"]],
    [{ dayOfWeek: 1, start: "09:00", end: "09:00" }, ["end"]],
  ])("%j → %j", (input, path) => {
    const r = WeeklySlot.safeParse(input);
    expect(r.success).toBe(path === null);
    if (path) expect(r.error?.issues[0]?.path).toEqual(path);
  });
});

describe("TimeWindow", () => {
  test.each([
    [{ start: "2025-10-15T13:00:00+08:00", end: "2025-10-15T16:00:00+08:00" }, null],
    [{ start: "2025-10-15T13:00:00+08:00", end: "2025-10-15T13:00:00+08:00" }, ["end"]],
    [{ start: "2025-10-15T13:00:00+08:00", end: "2025-10-14T13:00:00+08:00" }, ["end"]],
    [{ start: "2025-01-01T00:00:00Z", end: "2027-01-01T00:00:00Z" }, ["end"]],
    [{ start: "2025-10-15T13:00:00", end: "2025-10-15T16:00:00+08:00" }, ["start"]],
    [{ start: "2025-10-15", end: "2025-10-16" }, ["start"]],
  ])("%j → %j", (input, path) => {
    const r = TimeWindow.safeParse(input);
    expect(r.success).toBe(path === null);
    if (path) expect(r.error?.issues[0]?.path).toEqual(path);
  });

  test("IsoDateTime rejects impossible dates and requires an offset", () => {
    expect(IsoDateTime.safeParse("2025-02-30T00:00:00Z").success).toBe(false);
    expect(IsoDateTime.safeParse("2025-02-28T00:00:00").success).toBe(false);
    expect(IsoDateTime.safeParse("2025-02-28T00:00:00.123+08:00").success).toBe(true);
  });
});

describe("ProviderRef and RecordStatus", () => {
  test.each([
    [{ kind: "venue", venueId: "xh-venue-001" }, true],
    [{ kind: "organisation", nameZh: "上海市天文学会" }, true],
    [{ kind: "venue", schoolId: "xh-school-001" }, false],
    [{ kind: "venue", venueId: "xh-venue-001", schoolId: "xh-school-001" }, false],
    [{ kind: "person", name: "张三" }, false],
  ])("ProviderRef %j → %s", (input, ok) => {
    expect(ProviderRef.safeParse(input).success).toBe(ok);
  });

  test.each([
    ["active", true],
    ["tobedeleted", true],
    ["deleted", false],
    ["Active", false],
  ])("RecordStatus %s → %s", (s, ok) => {
    expect(RecordStatus.safeParse(s).success).toBe(ok);
  });
});
