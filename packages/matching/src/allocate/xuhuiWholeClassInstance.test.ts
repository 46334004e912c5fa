import { createSampleDistrict } from "@jiaolianti/core/sample";
import { describe, expect, test } from "vitest";
import { allocate } from "./allocate.js";
import { XUHUI_WEEK, xuhuiWholeClassInstance } from "./xuhuiWholeClassInstance.testing.js";

describe("xuhuiWholeClassInstance (test helper)", () => {
  const x = xuhuiWholeClassInstance();

  test("150 sample demands × 60 afternoon sessions of the outing week at load ≤ 0.9, the cap the smallest that gets there", () => {
    expect(x.demands).toHaveLength(150);
    expect(x.offers).toHaveLength(60);
    expect(new Set(x.offers.map((o) => o.id)).size).toBe(60);
    expect(x.students).toBe(x.demands.reduce((s, d) => s + d.groupSize, 0));
    expect(x.seats).toBe(x.offers.reduce((s, o) => s + o.capacity, 0));
    expect(x.students / x.seats).toBeLessThanOrEqual(0.9);
    // One seat less per capped session would exceed the load.
    const capped = x.offers.filter((o) => o.capacity === x.cap).length;
    expect(x.students / (x.seats - capped)).toBeGreaterThan(0.9);
    for (const o of x.offers) {
      const start = o.times[0]?.start ?? "";
      expect(XUHUI_WEEK).toContain(start.slice(0, 10));
      expect(start.slice(11, 16) >= "12:00").toBe(true);
      expect(o.capacity).toBeLessThanOrEqual(x.cap);
    }
  });

  test("capacities never exceed the venue's sample capacity; demands keep the sample's fields and weekdays", () => {
    const d = createSampleDistrict({ students: 80_000 });
    if (!d.ok) throw d.error;
    const venueCap = new Map(d.value.venues.map((v) => [v.id as string, v.capacity]));
    for (const o of x.offers) expect(o.capacity).toBeLessThanOrEqual(venueCap.get(o.venueId as string) as number);
    const weekday = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
    d.value.demands.forEach((s, i) => {
      const m = x.demands[i];
      expect(m?.id).toBe(s.id);
      expect(m?.groupSize).toBe(s.groupSize);
      expect(m?.themes).toEqual(s.themes);
      expect(new Set(m?.timeWindows.map((w) => weekday(w.start)))).toEqual(
        new Set(s.timeWindows.map((w) => weekday(w.start))),
      );
    });
  });

  test("allocate accepts it", () => {
    const r = allocate(x.demands, x.offers);
    expect(r.ok).toBe(true);
  });
});
