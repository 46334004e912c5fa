import { xuhuiPlan2025 } from "@jiaolianti/core";
import { bench, describe } from "vitest";
import { evaluate } from "../src/evaluation/evaluate.js";
import type { IndicatorFrameworkInput } from "../src/evaluation/IndicatorFramework.js";
import { trackKpi } from "../src/kpi/trackKpi.js";
import { topsis } from "../src/mcda/topsis.js";
import { randomInputs } from "./randomInputs.js";

// District-scale inputs from fixed seeds, so every run measures the same work (Shanghai ≈ 1.82 M students; a district
// has a few hundred schools, a city 2 000+; Xuhui lists 67 venues, a city several hundred).
const { rand, matrix, pairwise } = randomInputs(2025);

const schools = matrix(2_000, 20, 1, 100);
const weights = Array.from({ length: 20 }, () => 0.5 + rand());
const types = Array.from({ length: 20 }, (_, j) => (j % 5 === 4 ? -1 : 1) as 1 | -1);

// The composite-index path: 2 000 schools × 20 indicators in 4 dimensions, goalposts and min–max, 5 % missing.
const framework: IndicatorFrameworkInput = {
  id: "bench",
  version: "1",
  nameZh: "基准",
  nameEn: "Bench",
  source: "benchmark",
  dimensionWeights: { kind: "equal" },
  dimensions: [0, 1, 2, 3].map((d) => ({
    id: `d${d}`,
    nameZh: `d${d}`,
    nameEn: `d${d}`,
    weights: d === 0 ? ({ kind: "entropy" } as const) : ({ kind: "ahp", pairwise: pairwise(5) } as const),
    indicators: [0, 1, 2, 3, 4].map((k) => ({
      id: `x${d * 5 + k}`,
      nameZh: "x",
      nameEn: "x",
      direction: k === 4 ? ("cost" as const) : ("benefit" as const),
      unit: { zh: "分", en: "points" },
      normalization:
        k % 2 === 0 ? ({ method: "goalposts", low: 0, high: 100 } as const) : ({ method: "minmax" } as const),
    })),
  })),
};
const schoolData = {
  alternatives: schools.map((row, i) => ({
    id: `school-${i}`,
    values: Object.fromEntries(row.map((x, j) => [`x${j}`, d0(j) && rand() < 0.05 ? null : x])),
  })),
};
function d0(j: number) {
  return j >= 5; // keep dimension 0 (entropy) complete so its weights use every school
}

const actuals = Array.from({ length: 36 }, (_, m) => ({
  date: `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-28`,
  value: Math.min(100, 40 + m * 1.6),
}));

describe("evaluate: 2 000 schools × 20 indicators (4 dimensions, entropy + AHP weights, 5 % missing)", () => {
  bench("topsis alone on the same matrix (baseline: no validation, no explanations)", () => {
    topsis(schools, { weights, types, normalization: "vector" });
  });
  bench("evaluate with explanations", () => {
    evaluate(framework, schoolData);
  });
});

describe("KPI tracker", () => {
  bench("trackKpi, 36 monthly actuals of a coverage target", () => {
    trackKpi(xuhuiPlan2025, "development-index-coverage", actuals);
  });
});
