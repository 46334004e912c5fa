import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import { describe, expect, test } from "vitest";
import { effectScope, ref } from "vue";
import { usePracticeCircle } from "./usePracticeCircle";

const XUJIAHUI: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };

const inScope = <R>(fn: () => R): R => {
  const scope = effectScope();
  const out = scope.run(fn);
  if (out === undefined) throw new Error("scope did not run");
  return out;
};

describe("usePracticeCircle", () => {
  test("returns exactly what reachableWithin returns, and follows reactive inputs", () => {
    const origin = ref<GeoPoint>(XUJIAHUI);
    const minutes = ref(15);
    const { reachable, error, status } = inScope(() =>
      usePracticeCircle(origin, xuhuiVenues, () => ({ minutes: minutes.value })),
    );
    const at15 = reachableWithin(XUJIAHUI, xuhuiVenues, { minutes: 15 });
    if (!at15.ok) throw new Error(at15.error.message);
    expect(at15.value.length).toBeGreaterThan(0);
    expect(reachable.value).toEqual(at15.value);
    expect(status.value).toBe("success");
    expect(error.value).toBeUndefined();

    minutes.value = 30;
    const at30 = reachableWithin(XUJIAHUI, xuhuiVenues, { minutes: 30 });
    if (!at30.ok) throw new Error(at30.error.message);
    expect(at30.value.length).toBeGreaterThan(at15.value.length);
    expect(reachable.value.map((r) => r.place.id)).toEqual(at30.value.map((r) => r.place.id));
  });

  test("turns an invalid origin into error state instead of throwing, and recovers", () => {
    const origin = ref<GeoPoint>({ lat: 91, lng: 121.4366, crs: "WGS84" });
    const { reachable, error, status } = inScope(() => usePracticeCircle(origin, xuhuiVenues));
    expect(status.value).toBe("error");
    expect(error.value?._tag).toBe("ValidationError");
    expect(error.value?.subject).toBe("GeoPoint");
    expect(error.value?.issues[0]?.path).toEqual(["lat"]);
    expect(reachable.value).toEqual([]);

    origin.value = XUJIAHUI;
    expect(status.value).toBe("success");
    expect(error.value).toBeUndefined();
    expect(reachable.value.length).toBeGreaterThan(0);
  });

  test.each([
    ["a place without a location", [{ id: "x" }]],
    ["a place with a non-finite latitude", [{ location: { lat: Number.NaN, lng: 121.4, crs: "WGS84" } }]],
  ])("rejects %s with the index of the place", (_, places) => {
    const { error, status } = inScope(() => usePracticeCircle(XUJIAHUI, places as never));
    expect(status.value).toBe("error");
    expect(error.value?.subject).toBe("places");
    expect(error.value?.issues[0]?.path[0]).toBe(0);
  });

  test("passes the travel options through (bike reaches farther than walk)", () => {
    const mode = ref<"walk" | "bike">("walk");
    const { reachable } = inScope(() => usePracticeCircle(XUJIAHUI, xuhuiVenues, () => ({ mode: mode.value })));
    const walking = reachable.value.length;
    mode.value = "bike";
    expect(reachable.value.length).toBeGreaterThan(walking);
  });
});
