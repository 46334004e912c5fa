import { bench, describe } from "vitest";
import { ahp } from "../src/mcda/ahp.js";
import { dea } from "../src/mcda/dea.js";
import { deaLpText, loadHighs } from "../src/mcda/deaWithHighs.testing.js";
import { entropyWeights } from "../src/mcda/entropyWeights.js";
import { rankSensitivity } from "../src/mcda/rankSensitivity.js";
import { topsis } from "../src/mcda/topsis.js";
import { randomInputs } from "./randomInputs.js";

// District-scale inputs, generated from fixed seeds so every run measures the same work.
const { rand, matrix, pairwise } = randomInputs(2024);

const alternatives = matrix(10_000, 20, 1, 100);
const weights = Array.from({ length: 20 }, () => 0.5 + rand());
const types = Array.from({ length: 20 }, (_, j) => (j % 4 === 3 ? -1 : 1) as 1 | -1);

const ahp9 = pairwise(9);
const ahp15 = pairwise(15);

// 200 venues: inputs (staff, budget, floor area), outputs (visits, activities, satisfaction-weighted hours).
const deaInputs = matrix(200, 3, 1, 100);
const deaOutputs = deaInputs.map((x) => x.map((v) => v * (0.3 + rand()) * (1 + rand())));

describe("TOPSIS: 10 000 alternatives × 20 criteria", () => {
  bench("topsis (vector normalisation)", () => {
    topsis(alternatives, { weights, types, normalization: "vector" });
  });
  bench("entropyWeights", () => {
    entropyWeights(alternatives);
  });
});

describe("AHP", () => {
  bench("ahp 9 × 9 (eigenvector)", () => {
    ahp(ahp9);
  });
  bench("ahp 15 × 15 (eigenvector)", () => {
    ahp(ahp15);
  });
});

// Peer: HiGHS (wasm) solving the same radial envelopment LP of every unit at its default settings (first stage only:
// ours also runs the second, slack-maximising stage). Same optimum checked before timing.
const highs = await loadHighs();
const highsRadialAll = (orientation: "input" | "output", model: "CCR" | "BCC") =>
  deaInputs.map((_, o) => highs.solve(deaLpText(deaInputs, deaOutputs, o, model, orientation)).ObjectiveValue);
{
  const ours = dea(deaInputs, deaOutputs, { model: "CCR", orientation: "input" });
  if (!ours.ok) throw new Error("dea failed on the benchmark data");
  const peer = highsRadialAll("input", "CCR");
  const worst = Math.max(...peer.map((v, o) => Math.abs(v - (ours.value.units[o]?.radial as number))));
  if (worst > 1e-6) throw new Error(`DEA disagrees with HiGHS by ${worst}`);
}

describe("DEA: 200 units × (3 inputs, 3 outputs)", () => {
  bench("HiGHS: radial LP of every unit, CCR input (peer; first stage only)", () => {
    highsRadialAll("input", "CCR");
  });
  bench("dea CCR input-oriented", () => {
    dea(deaInputs, deaOutputs, { model: "CCR", orientation: "input" });
  });
  bench("dea BCC output-oriented", () => {
    dea(deaInputs, deaOutputs, { model: "BCC", orientation: "output" });
  });
});

describe("Monte Carlo sensitivity: 500 alternatives × 20 criteria", () => {
  const sample = alternatives.slice(0, 500);
  bench("rankSensitivity TOPSIS, 1000 runs, vector/minmax", () => {
    rankSensitivity(sample, { weights, types, normalizations: ["vector", "minmax"], runs: 1000, seed: 1 });
  });
});
