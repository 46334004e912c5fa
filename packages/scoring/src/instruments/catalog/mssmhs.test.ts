import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { mssmhs } from "./mssmhs.js";

// Typed by hand from REFERENCE.md §1 (MSSMHS, 王极盛 1997: 60 × 1–5; factor = sum / 6, overall = sum / 60;
// < 2 none, 2–2.99 mild, 3–3.99 moderate, 4–4.99 fairly severe, 5 severe).
const FACTORS: Record<string, number[]> = {
  "obsessive-compulsive": [3, 10, 12, 22, 23, 48], // 强迫
  paranoia: [11, 20, 24, 26, 47, 49], // 偏执
  hostility: [19, 21, 25, 50, 52, 58], // 敌对
  "interpersonal-sensitivity": [4, 17, 18, 45, 51, 59], // 人际紧张敏感
  depression: [5, 13, 14, 16, 44, 57], // 抑郁
  anxiety: [6, 15, 34, 43, 46, 56], // 焦虑
  "academic-pressure": [31, 33, 36, 38, 40, 55], // 学习压力
  maladjustment: [1, 8, 9, 29, 39, 41], // 适应不良
  "emotional-imbalance": [2, 7, 27, 32, 35, 53], // 情绪不平衡
  "psychological-imbalance": [28, 30, 37, 42, 54, 60], // 心理不平衡
};

/** `count` answers of 1–5 adding up to `sum`. */
const spread = (sum: number, count: number): number[] => {
  const out: number[] = [];
  let left = sum;
  for (let i = 0; i < count; i++) {
    const v = Math.min(5, left - (count - i - 1));
    out.push(v);
    left -= v;
  }
  return out;
};

const score = (a: (number | null)[]) => {
  const r = scoreInstrument(mssmhs, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("MSSMHS factors: items by hand, each factor scored alone", () => {
  test.each(Object.entries(FACTORS))("%s = items %j", (factor, items) => {
    const r = score(Array.from({ length: 60 }, (_, i) => (items.includes(i + 1) ? 5 : 1)));
    for (const [other, s] of Object.entries(r.subscales))
      expect([other, s.value, s.band]).toEqual(other === factor ? [factor, 5, "severe"] : [other, 1, "none"]);
    expect(r.total).toBe((6 * 5 + 54) / 60); // 1.4
  });
});

describe("MSSMHS band boundaries", () => {
  test.each<[number, number, string]>([
    [6, 1, "none"],
    [11, 11 / 6, "none"], // 1.833
    [12, 2, "mild"],
    [17, 17 / 6, "mild"], // 2.833
    [18, 3, "moderate"],
    [23, 23 / 6, "moderate"], // 3.833
    [24, 4, "fairly-severe"],
    [29, 29 / 6, "fairly-severe"], // 4.833
    [30, 5, "severe"],
  ])("depression factor sum %i → %f %s", (sum, value, band) => {
    const items = spread(sum, 6);
    const r = score(
      Array.from({ length: 60 }, (_, i) => {
        const k = FACTORS.depression?.indexOf(i + 1) ?? -1;
        return k >= 0 ? (items[k] ?? 1) : 1;
      }),
    );
    expect(r.subscales.depression).toMatchObject({ value, band });
  });

  test.each<[number, number, string]>([
    [60, 1, "none"],
    [119, 119 / 60, "none"], // 1.983
    [120, 2, "mild"],
    [179, 179 / 60, "mild"], // 2.983
    [180, 3, "moderate"],
    [239, 239 / 60, "moderate"],
    [240, 4, "fairly-severe"],
    [299, 299 / 60, "fairly-severe"],
    [300, 5, "severe"],
  ])("overall sum %i → %f %s", (sum, total, band) => {
    expect(score(spread(sum, 60))).toMatchObject({ total, band, usable: true });
  });
});

describe("MSSMHS missing answers: mean of the answered items when at least half are answered (our documented rule)", () => {
  test("a factor with 3 of 6 answered is their mean; with 4 missing it is null", () => {
    const three = score(
      Array.from({ length: 60 }, (_, i) => ([5, 13, 14].includes(i + 1) ? null : [16, 44, 57].includes(i + 1) ? 3 : 1)),
    );
    expect(three.subscales.depression).toMatchObject({ value: 3, band: "moderate", prorated: true, answered: 3 });
    const four = score(Array.from({ length: 60 }, (_, i) => ([5, 13, 14, 16].includes(i + 1) ? null : 2)));
    expect(four.subscales.depression).toMatchObject({ value: null, band: null });
    expect(four).toMatchObject({ total: 2, band: "mild", prorated: true, usable: true }); // overall: 56 answered items of 2
  });

  test("overall with 30 of 60 answered is their mean; with 31 missing it is null", () => {
    expect(score(Array.from({ length: 60 }, (_, i) => (i < 30 ? 4 : null)))).toMatchObject({
      total: 4,
      band: "fairly-severe",
    });
    expect(score(Array.from({ length: 60 }, (_, i) => (i < 29 ? 4 : null)))).toMatchObject({
      total: null,
      band: null,
      usable: false,
    });
  });
});
