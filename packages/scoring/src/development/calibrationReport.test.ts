import { describe, expect, test } from "vitest";
import { calibrationReport } from "./calibrationReport.js";

/** `n` students of one school and grade with the given numbers of red, orange, yellow, undetermined; rest green. */
const group = (
  school: string,
  grade: number,
  n: number,
  red: number,
  orange: number,
  yellow: number,
  undetermined = 0,
) => {
  const tiers = Array.from({ length: n }, (_, i) =>
    i < red
      ? 3
      : i < red + orange
        ? 2
        : i < red + orange + yellow
          ? 1
          : i < red + orange + yellow + undetermined
            ? 255
            : 0,
  );
  return { tiers, schoolIds: tiers.map(() => school), grades: tiers.map(() => grade) };
};
const join = (...groups: ReturnType<typeof group>[]) => ({
  tiers: Uint8Array.from(groups.flatMap((g) => g.tiers)),
  schoolIds: groups.flatMap((g) => g.schoolIds),
  grades: groups.flatMap((g) => g.grades),
});

describe("calibrationReport", () => {
  test("a calibrated district: MTSS shares among students with a tier, no flag", () => {
    const r = calibrationReport(join(group("s1", 7, 500, 5, 10, 60, 20), group("s2", 8, 500, 4, 11, 62, 10)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value.district;
    expect(d.students).toBe(1000);
    expect(d.undetermined).toBe(30);
    expect(d.counts).toEqual({ tier1: 818, tier2: 122, tier3: 30 });
    expect(d.shares.tier3).toBeCloseTo(30 / 970, 12);
    expect(d.flags).toEqual([]);
    expect(r.value.summary).toEqual([]);
    expect(r.value.bySchool.map((s) => s.group)).toEqual(["school s1", "school s2"]);
    expect(r.value.byGrade.map((s) => s.group)).toEqual(["grade 7", "grade 8"]);
    expect(r.value.suppression.k).toBe(10);
  });

  test("a school far above the Tier 3 range is flagged; a small deviation is not", () => {
    const r = calibrationReport(
      join(group("s1", 7, 400, 20, 40, 50), group("s2", 7, 400, 8, 16, 48), group("s3", 8, 400, 6, 10, 50)),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [s1, s2, s3] = r.value.bySchool;
    expect(s1?.flags.map((f) => [f.mtssTier, f.direction])).toEqual([
      [1, "below"],
      [3, "above"],
    ]);
    expect(s1?.flags[1]?.interval[0]).toBeGreaterThan(0.05);
    expect(s2?.flags).toEqual([]); // 6 % Tier 3: above 5 % but within chance for 400 students
    expect(s3?.flags).toEqual([]);
    expect(r.value.summary).toContainEqual(
      expect.stringMatching(/^school s1: Tier 1 share 72\.5% below the expected 80%–90%/),
    );
    expect(r.value.district.flags.map((f) => [f.mtssTier, f.direction])).toEqual([[3, "above"]]); // 100 of 1 200
    expect(s1?.flags[1]?.message.zh).toMatch(/第 3 层占比 15%,高于预期/);
  });

  test("small cells are suppressed with their complements, and hidden counts give no share and no flag", () => {
    const r = calibrationReport(
      join(group("big", 7, 300, 6, 9, 40), group("small", 7, 30, 2, 3, 4), group("mid", 8, 200, 4, 6, 25)),
      { k: 10 },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const small = r.value.bySchool.find((s) => s.group === "school small");
    expect(small?.counts.tier3).toBeNull();
    expect(small?.counts.tier2).toBeNull();
    expect(small?.shares.tier3).toBeNull();
    expect(small?.flags.every((f) => f.mtssTier === 1)).toBe(true);
    // The hidden Tier 3 count of "small" cannot be recovered from its row: another cell of the row is hidden too.
    const hiddenInRow = [small?.counts.tier1, small?.counts.tier2, small?.counts.tier3, small?.undetermined].filter(
      (x) => x === null,
    );
    expect(hiddenInRow.length).toBeGreaterThanOrEqual(2);
  });

  test("k is a parameter", () => {
    const data = join(group("a", 7, 200, 3, 4, 20), group("b", 7, 200, 4, 5, 30));
    const k5 = calibrationReport(data, { k: 5 });
    const k10 = calibrationReport(data, { k: 10 });
    expect(k5.ok && k10.ok).toBe(true);
    if (k5.ok && k10.ok) {
      expect(k5.value.bySchool.map((b) => b.counts.tier3)).toEqual([7, 9]); // red + orange, both ≥ 5: published
      expect(k10.value.bySchool.map((b) => b.counts.tier3)).toEqual([null, null]); // both < 10: hidden
      expect(k5.value.suppression.k).toBe(5);
    }
  });

  test.each([
    ["no students", { tiers: [], schoolIds: [], grades: [] }, {}],
    ["a bad tier code", { tiers: [7], schoolIds: ["a"], grades: [7] }, {}],
    ["ragged columns", { tiers: [0, 1], schoolIds: ["a"], grades: [7, 7] }, {}],
    ["a grade 13", { tiers: [0], schoolIds: ["a"], grades: [13] }, {}],
    ["k = 0", { tiers: [0], schoolIds: ["a"], grades: [7] }, { k: 0 }],
    [
      "an inverted range",
      { tiers: [0], schoolIds: ["a"], grades: [7] },
      { expectations: { tier1: [0.9, 0.8], tier2: [0.1, 0.15], tier3: [0.01, 0.05] } },
    ],
  ])("%s → ValidationError", (_, input, options) => {
    const r = calibrationReport(input as never, options as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("ValidationError");
  });
});
