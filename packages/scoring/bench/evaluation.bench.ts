import { xuhuiPlan2025 } from "@jiaolianti/core";
import { bench, describe } from "vitest";
import { evaluate } from "../src/evaluation/evaluate.js";
import type { IndicatorFrameworkInput } from "../src/evaluation/IndicatorFramework.js";
import { trackKpi } from "../src/kpi/trackKpi.js";
import { ahp } from "../src/mcda/ahp.js";
import { dea } from "../src/mcda/dea.js";
import { mulberry32 } from "../src/mcda/mulberry32.js";
import { rankSensitivity } from "../src/mcda/rankSensitivity.js";
import { topsis } from "../src/mcda/topsis.js";

// District-scale inputs from fixed seeds, so every run measures the same work (Shanghai ≈ 1.82 M students; a district
// has a few hundred schools, a city 2 000+; Xuhui lists 67 venues, a city several hundred).
const rand = mulberry32(2025);
const matrix = (rows: number, cols: number, lo: number, hi: number) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => lo + (hi - lo) * rand()));

const schools = matrix(2_000, 20, 1, 100);
const weights = Array.from({ length: 20 }, () => 0.5 + rand());
const types = Array.from({ length: 20 }, (_, j) => (j % 5 === 4 ? -1 : 1) as 1 | -1);

/** A near-consistent Saaty-scale matrix: judgments from hidden weights, perturbed and snapped to 1/9 … 9. */
const pairwise = (n: number) => {
  const w = Array.from({ length: n }, () => 1 + 8 * rand());
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = Math.min(9, Math.max(1 / 9, ((w[i] as number) / (w[j] as number)) * (0.8 + 0.4 * rand())));
      const snapped = v >= 1 ? Math.round(v) : 1 / Math.round(1 / v);
      (a[i] as number[])[j] = snapped;
      (a[j] as number[])[i] = 1 / snapped;
    }
  return a;
};
const ahp15 = pairwise(15);

// 300 venues: inputs (staff, annual cost, open hours), outputs (student-hours, sessions, schools reached).
const deaInputs = matrix(300, 3, 1, 100);
const deaOutputs = deaInputs.map((x) => x.map((v) => v * (0.3 + rand()) * (1 + rand())));

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

describe("TOPSIS: 2 000 schools × 20 indicators", () => {
  bench("topsis (vector normalisation)", () => {
    topsis(schools, { weights, types, normalization: "vector" });
  });
});

describe("evaluate: 2 000 schools × 20 indicators (4 dimensions, entropy + AHP weights, 5 % missing)", () => {
  bench("evaluate with explanations", () => {
    evaluate(framework, schoolData);
  });
});

describe("AHP 15 × 15", () => {
  bench("ahp (eigenvector)", () => {
    ahp(ahp15);
  });
});

describe("DEA: 300 venues × (3 inputs, 3 outputs)", () => {
  bench(
    "dea CCR input-oriented",
    () => {
      dea(deaInputs, deaOutputs, { model: "CCR", orientation: "input" });
    },
    { time: 2_000 },
  );
});

describe("rankSensitivity: 100 departments × 10 criteria", () => {
  const sample = schools.slice(0, 100).map((r) => r.slice(0, 10));
  bench(
    "TOPSIS, 2 000 Monte Carlo runs, vector/minmax",
    () => {
      rankSensitivity(sample, {
        weights: weights.slice(0, 10),
        types: types.slice(0, 10),
        normalizations: ["vector", "minmax"],
        runs: 2_000,
        seed: 1,
      });
    },
    { time: 2_000 },
  );
});

describe("KPI tracker", () => {
  bench("trackKpi, 36 monthly actuals of a coverage target", () => {
    trackKpi(xuhuiPlan2025, "development-index-coverage", actuals);
  });
});
