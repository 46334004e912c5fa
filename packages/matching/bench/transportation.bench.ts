import highsLoader from "highs";
import { munkres } from "munkres";
import { bench, describe } from "vitest";
import { solveTransportation } from "../src/index.js";
import { DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "../src/travel/travelDefaults.js";

// 5000 students and 200 sessions scattered over an 8 km × 8 km district (Xuhui is ≈ 55 km²); cost = estimated walking
// minutes (straight line × detour 1.3 ÷ 80 m/min, to 0.1 min); 20–35 seats per session (≈ 5 500 seats). Seeded.
const STUDENTS = 5000;
const SESSIONS = 200;
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const random = rng(20251129);
const place = () => [random() * 8000, random() * 8000] as const;
const students = Array.from({ length: STUDENTS }, place);
const sessions = Array.from({ length: SESSIONS }, place);
const cost = students.map(([x, y]) =>
  sessions.map(
    ([a, b]) => Math.round((Math.hypot(x - a, y - b) * DEFAULT_DETOUR_FACTOR * 10) / WALK_METERS_PER_MINUTE) / 10,
  ),
);
const supply = students.map(() => 1);
const capacity = sessions.map(() => 20 + Math.floor(random() * 16));
const seats = capacity.reduce((a, b) => a + b, 0);

const ours = (): number => {
  const r = solveTransportation({ cost, supply, capacity });
  if (!r.ok) throw r.error;
  return r.value.cost;
};

const highs = await highsLoader();
/** The transportation LP in HiGHS (structured CSC input, no LP text): Σ_j x_ij = 1, Σ_i x_ij ≤ seats_j, x ≥ 0. */
const viaHighs = (): number => {
  const cells = STUDENTS * SESSIONS;
  const starts = new Int32Array(cells + 1);
  const indices = new Int32Array(2 * cells);
  const colCost = new Float64Array(cells);
  for (let i = 0, k = 0; i < STUDENTS; i++)
    for (let j = 0; j < SESSIONS; j++, k++) {
      indices[2 * k] = i;
      indices[2 * k + 1] = STUDENTS + j;
      starts[k + 1] = 2 * k + 2;
      colCost[k] = (cost[i] as number[])[j] as number;
    }
  return highs.withModel(
    {
      numCols: cells,
      numRows: STUDENTS + SESSIONS,
      colCost,
      colLower: new Float64Array(cells),
      colUpper: new Float64Array(cells).fill(highs.infinity),
      rowLower: Float64Array.from([...supply, ...capacity.map(() => -highs.infinity)]),
      rowUpper: Float64Array.from([...supply, ...capacity]),
      matrix: {
        format: "csc",
        numRows: STUDENTS + SESSIONS,
        numCols: cells,
        starts,
        indices,
        values: new Float64Array(2 * cells).fill(1),
      },
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
        throw new Error("HiGHS did not reach optimality");
      return model.getObjectiveValue();
    },
  );
};

/** Seat-expanded assignment: one column per seat (5000 × ≈ 5 500), solved by munkres (expansion included in the time). */
const viaMunkres = (): number => {
  const seatSession: number[] = [];
  capacity.forEach((c, j) => {
    for (let k = 0; k < c; k++) seatSession.push(j);
  });
  const matrix = cost.map((row) => seatSession.map((j) => row[j] as number));
  const pairs = munkres(matrix);
  if (pairs.length !== STUDENTS) throw new Error(`munkres returned ${pairs.length} pairs`);
  let total = 0;
  for (const [i, s] of pairs) total += (matrix[i] as number[])[s] as number;
  if (!Number.isFinite(total)) throw new Error("munkres chose a forbidden pair");
  return total;
};

// Correctness first, once: the same optimum from all three (costs carry one decimal, so compare to 1e-6).
const optimum = ours();
for (const [name, solve] of [
  ["HiGHS", viaHighs],
  ["munkres (seat-expanded)", viaMunkres],
] as const) {
  const value = solve();
  if (Math.abs(value - optimum) > 1e-6 * Math.max(1, Math.abs(optimum)))
    throw new Error(`${name} found ${value}, solveTransportation ${optimum}`);
}

// The peers take seconds per run: time them once (the machine is shared; see the report for the measured figures).
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
describe(`transportation ${STUDENTS} students × ${SESSIONS} sessions, ${seats} seats (optimum ${optimum.toFixed(1)} min, checked equal)`, () => {
  bench("solveTransportation (sink-graph successive shortest paths, validated input)", () => {
    ours();
  });
  bench(
    "HiGHS 1.15.3 LP (wasm)",
    () => {
      viaHighs();
    },
    once,
  );
  bench(
    `munkres 2.0.4, seat-expanded ${STUDENTS} × ${seats}`,
    () => {
      viaMunkres();
    },
    once,
  );
});
