import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { skewKurtosis } from "./skewKurtosis.js";
import { treatOutliers } from "./treatOutliers.js";

// COINr's own example (Treat.numeric docs): x <- c(1:10, 30, 100). Skewness/kurtosis fixtures computed independently
// with SciPy (skew/kurtosis, bias=False — the e1071 type 2 / Excel definitions COINr uses).
const coinr = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

describe("skewKurtosis", () => {
  test.each([
    [coinr, 3.0632410342394993, 9.741390834569144],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30], 1.7120380600890506, 1.8157805377242031],
    [[1, 2, 3, 4], 0, -1.2],
    [[5, 5, 5, 5], 0, 0],
  ])("%j → skew %f, kurtosis %f", (xs, skew, kurt) => {
    const s = skewKurtosis(xs);
    expect(s.skewness).toBeCloseTo(skew, 12);
    expect(s.kurtosis).toBeCloseTo(kurt, 12);
  });
});

describe("treatOutliers (COINr rule)", () => {
  test("COINr example: 100 is Winsorised to 30, after which skew 1.71 < 2 passes", () => {
    const r = treatOutliers(coinr);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.outlying).toBe(true);
    expect(r.value.treated).toEqual([{ index: 11, from: 100, to: 30, side: "high" }]);
    expect(r.value.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(r.value.passes).toBe(true);
    expect(r.value.after.skewness).toBeCloseTo(1.7120380600890506, 12);
    expect(r.value.rule).toEqual({ skewThreshold: 2, kurtosisThreshold: 3.5, maxPoints: 5 });
  });

  test("negative skew Winsorises the low end; nulls are skipped and kept", () => {
    const r = treatOutliers([null, -100, -30, ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => -x)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.treated).toEqual([{ index: 1, from: -100, to: -30, side: "low" }]);
    expect(r.value.values[0]).toBeNull();
  });

  test("maxPoints caps the treatment and says so", () => {
    const r = treatOutliers(coinr, { maxPoints: 0 });
    expect(r).toMatchObject({ ok: true, value: { treated: [], passes: false, outlying: true } });
  });

  test("clean data are untouched", () => {
    const r = treatOutliers([3, 1, 4, 1, 5, 9, 2, 6]);
    expect(r).toMatchObject({
      ok: true,
      value: { treated: [], outlying: false, passes: true, values: [3, 1, 4, 1, 5, 9, 2, 6] },
    });
  });

  test.each([
    ["too few", [1, 2, 3], "too-few", []],
    ["NaN", [1, 2, Number.NaN, 4, 5], "not-finite", [2]],
  ])("%s → %s", (_, xs, reason, path) => {
    const r = treatOutliers(xs);
    expect(r).toMatchObject({ ok: false, error: { reason, path } });
  });

  test("property: treatment only pulls extremes inward, never more than maxPoints points, and stops once passing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 4, maxLength: 40 }),
        fc.array(fc.double({ min: 1e4, max: 1e6, noNaN: true }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 8 }),
        (body, spikes, maxPoints) => {
          const xs = [...body, ...spikes];
          const r = treatOutliers(xs, { maxPoints });
          if (!r.ok) return false;
          const v = r.value.values as number[];
          // With distinct values each step adds exactly one newly treated point (earlier ones may move again).
          if (new Set(xs).size === xs.length) expect(r.value.treated.length).toBeLessThanOrEqual(maxPoints);
          expect(Math.max(...v)).toBeLessThanOrEqual(Math.max(...xs));
          expect(Math.min(...v)).toBeGreaterThanOrEqual(Math.min(...xs));
          for (const p of r.value.treated) expect(v[p.index]).toBe(p.to);
          if (r.value.treated.length < maxPoints) expect(r.value.passes).toBe(true);
          return true;
        },
      ),
    );
  });
});
