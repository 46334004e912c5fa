import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { compareTemporal, IsoDate, IsoDateTime, LocalTime } from "./dates.js";
import { endNotBefore } from "./endNotBefore.js";

const Dates = z
  .strictObject({ beginDate: IsoDate, endDate: IsoDate.optional() })
  .check(endNotBefore("beginDate", "endDate"));
const Instants = z
  .strictObject({ start: IsoDateTime, end: IsoDateTime })
  .check(endNotBefore("start", "end", { strict: true }));
const Times = z
  .strictObject({ start: LocalTime, end: LocalTime })
  .check(endNotBefore("start", "end", { strict: true }));

describe("endNotBefore", () => {
  test.each([
    ["open-ended association", Dates, { beginDate: "2025-09-01" }, true],
    ["same-day association", Dates, { beginDate: "2025-09-01", endDate: "2025-09-01" }, true],
    ["end before begin", Dates, { beginDate: "2025-09-01", endDate: "2025-08-31" }, false],
    ["end a year before begin", Dates, { beginDate: "2026-01-01", endDate: "2025-12-31" }, false],
    [
      "instants across offsets, in order",
      Instants,
      { start: "2025-10-15T08:00:00+08:00", end: "2025-10-15T00:30:00Z" },
      true,
    ],
    [
      "instants across offsets, equal (strict)",
      Instants,
      { start: "2025-10-15T08:00:00+08:00", end: "2025-10-15T00:00:00Z" },
      false,
    ],
    ["times in order", Times, { start: "09:00", end: "09:01" }, true],
    ["times equal (strict)", Times, { start: "09:00", end: "09:00" }, false],
    ["times reversed", Times, { start: "17:00", end: "09:00" }, false],
  ] as const)("%s", (_name, schema, input, ok) => {
    const r = (schema as z.ZodType).safeParse(input);
    expect(r.success).toBe(ok);
    if (!ok) {
      const issue = r.error?.issues.find((i) => i.code === "custom");
      expect(issue?.path).toEqual([Object.keys(input)[1]]);
      expect(issue?.message).toMatch(/must (not be before|be after)/);
    }
  });

  test("nested: the issue path is prefixed with the parent's", () => {
    const Outer = z.strictObject({ periods: z.array(Dates) });
    const r = Outer.safeParse({
      periods: [{ beginDate: "2025-01-01" }, { beginDate: "2025-09-01", endDate: "2025-01-01" }],
    });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["periods", 1, "endDate"]]);
  });

  test("agrees with calendar order for any pair of dates", () => {
    const day = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [x, y] = [a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)];
        expect(Dates.safeParse({ beginDate: x, endDate: y }).success).toBe(x <= y);
        expect(Math.sign(compareTemporal(x, y))).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });
});
